/**
 * Builds the instance while it streams by: its schemaRef, contexts, units and facts (values
 * kept short, see `Waarde`), and applies the structural filing rules on the way (one schemaRef,
 * no linkbaseRef, no footnotes, no xsi:nil, no precision). Counts are bounded by the limits,
 * so memory stays bounded whatever the file's size.
 */
import type { SaxesTagNS, XMLDecl } from 'saxes'
import { NS, clark } from '../ns'
import type { Bevindingen } from '../rules/bevindingen'
import type { Context, Fact, Limits, Unit } from '../types'
import { XmlAbort, type Positie, type XmlHandlers } from '../xml/reader'
import { Waarde } from './waarde'

export interface Instance {
  schemaRef: string | null
  schemaRefLine: number | null
  contexts: Map<string, Context>
  units: Map<string, Unit>
  facts: Fact[]
  /** Prefix → namespace on the root element, to write concept names as the filer did. */
  prefixes: Map<string, string>
}

type Frame =
  | { soort: 'root' | 'negeer' | 'deel' | 'context' | 'unit' }
  | {
      soort: 'feit'
      feit: Omit<Fact, 'value' | 'length' | 'hash' | 'markup'>
      waarde: Waarde
      tuple: boolean
    }

const attr = (tag: SaxesTagNS, ns: string, local: string): string | null => {
  for (const a of Object.values(tag.attributes))
    if (a.uri === ns && a.local === local) return a.value
  return null
}

export class InstanceCollector implements XmlHandlers {
  readonly instance: Instance = {
    schemaRef: null,
    schemaRefLine: null,
    contexts: new Map(),
    units: new Map(),
    facts: [],
    prefixes: new Map(),
  }
  private stapel: Frame[] = []
  /** The context or unit being read, with the text of its current part. */
  private ctx: { context: Context; tekst: string } | null = null
  private unit: { unit: Unit; noemer: boolean; tekst: string } | null = null
  private resolve: (prefix: string) => string | undefined = () => undefined
  private schemaRefs = 0

  constructor(
    private readonly bevindingen: Bevindingen,
    private readonly limits: Limits,
  ) {}

  bind(resolve: (prefix: string) => string | undefined) {
    this.resolve = resolve
  }

  xmldecl(decl: XMLDecl) {
    const enc = decl.encoding
    if (enc && enc.toUpperCase() !== 'UTF-8')
      this.bevindingen.add(
        'FR-NL-1.05',
        { line: 1 },
        { detail: `de XML-declaratie noemt ${enc}`, detailEn: `the XML declaration names ${enc}` },
      )
  }

  opentag(tag: SaxesTagNS, pos: Positie) {
    const ouder = this.stapel[this.stapel.length - 1]
    if (!ouder) return this.root(tag)
    if (ouder.soort === 'negeer') return this.stapel.push({ soort: 'negeer' })
    if (this.ctx) return this.contextDeel(tag)
    if (this.unit) {
      if (tag.local === 'unitDenominator') this.unit.noemer = true
      this.unit.tekst = ''
      return this.stapel.push({ soort: 'deel' })
    }
    // A child element makes a fact a tuple: its children are facts in their own right.
    if (ouder.soort === 'feit') ouder.tuple = true
    if (ouder.soort === 'root' || ouder.soort === 'feit')
      return this.stapel.push(this.kind(tag, pos))
    this.stapel.push({ soort: 'negeer' })
  }

  private contextDeel(tag: SaxesTagNS) {
    const ctx = this.ctx!
    if (tag.uri === NS.xbrli) {
      if (tag.local === 'identifier') ctx.context.scheme = attr(tag, '', 'scheme')
      if (tag.local === 'segment') ctx.context.segment = true
      if (tag.local === 'scenario') ctx.context.scenario = true
      if (tag.local === 'forever') ctx.context.period = { type: 'forever' }
    }
    ctx.tekst = ''
    this.stapel.push({ soort: 'deel' })
  }

  private root(tag: SaxesTagNS) {
    if (tag.uri !== NS.xbrli || tag.local !== 'xbrl')
      throw new XmlAbort('XBRL-ROOT', { naam: tag.name }, { line: 1 })
    for (const [prefix, uri] of Object.entries(tag.ns)) this.instance.prefixes.set(prefix, uri)
    this.stapel.push({ soort: 'root' })
  }

