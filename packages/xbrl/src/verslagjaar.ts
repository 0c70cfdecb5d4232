/**
 * The verslagjaar of an instance when the caller does not give one (the command line): the
 * document information's Verslagjaar, else the year the latest full-year context ends in.
 */
import type { OcwConfig } from './config'
import type { Instance } from './instance/collector'
import { localOf } from './ns'
import type { Taxonomy } from './taxonomy/model'

export function calcVerslagjaar(
  instance: Instance,
  taxonomy: Taxonomy | null,
  config: OcwConfig,
): number | null {
  const concept = [...(taxonomy?.concepts.values() ?? [])].find(
    (c) => c.name === config.verslagjaarConcept,
  )
  const feit = instance.facts.find((f) =>
    concept ? f.concept === concept.clark : localOf(f.concept) === config.verslagjaarConcept,
  )
  if (feit?.value && /^\d{4}$/.test(feit.value)) return Number(feit.value)
  let jaar: number | null = null
  for (const c of instance.contexts.values()) {
    if (c.period?.type !== 'duration') continue
    const eind = Number(c.period.end.slice(0, 4))
    if (Number.isInteger(eind) && c.period.start.slice(0, 4) === c.period.end.slice(0, 4))
      jaar = Math.max(jaar ?? eind, eind)
  }
  return jaar
}
