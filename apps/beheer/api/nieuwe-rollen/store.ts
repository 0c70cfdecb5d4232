/** Which notices about newly available roles a person dismissed. */
import { toIso } from '@duo/server-kit'
import type { BeheerDb } from '../tables'

export async function gezieneRollen(db: BeheerDb, persoonId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('beheer_rolbericht_gezien')
    .select('rol')
    .where('persoon_id', '=', persoonId)
    .execute()
  return new Set(rows.map((r) => r.rol))
}

export async function markeerGezien(
  db: BeheerDb,
  persoonId: string,
  rol: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('beheer_rolbericht_gezien')
    .values({ persoon_id: persoonId, rol, gezien_op: toIso(now) })
    .onConflict((oc) => oc.columns(['persoon_id', 'rol']).doNothing())
    .execute()
}
