/**
 * Reads one linkbase generically, as XLink defines it: per extended link its role, locators
 * (resolved to absolute `url#id`), arcs with their attributes, and resources (labels, messages,
 * assertions, variables, filters) with their text and the text of their child elements. What
 * the arcs mean is decided by `build.ts`.
 */
import type { SaxesTagNS } from 'saxes'
import { NS, clark } from '../ns'
import type { XmlHandlers } from '../xml/reader'

export interface Resource {
  element: string
  label: string
  role: string | null
  lang: string | null
  attrs: Map<string, string>
  text: string
  /** Child elements' text by element (Clark), resolved to Clark when it is a QName (`cf:qname`). */
  children: Array<{ element: string; text: string }>
}

export interface Arc {
  element: string
  arcrole: string
  from: string
  to: string
  order: number
  weight: number
  prohibited: boolean
  attrs: Map<string, string>
}

export interface ExtendedLink {
  element: string
  role: string
  locators: Map<string, string[]>
  resources: Map<string, Resource[]>
  arcs: Arc[]
}

export interface LinkbaseDoc {
  url: string
  links: ExtendedLink[]
}

const MAX_TEKST = 64 * 1024

export class LinkbaseHandler implements XmlHandlers {
  readonly doc: LinkbaseDoc
  private link: ExtendedLink | null = null
  private resource: Resource | null = null
  private kind: { element: string; text: string } | null = null
  private resolve: (prefix: string) => string | undefined = () => undefined

  constructor(url: string) {
    this.doc = { url, links: [] }
  }

  bind(resolve: (prefix: string) => string | undefined) {
    this.resolve = resolve
  }

  opentag(tag: SaxesTagNS, _pos?: unknown) {
    const type = xlink(tag, 'type')
    const element = clark(tag.uri, tag.local)
    if (type === 'extended') {
      this.link = {
        element,
        role: xlink(tag, 'role') ?? '',
        locators: new Map(),
        resources: new Map(),
        arcs: [],
      }
      return
    }
    const link = this.link
    if (!link) return
    const label = xlink(tag, 'label')
    if (type === 'locator' && label) {
      const href = xlink(tag, 'href')
      if (href) push(link.locators, label, this.absoluut(href))
    } else if (type === 'arc') {
      const attrs = plain(tag)
      link.arcs.push({
        element,
        arcrole: xlink(tag, 'arcrole') ?? '',
        from: xlink(tag, 'from') ?? '',
        to: xlink(tag, 'to') ?? '',
        order: Number(attrs.get('order') ?? 1),
        weight: Number(attrs.get('weight') ?? 1),
        prohibited: attrs.get('use') === 'prohibited',
        attrs,
      })
    } else if (type === 'resource' && label) {
      this.resource = {
        element,
        label,
        role: xlink(tag, 'role'),
        lang: attrOf(tag, NS.xml, 'lang'),
        attrs: plain(tag),
        text: '',
        children: [],
      }
    } else if (this.resource) {
      this.kind = { element, text: '' }
    }
  }

  text(t: string) {
    const doel = this.kind ?? this.resource
    if (doel && doel.text.length < MAX_TEKST) doel.text += t
  }

  closetag(tag: SaxesTagNS) {
    const element = clark(tag.uri, tag.local)
    if (this.kind && this.kind.element === element && this.resource) {
      const tekst = this.kind.text.trim()
      // QNames in text (cf:qname) only mean something with the prefixes in scope here.
      const q = /^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/.test(tekst) ? this.qname(tekst) : tekst
      this.resource.children.push({ element, text: q })
      this.kind = null
      return
    }
    if (this.resource && this.resource.element === element && this.link) {
      push(this.link.resources, this.resource.label, this.resource)
      this.resource = null
      return
    }
    if (this.link && this.link.element === element && !this.resource) {
      this.doc.links.push(this.link)
      this.link = null
    }
  }

  private qname(q: string): string {
    const i = q.indexOf(':')
    const ns = this.resolve(q.slice(0, i))
    return ns ? clark(ns, q.slice(i + 1)) : q
  }

  private absoluut(href: string): string {
    try {
      return new URL(href, this.doc.url).href
    } catch {
      return href
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const attrOf = (tag: SaxesTagNS, ns: string, local: string): string | null => {
  for (const a of Object.values(tag.attributes))
    if (a.uri === ns && a.local === local) return a.value
  return null
}
const xlink = (tag: SaxesTagNS, local: string) => attrOf(tag, NS.xlink, local)

/** Attributes without a namespace (order, weight, name, test, …). */
function plain(tag: SaxesTagNS): Map<string, string> {
  const out = new Map<string, string>()
  for (const a of Object.values(tag.attributes)) if (!a.uri) out.set(a.local, a.value)
  return out
}