  private kind(tag: SaxesTagNS, pos: Positie): Frame {
    if (tag.uri === NS.link) return this.link(tag, pos)
    if (tag.uri === NS.xbrli && tag.local === 'context') {
      if (this.instance.contexts.size >= this.limits.maxContexts)
        this.teVeel('contexten', 'contexts', this.limits.maxContexts)
      const context: Context = {
        id: attr(tag, '', 'id') ?? '',
        scheme: null,
        identifier: null,
        period: null,
        segment: false,
        scenario: false,
        ...pos,
      }
      this.ctx = { context, tekst: '' }
      return { soort: 'context' }
    }
    if (tag.uri === NS.xbrli && tag.local === 'unit') {
      if (this.instance.units.size >= this.limits.maxUnits)
        this.teVeel('eenheden', 'units', this.limits.maxUnits)
      this.unit = {
        unit: { id: attr(tag, '', 'id') ?? '', measures: [], ...pos },
        noemer: false,
        tekst: '',
      }
      return { soort: 'unit' }
    }
    if (tag.uri === NS.xbrli) return { soort: 'negeer' }
    if (this.instance.facts.length >= this.limits.maxFacts)
      this.teVeel('feiten', 'facts', this.limits.maxFacts)
    const concept = clark(tag.uri, tag.local)
    const nil = attr(tag, NS.xsi, 'nil')
    const precision = attr(tag, '', 'precision')
    if (nil !== null) this.bevindingen.add('FR-NL-2.07', { ...pos, concept: tag.name })
    if (precision !== null) this.bevindingen.add('FR-NL-5.06', { ...pos, concept: tag.name })
    return {
      soort: 'feit',
      feit: {
        concept,
        name: tag.name,
        contextRef: attr(tag, '', 'contextRef'),
        unitRef: attr(tag, '', 'unitRef'),
        decimals: attr(tag, '', 'decimals'),
        precision,
        nil: nil === 'true' || nil === '1',
        ...pos,
      },
      waarde: new Waarde(),
      tuple: false,
    }
  }

  private link(tag: SaxesTagNS, pos: Positie): Frame {
    if (tag.local === 'schemaRef') {
      this.schemaRefs++
      if (this.schemaRefs === 2) this.bevindingen.add('FR-NL-2.04', pos)
      if (this.schemaRefs === 1) {
        this.instance.schemaRef = attr(tag, NS.xlink, 'href')
        this.instance.schemaRefLine = pos.line
      }
    }
    if (tag.local === 'linkbaseRef') this.bevindingen.add('FR-NL-2.05', pos)
    if (tag.local === 'footnoteLink') this.bevindingen.add('FR-NL-6.01', pos)
    return { soort: 'negeer' }
  }

  private teVeel(wat: string, watEn: string, max: number): never {
    throw new XmlAbort('XML-LIMIT-COUNT', { wat, watEn, max })
  }

  text(t: string) {
    // Parts of contexts and units are short; a longer text there is cut, not kept whole.
    if (this.ctx) this.ctx.tekst += t.slice(0, 1024)
    else if (this.unit) this.unit.tekst += t.slice(0, 1024)
    else {
      const top = this.stapel[this.stapel.length - 1]
      if (top?.soort === 'feit' && !top.tuple) top.waarde.add(t)
    }
  }

  closetag(tag: SaxesTagNS) {
    const top = this.stapel.pop()
    if (!top) return
    if (top.soort === 'feit' && !top.tuple)
      this.instance.facts.push({ ...top.feit, ...top.waarde.result() })
    else if (top.soort === 'context' && this.ctx) {
      this.contextKlaar(this.ctx.context)
      this.ctx = null
    } else if (top.soort === 'unit' && this.unit) {
      this.unitKlaar(this.unit.unit)
      this.unit = null
    } else if (top.soort === 'deel' && tag.uri === NS.xbrli) {
      if (this.ctx) this.contextVeld(this.ctx.context, tag.local, this.ctx.tekst.trim())
      else if (this.unit && tag.local === 'measure') {
        const m = this.unit.unit.measures
        if (this.unit.noemer && !m.includes('/')) m.push('/')
        m.push(this.qname(this.unit.tekst.trim()))
      }
    }
  }

  private contextVeld(c: Context, veld: string, tekst: string) {
    const p = c.period
    if (veld === 'identifier') c.identifier = tekst
    else if (veld === 'instant') c.period = { type: 'instant', instant: tekst }
    else if (veld === 'startDate')
      c.period = { type: 'duration', start: tekst, end: p?.type === 'duration' ? p.end : '' }
    else if (veld === 'endDate')
      c.period = { type: 'duration', start: p?.type === 'duration' ? p.start : '', end: tekst }
  }

  private contextKlaar(c: Context) {
    if (this.instance.contexts.has(c.id)) this.bevindingen.add('XBRL-CONTEXT-ID', c, { id: c.id })
    else this.instance.contexts.set(c.id, c)
  }

  private unitKlaar(u: Unit) {
    if (this.instance.units.has(u.id)) this.bevindingen.add('XBRL-UNIT-ID', u, { id: u.id })
    else this.instance.units.set(u.id, u)
  }

  /** A QName in text (a measure) in Clark notation, with the namespaces in scope. */
  private qname(q: string): string {
    const i = q.indexOf(':')
    const prefix = i === -1 ? '' : q.slice(0, i)
    return clark(this.resolve(prefix) ?? '', i === -1 ? q : q.slice(i + 1))
  }
}
