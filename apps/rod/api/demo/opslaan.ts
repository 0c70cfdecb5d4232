/** Writes generated register rows in batches (both databases cap the parameters of one query). */
import type { RodDb, RodTables } from '../tables'
import type { Rijen } from './register'

/** Parameters per insert: SQLite allows 32,766, PostgreSQL 65,535. */
const MAX_PARAMETERS = 20_000

export const VOLGORDE: ReadonlyArray<keyof RodTables> = [
  'rod_leerling',
  'rod_inschrijving',
  'rod_leerjaar',
  'rod_toetsresultaat',
  'rod_schooladvies',
  'rod_programma',
  'rod_niveau_vo',
  'rod_bevinding',
  'rod_mutatieverzoek',
  'rod_historie',
]

export async function slaOp(
  db: RodDb,
  rijen: Rijen,
  bijVoortgang?: (tabel: string, klaar: number) => void,
): Promise<void> {
  for (const tabel of VOLGORDE) {
    const alle = rijen[tabel] as Array<Record<string, unknown>>
    if (!alle.length) continue
    const per = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(alle[0]!).length))
    for (let i = 0; i < alle.length; i += per) {
      await db
        .insertInto(tabel)
        .values(alle.slice(i, i + per) as never)
        .execute()
      bijVoortgang?.(tabel, Math.min(i + per, alle.length))
    }
  }
}
