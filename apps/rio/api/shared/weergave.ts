/** How objects of the register appear in the API's answers: names, parents, periods. */
import type { Dag } from '../domein/datum'
import { weergavenaam, type Soort } from '../domein/soorten'
import type { Stand } from '../register/store'

export interface ObjectRij {
  code: string
  soort: Soort
  naam: string
  ouder: { code: string; soort: Soort; naam: string } | null
  /** The period of the version that holds on the date asked for. */
  begindatum: Dag
  einddatum: Dag | null
  inBedrijf: Dag
  uitBedrijf: Dag | null
  gegevens: Record<string, unknown>
}

/** The rows of a state, each with its parent's name as it is on the same date. */
export function alsRijen(stand: readonly Stand[]): ObjectRij[] {
  const perId = new Map(stand.map((s) => [s.id, s]))
  return stand.map((s) => {
    const ouder = s.ouderId ? perId.get(s.ouderId) : undefined
    return {
      code: s.code,
      soort: s.soort,
      naam: weergavenaam(s.soort, s.gegevens),
      ouder: ouder
        ? { code: ouder.code, soort: ouder.soort, naam: weergavenaam(ouder.soort, ouder.gegevens) }
        : null,
      begindatum: s.begindatum,
      einddatum: s.einddatum,
      inBedrijf: s.inBedrijf,
      uitBedrijf: s.uitBedrijf,
      gegevens: s.gegevens,
    }
  })
}

/** Where a period stands against today. */
export function status(p: { begindatum: Dag; einddatum: Dag | null }, vandaag: Dag) {
  if (p.begindatum > vandaag) return 'toekomstig' as const
  if (p.einddatum !== null && p.einddatum <= vandaag) return 'historisch' as const
  return 'geldig' as const
}
