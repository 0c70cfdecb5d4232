/** Who has read which melding: the marker behind "ongelezen" (an answer newer than the last read). */
import { toIso } from '@duo/server-kit'
import type { HelpdeskDb } from '../tables'
import type { Melding } from './store'

/** Whether a helpdesk answer came after this person last read the melding. */
export const isOngelezen = (antwoord: string | null, gelezen: string | null) =>
  antwoord !== null && (gelezen === null || gelezen < antwoord)

/**
 * Remembers that this person has seen the melding as it is now. Writes only when that changes
 * what "ongelezen" says (a helpdesk answer newer than the last read): opening a melding is the
 * most frequent request, and everyone of a bestuur opening the same few meldingen would otherwise
 * queue on the same rows (the load drill's detail p50 was 4× the list's).
 */
export async function markGelezen(
  db: HelpdeskDb,
  melding: Pick<Melding, 'id' | 'laatsteAntwoordHelpdeskAt'>,
  persoonId: string,
  now: Date,
): Promise<void> {
  const antwoord = melding.laatsteAntwoordHelpdeskAt
  // Without an answer nothing is unread, and any later answer is newer than a read now.
  if (antwoord === null) return
  const gelezen = await db
    .selectFrom('helpdesk_gelezen')
    .select('gelezen_op')
    .where('melding_id', '=', melding.id)
    .where('persoon_id', '=', persoonId)
    .executeTakeFirst()
  if (!isOngelezen(antwoord, gelezen?.gelezen_op ?? null)) return
  const at = toIso(now)
  await db
    .insertInto('helpdesk_gelezen')
    .values({ melding_id: melding.id, persoon_id: persoonId, gelezen_op: at })
    .onConflict((oc) => oc.columns(['melding_id', 'persoon_id']).doUpdateSet({ gelezen_op: at }))
    .execute()
}
