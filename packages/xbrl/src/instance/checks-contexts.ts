/**
 * XBRL 2.1 checks of contexts (§4.7) and units (§4.8) for a jaarverantwoording: the entity is
 * the submitting bestuur under the configured scheme, periods are valid and lie within the
 * verslagjaar, no dimensions, and nothing is defined that no fact uses.
 */
import type { Controle } from '../controle'
import { NS, clark } from '../ns'
import { binnenJaar, leesbaar, momenten } from './periode'

export function controleerContexten(k: Controle): void {
  const { instance, bevindingen, config } = k
  const gebruikt = new Set(instance.facts.map((f) => f.contextRef))
  for (const c of instance.contexts.values()) {
    const plaats = { line: c.line, column: c.column }
    const schemeGoed = c.scheme === config.entityScheme
    const nummerGoed = !k.bestuursnummer || c.identifier === k.bestuursnummer
    if (!schemeGoed || !nummerGoed)
      bevindingen.add('XBRL-CONTEXT-ENTITY', plaats, {
        id: c.id,
        gevonden: `${c.identifier ?? '—'} (${c.scheme ?? '—'})`,
        verwacht: k.bestuursnummer ?? '—',
        scheme: config.entityScheme,
      })
    const m = momenten(c.period)
    if ('fout' in m)
      bevindingen.add('XBRL-CONTEXT-PERIOD', plaats, {
        id: c.id,
        detail: m.fout.nl,
        detailEn: m.fout.en,
      })
    else if (k.verslagjaar !== null && !binnenJaar(m, k.verslagjaar))
      bevindingen.add('XBRL-PERIOD-VERSLAGJAAR', plaats, {
        id: c.id,
        periode: leesbaar(c.period),
        jaar: k.verslagjaar,
      })
    if (c.segment || c.scenario)
      bevindingen.add('XBRL-DIMENSION', plaats, {
        id: c.id,
        wat: c.segment ? 'xbrli:segment' : 'xbrli:scenario',
      })
    if (!gebruikt.has(c.id)) bevindingen.add('XBRL-CONTEXT-UNUSED', plaats, { id: c.id })
  }
  const eenheden = new Set(instance.facts.map((f) => f.unitRef))
  for (const u of instance.units.values())
    if (!eenheden.has(u.id))
      bevindingen.add('XBRL-UNIT-UNUSED', { line: u.line, column: u.column }, { id: u.id })
}

const EUR = clark(NS.iso4217, 'EUR')
const PURE = clark(NS.xbrli, 'pure')

/** A unit's measures as the filer reads them: `iso4217:EUR`, `xbrli:pure`, or the Clark name. */
export function leesbareEenheid(measures: string[]): string {
  const prefix: Record<string, string> = { [NS.iso4217]: 'iso4217', [NS.xbrli]: 'xbrli' }
  return (
    measures
      .map((m) => {
        const ns = m.slice(1, m.indexOf('}'))
        return prefix[ns] ? `${prefix[ns]}:${m.slice(m.indexOf('}') + 1)}` : m
      })
      .join(' ') || '—'
  )
}

export const isEuro = (measures: string[]) => measures.length === 1 && measures[0] === EUR
export const isPure = (measures: string[]) => measures.length === 1 && measures[0] === PURE
