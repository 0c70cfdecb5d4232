/** The helpdesk's queue across all besturen, oldest first unless asked otherwise. */
import { lijstInfo, pagineer, telBegrensd } from '@duo/server-kit'
import type { HelpdeskDb } from '../tables'
import { meldingZoek } from '../zoek'
import { toMelding, type LijstFilter } from '../meldingen/store'

export interface WerkvoorraadFilter extends LijstFilter {
  bestuursnummer?: string | undefined
  na?: string | undefined
  voor?: string | undefined
}

/**
 * The helpdesk's queue: all meldingen of all besturen (not-yet-linked legacy ones too), with
 * the bestuur's name from the platform's register. A keyset page on (updated or created, id)
 * and a count that stops at 1,000: the same cost for a queue of a hundred or a million.
 */
export async function listWerkvoorraad(
  db: HelpdeskDb,
  filter: WerkvoorraadFilter,
  bestuursnamen: Map<string, string>,
) {
  const gezocht = await meldingZoek.van(db, 'm', filter.zoek)
  let q = gezocht.q
  if (filter.status) q = q.where('m.status', '=', filter.status)
  if (filter.bestuursnummer) q = q.where('m.bestuursnummer', '=', filter.bestuursnummer)
  const kolom = filter.sorteer === 'aangemaakt' ? 'm.created_at' : 'm.updated_at'
  // The queue works oldest first unless asked otherwise.
  const richting = filter.richting ?? 'asc'
  const [pagina, telling] = await Promise.all([
    pagineer(
      q.selectAll('m'),
      [
        { kolom, richting },
        { kolom: 'm.id', richting },
      ],
      filter,
    ),
    gezocht.telbaar ? telBegrensd(db, q) : undefined,
  ])
  return {
    meldingen: pagina.rijen.map((r) => ({
      ...toMelding(r),
      bestuurNaam: bestuursnamen.get(r.bestuursnummer) ?? r.bestuursnummer,
    })),
    ...lijstInfo(pagina),
    ...(telling ?? {}),
  }
}
