/** The helpdesk's queue across all besturen, oldest first unless asked otherwise. */
import type { HelpdeskDb } from '../tables'
import { likePattern, pageOf } from '../shared/lijst'
import { toMelding, type LijstFilter } from '../meldingen/store'

export interface WerkvoorraadFilter extends LijstFilter {
  bestuursnummer?: string | undefined
}

/**
 * The helpdesk's queue: all meldingen of all besturen (not-yet-linked legacy ones too), with
 * the bestuur's name from the platform's register.
 */
export async function listWerkvoorraad(
  db: HelpdeskDb,
  filter: WerkvoorraadFilter,
  bestuursnamen: Map<string, string>,
) {
  const { aantal, pagina, offset } = pageOf(filter)
  let q = db.selectFrom('helpdesk_melding as m')
  if (filter.status) q = q.where('m.status', '=', filter.status)
  if (filter.bestuursnummer) q = q.where('m.bestuursnummer', '=', filter.bestuursnummer)
  if (filter.zoek?.trim()) {
    const p = likePattern(filter.zoek.trim())
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['m.onderwerp']), 'like', p),
        eb(eb.fn('lower', ['m.referentie']), 'like', p),
      ]),
    )
  }
  const column = filter.sorteer === 'aangemaakt' ? 'm.created_at' : 'm.updated_at'
  // The queue works oldest first unless asked otherwise.
  const richting = filter.richting ?? 'asc'
  const [rows, totaal] = await Promise.all([
    q
      .selectAll('m')
      .orderBy(column, richting)
      .orderBy('m.id', richting)
      .limit(aantal)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return {
    meldingen: rows.map((r) => ({
      ...toMelding(r),
      bestuurNaam: bestuursnamen.get(r.bestuursnummer) ?? r.bestuursnummer,
    })),
    totaal: Number(totaal.n),
    pagina,
    aantal,
  }
}
