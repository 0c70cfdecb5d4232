/**
 * Audit entries as the logboek shows and exports them: the action's label and section, who did
 * it, for whom (the person, or else the bestuur by name: never a bare number), what (never
 * empty), and the details sorted into columns.
 */
import type { AuditEntry, Label, SectionPlatform } from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import type { ActieIndex } from './acties'
import { leesDetails, watVan, type Details } from './details'

export interface LogRegel {
  id: string
  at: string
  actie: string
  actieNaam: Label
  sectie: string
  door: string
  /** The person the entry is about, or the bestuur; null when it is about neither. */
  voor: string | null
  bestuursnummer: string | null
  wat: Label
  details: Details
  sessieRef: string | null
}

/** Turns pages of entries into rows; remembers bestuur names across pages (an export). */
export function regelMaker(
  platform: Pick<SectionPlatform<BeheerTables>, 'personen' | 'organisaties'>,
  acties: ActieIndex,
) {
  const besturen = new Map<string, string | null>()
  async function bestuurNaam(nr: string): Promise<string | null> {
    if (!besturen.has(nr)) besturen.set(nr, (await platform.organisaties.bestuur(nr))?.naam ?? null)
    return besturen.get(nr) ?? null
  }

  return async function regels(entries: AuditEntry[]): Promise<LogRegel[]> {
    const namen = await platform.personen.namen(
      entries.flatMap((e) => (e.onderwerpPersoonId ? [e.onderwerpPersoonId] : [])),
    )
    const out: LogRegel[] = []
    for (const e of entries) {
      const onderwerp =
        (e.onderwerpPersoonId && namen.get(e.onderwerpPersoonId)) ||
        (typeof e.details.onderwerp === 'string' && e.onderwerpPersoonId
          ? e.details.onderwerp
          : null)
      let voor: string | null = onderwerp || null
      if (!voor && e.bestuursnummer) {
        const naam = await bestuurNaam(e.bestuursnummer)
        voor = naam ? `${naam} (${e.bestuursnummer})` : `Bestuur ${e.bestuursnummer}`
      }
      const actieNaam = acties.label(e.actie)
      const details = leesDetails(e.details, { onderwerpBekend: !!onderwerp })
      out.push({
        id: e.id,
        at: e.at,
        actie: e.actie,
        actieNaam,
        sectie: acties.sectie(e.actie),
        door: e.actorOmschrijving,
        voor,
        bestuursnummer: e.bestuursnummer,
        wat: watVan(details, actieNaam, true),
        details,
        sessieRef: e.sessieRef,
      })
    }
    return out
  }
}
