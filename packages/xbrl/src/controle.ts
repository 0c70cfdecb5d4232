/**
 * What every check after the stream works with: the instance, its taxonomy, the facts indexed,
 * the findings, the configuration, and the names and parts of concepts as the report shows them.
 */
import type { OcwConfig } from './config'
import type { Instance } from './instance/collector'
import type { Feiten } from './instance/feiten'
import { localOf, nsOf } from './ns'
import type { Bevindingen } from './rules/bevindingen'
import type { Concept, Taxonomy } from './taxonomy/model'
import type { Onderdeel } from './types'

export interface Controle {
  instance: Instance
  taxonomy: Taxonomy
  feiten: Feiten
  bevindingen: Bevindingen
  config: OcwConfig
  /** The verslagjaar the periods must lie in (null when it cannot be known). */
  verslagjaar: number | null
  /** The bestuursnummer the entity identifier must be (null: not checked). */
  bestuursnummer: string | null
  /** `prefix:Naam` as the filer wrote it (or as the taxonomy names it). */
  naam(clark: string): string
  label(clark: string, taal: 'nl' | 'en'): string
  onderdeel(clark: string): Onderdeel
  /** A concept by the local name the configuration gives. */
  concept(local: string): Concept | undefined
}

export function maakControle(
  basis: Omit<Controle, 'naam' | 'label' | 'onderdeel' | 'concept'>,
): Controle {
  const { instance, taxonomy, config } = basis
  const prefixVan = new Map<string, string>()
  for (const [p, uri] of instance.prefixes) if (!prefixVan.has(uri)) prefixVan.set(uri, p)
  const perLocal = new Map<string, Concept>()
  for (const c of taxonomy.concepts.values()) if (!perLocal.has(c.name)) perLocal.set(c.name, c)

  // A concept belongs to the first statement that presents it (document information first).
  const onderdelen = new Map<string, Onderdeel>()
  const netwerken = [...taxonomy.presentation].sort(
    (a, b) => volgorde(config.onderdelen[a.role]) - volgorde(config.onderdelen[b.role]),
  )
  for (const net of netwerken) {
    const o = config.onderdelen[net.role] ?? 'overig'
    const bezoek = (c: string) => {
      if (!onderdelen.has(c)) onderdelen.set(c, o)
      for (const k of net.children.get(c) ?? []) bezoek(k)
    }
    net.roots.forEach(bezoek)
  }

  return {
    ...basis,
    naam(clark) {
      const p = prefixVan.get(nsOf(clark))
      return p ? `${p}:${localOf(clark)}` : localOf(clark)
    },
    label(clark, taal) {
      const c = taxonomy.concepts.get(clark)
      return c?.labels[taal] ?? c?.labels.nl ?? localOf(clark)
    },
    onderdeel: (clark) => onderdelen.get(clark) ?? 'overig',
    concept: (local) => perLocal.get(local),
  }
}

const VOLGORDE: Onderdeel[] = [
  'documentinformatie',
  'balans',
  'staat-van-baten-en-lasten',
  'kasstroomoverzicht',
  'kengetallen',
  'toelichting',
  'overig',
]
const volgorde = (o: Onderdeel | undefined) => (o ? VOLGORDE.indexOf(o) : VOLGORDE.length)
