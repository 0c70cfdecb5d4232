/**
 * Turns the documents of a DTS into the taxonomy the checks use: concepts with their type kind,
 * period type and labels; presentation and calculation networks per extended link role; and
 * the value and existence assertions of its formula linkbases.
 */
import { ARCROLE, NS, ROLE_LABEL, clark, localOf, nsOf } from '../ns'
import { bouwAssertions } from './build-formula'
import type { Concept, PresentationNetwork, Summation, Taxonomy, TypeKind } from './model'
import type { Arc, ExtendedLink, LinkbaseDoc } from './parse-linkbase'
import type { SchemaDoc } from './parse-schema'

const XBRLI_KINDS: Record<string, TypeKind> = {
  monetaryItemType: 'monetary',
  pureItemType: 'pure',
  decimalItemType: 'decimal',
  floatItemType: 'decimal',
  doubleItemType: 'decimal',
  sharesItemType: 'decimal',
  integerItemType: 'integer',
  nonNegativeIntegerItemType: 'integer',
  positiveIntegerItemType: 'integer',
  nonPositiveIntegerItemType: 'integer',
  negativeIntegerItemType: 'integer',
  longItemType: 'integer',
  intItemType: 'integer',
  shortItemType: 'integer',
  byteItemType: 'integer',
  unsignedLongItemType: 'integer',
  unsignedIntItemType: 'integer',
  unsignedShortItemType: 'integer',
  unsignedByteItemType: 'integer',
  stringItemType: 'string',
  normalizedStringItemType: 'string',
  tokenItemType: 'string',
  languageItemType: 'string',
  NameItemType: 'string',
  NCNameItemType: 'string',
  anyURIItemType: 'string',
  QNameItemType: 'string',
  dateItemType: 'date',
  dateTimeItemType: 'dateTime',
  gYearItemType: 'gYear',
  booleanItemType: 'boolean',
}
const XS_KINDS: Record<string, TypeKind> = {
  decimal: 'decimal',
  integer: 'integer',
  nonNegativeInteger: 'integer',
  string: 'string',
  normalizedString: 'string',
  token: 'string',
  date: 'date',
  gYear: 'gYear',
  boolean: 'boolean',
}

export function buildTaxonomy(
  entryPoint: string,
  schemas: SchemaDoc[],
  linkbases: LinkbaseDoc[],
): Taxonomy {
  const typeBases = new Map<string, string>()
  const substitutie = new Map<string, string>()
  const roleTitles = new Map<string, string>()
  for (const s of schemas) {
    for (const [t, b] of s.typeBases) typeBases.set(t, b)
    for (const e of s.elements)
      if (e.substitutionGroup) substitutie.set(e.clark, e.substitutionGroup)
    for (const [r, d] of s.roleTypes) roleTitles.set(r, d)
  }

  const concepts = new Map<string, Concept>()
  const byHref = new Map<string, string>()
  for (const s of schemas) {
    for (const e of s.elements) {
      const groep = basisGroep(e.clark, substitutie)
      if (groep !== 'item' && groep !== 'tuple') continue
      const { kind, formatted } = typeKind(e.type, typeBases)
      concepts.set(e.clark, {
        clark: e.clark,
        namespace: nsOf(e.clark),
        name: localOf(e.clark),
        kind,
        numeric: ['monetary', 'pure', 'decimal', 'integer'].includes(kind),
        formattedExplanation: formatted,
        periodType: e.periodType === 'instant' || e.periodType === 'duration' ? e.periodType : null,
        balance: e.balance === 'debit' || e.balance === 'credit' ? e.balance : null,
        abstract: e.abstract,
        tuple: groep === 'tuple',
        labels: { nl: null, en: null },
      })
      if (e.id) byHref.set(`${s.url}#${e.id}`, e.clark)
    }
  }

  const links = linkbases.flatMap((l) => l.links)
  labels(links, byHref, concepts)
  return {
    entryPoint,
    concepts,
    presentation: presentatie(links, byHref, roleTitles),
    calculations: berekeningen(links, byHref),
    assertions: bouwAssertions(links.filter((l) => l.element === clark(NS.gen, 'link'))),
    documents: [...schemas.map((s) => s.url), ...linkbases.map((l) => l.url)],
  }
}

