/**
 * Reads one XML Schema of a taxonomy: its concept declarations (`xs:element` with an XBRL
 * substitution group), its named types and what they derive from, its role types, and the
 * schemas and linkbases it refers to (which the DTS discovery follows).
 */
import type { SaxesTagNS } from 'saxes'
import { NS, clark } from '../ns'
import type { XmlHandlers } from '../xml/reader'

interface ElementDecl {
  clark: string
  id: string | null
  type: string | null
  substitutionGroup: string | null
  periodType: string | null
  balance: string | null
  abstract: boolean
}

export interface SchemaDoc {
  url: string
  targetNamespace: string
  elements: ElementDecl[]
  /** Type (Clark) → its base type (Clark). */
  typeBases: Map<string, string>
  roleTypes: Map<string, string>
  /** Absolute URLs of imported/included schemas and referenced linkbases. */
  imports: string[]
  linkbases: string[]
}

const attr = (tag: SaxesTagNS, ns: string, local: string): string | null => {
  for (const a of Object.values(tag.attributes))
    if (a.uri === ns && a.local === local) return a.value
  return null
}

export class SchemaHandler implements XmlHandlers {
  readonly doc: SchemaDoc
  private resolve: (prefix: string) => string | undefined = () => undefined
  private typeNaam: string[] = []
  private roleType: string | null = null
  private tekst = ''

  constructor(url: string) {
    this.doc = {
      url,
      targetNamespace: '',
      elements: [],
      typeBases: new Map(),
      roleTypes: new Map(),
      imports: [],
      linkbases: [],
    }
  }

  bind(resolve: (prefix: string) => string | undefined) {
    this.resolve = resolve
  }

  private qname(q: string | null): string | null {
    if (!q) return null
    const i = q.indexOf(':')
    return clark(this.resolve(i === -1 ? '' : q.slice(0, i)) ?? '', i === -1 ? q : q.slice(i + 1))
  }

  private absoluut(href: string | null): string | null {
    if (!href) return null
    try {
      return new URL(href, this.doc.url).href
    } catch {
      return null
    }
  }

  opentag(tag: SaxesTagNS, _pos?: unknown) {
    this.tekst = ''
    if (tag.uri === NS.xs) {
      if (tag.local === 'schema') this.doc.targetNamespace = attr(tag, '', 'targetNamespace') ?? ''
      if (tag.local === 'import' || tag.local === 'include') {
        const url = this.absoluut(attr(tag, '', 'schemaLocation'))
        if (url) this.doc.imports.push(url)
      }
      if (tag.local === 'element' && this.typeNaam.length === 0) this.element(tag)
      if (tag.local === 'complexType' || tag.local === 'simpleType') {
        const naam = attr(tag, '', 'name')
        this.typeNaam.push(naam ? clark(this.doc.targetNamespace, naam) : '')
      }
      if (tag.local === 'restriction' || tag.local === 'extension') {
        const huidig = this.typeNaam[this.typeNaam.length - 1]
        const base = this.qname(attr(tag, '', 'base'))
        if (huidig && base && !this.doc.typeBases.has(huidig)) this.doc.typeBases.set(huidig, base)
      }
    }
    if (tag.uri === NS.link) {
      if (tag.local === 'linkbaseRef') {
        const url = this.absoluut(attr(tag, NS.xlink, 'href'))
        if (url) this.doc.linkbases.push(url)
      }
      if (tag.local === 'roleType') this.roleType = attr(tag, '', 'roleURI')
    }
  }

  private element(tag: SaxesTagNS) {
    const naam = attr(tag, '', 'name')
    if (!naam) return
    this.doc.elements.push({
      clark: clark(this.doc.targetNamespace, naam),
      id: attr(tag, '', 'id'),
      type: this.qname(attr(tag, '', 'type')),
      substitutionGroup: this.qname(attr(tag, '', 'substitutionGroup')),
      periodType: attr(tag, NS.xbrli, 'periodType'),
      balance: attr(tag, NS.xbrli, 'balance'),
      abstract: attr(tag, '', 'abstract') === 'true',
    })
  }

  text(t: string) {
    if (this.roleType !== null && this.tekst.length < 1024) this.tekst += t
  }

  closetag(tag: SaxesTagNS) {
    if (tag.uri === NS.xs && (tag.local === 'complexType' || tag.local === 'simpleType'))
      this.typeNaam.pop()
    if (tag.uri === NS.link && tag.local === 'definition' && this.roleType)
      this.doc.roleTypes.set(this.roleType, this.tekst.trim())
    if (tag.uri === NS.link && tag.local === 'roleType') this.roleType = null
  }
}
