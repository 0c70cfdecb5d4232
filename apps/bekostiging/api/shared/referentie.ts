/**
 * Referentienummers: `BB-2022-000123` for an aanvraag, `BZ-…` for a bezwaar, `BS-…` for a
 * beschikking. Numbered per kind and year from a counter row, inside the caller's transaction:
 * a number is used only when the row that carries it lands, and two submissions at once get
 * two numbers (the UPDATE locks the row until the transaction ends).
 */
import type { BekostigingDb } from '../tables'

export type ReferentieSoort = 'BB' | 'BZ' | 'BS'

export async function volgendeReferentie(
  trx: BekostigingDb,
  soort: ReferentieSoort,
  jaar: number,
): Promise<string> {
  await trx
    .insertInto('bekostiging_teller')
    .values({ soort, jaar, laatste: 0 })
    .onConflict((oc) => oc.columns(['soort', 'jaar']).doNothing())
    .execute()
  const { laatste } = await trx
    .updateTable('bekostiging_teller')
    .set((eb) => ({ laatste: eb('laatste', '+', 1) }))
    .where('soort', '=', soort)
    .where('jaar', '=', jaar)
    .returning('laatste')
    .executeTakeFirstOrThrow()
  return `${soort}-${jaar}-${String(laatste).padStart(6, '0')}`
}