function basisGroep(element: string, substitutie: Map<string, string>): 'item' | 'tuple' | null {
  let huidig: string | undefined = element
  for (let i = 0; i < 20 && huidig; i++) {
    const groep = substitutie.get(huidig)
    if (groep === clark(NS.xbrli, 'item')) return 'item'
    if (groep === clark(NS.xbrli, 'tuple')) return 'tuple'
    huidig = groep
  }
  return null
}

function typeKind(
  type: string | null,
  bases: Map<string, string>,
): { kind: TypeKind; formatted: boolean } {
  let formatted = false
  let huidig = type
  for (let i = 0; i < 20 && huidig; i++) {
    const local = localOf(huidig)
    if (local === 'formattedExplanationItemType') formatted = true
    if (nsOf(huidig) === NS.xbrli) return { kind: XBRLI_KINDS[local] ?? 'other', formatted }
    if (nsOf(huidig) === NS.xs) return { kind: XS_KINDS[local] ?? 'other', formatted }
    huidig = bases.get(huidig) ?? null
  }
  return { kind: 'other', formatted }
}

/** The arcs of a link that are not prohibited (an arc with use="prohibited" removes its equal). */
function geldigeArcs(link: ExtendedLink, arcrole: string): Arc[] {
  const arcs = link.arcs.filter((a) => a.arcrole === arcrole)
  const verboden = new Set(arcs.filter((a) => a.prohibited).map((a) => `${a.from}\u0000${a.to}`))
  return arcs.filter((a) => !a.prohibited && !verboden.has(`${a.from}\u0000${a.to}`))
}

function conceptenVan(link: ExtendedLink, label: string, byHref: Map<string, string>): string[] {
  return (link.locators.get(label) ?? []).flatMap((h) => byHref.get(h) ?? [])
}

function labels(
  links: ExtendedLink[],
  byHref: Map<string, string>,
  concepts: Map<string, Concept>,
) {
  for (const link of links) {
    for (const arc of geldigeArcs(link, ARCROLE.conceptLabel)) {
      for (const c of conceptenVan(link, arc.from, byHref)) {
        const concept = concepts.get(c)
        if (!concept) continue
        for (const r of link.resources.get(arc.to) ?? []) {
          const lang = r.lang?.toLowerCase().slice(0, 2)
          if (lang !== 'nl' && lang !== 'en') continue
          // The standard label wins over any other role.
          if (concept.labels[lang] && r.role !== ROLE_LABEL) continue
          concept.labels[lang] = r.text.trim()
        }
      }
    }
  }
}

function presentatie(
  links: ExtendedLink[],
  byHref: Map<string, string>,
  titels: Map<string, string>,
): PresentationNetwork[] {
  const netwerken = new Map<string, { kinderen: Map<string, Array<[number, string]>> }>()
  for (const link of links) {
    if (link.element !== clark(NS.link, 'presentationLink')) continue
    const net = netwerken.get(link.role) ?? { kinderen: new Map() }
    netwerken.set(link.role, net)
    for (const arc of geldigeArcs(link, ARCROLE.parentChild))
      for (const van of conceptenVan(link, arc.from, byHref))
        for (const naar of conceptenVan(link, arc.to, byHref)) {
          const lijst = net.kinderen.get(van) ?? []
          lijst.push([arc.order, naar])
          net.kinderen.set(van, lijst)
        }
  }
  return [...netwerken].map(([role, net]) => {
    const children = new Map(
      [...net.kinderen].map(([p, k]) => [p, k.sort((a, b) => a[0] - b[0]).map(([, c]) => c)]),
    )
    const alleKinderen = new Set([...children.values()].flat())
    const roots = [...children.keys()].filter((p) => !alleKinderen.has(p))
    return { role, title: titels.get(role) ?? null, children, roots }
  })
}

function berekeningen(links: ExtendedLink[], byHref: Map<string, string>): Summation[] {
  const per = new Map<string, Summation>()
  for (const link of links) {
    if (link.element !== clark(NS.link, 'calculationLink')) continue
    for (const arc of geldigeArcs(link, ARCROLE.summationItem))
      for (const total of conceptenVan(link, arc.from, byHref))
        for (const item of conceptenVan(link, arc.to, byHref)) {
          const key = `${link.role}\u0000${total}`
          const s = per.get(key) ?? { role: link.role, total, items: [] }
          s.items.push({ concept: item, weight: arc.weight })
          per.set(key, s)
        }
  }
  return [...per.values()]
}
