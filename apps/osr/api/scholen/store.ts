/**
 * Which system (LAS) each school uses. The row of a school is also what every mandaat write of
 * that school locks first, so two people can never give overlapping mandaten at the same moment.
 */
import type { DialectName } from '@duo/server-kit'
import { toIso } from '@duo/server-kit'
import type { OsrDb } from '../tables'

/** The system of each school of the bestuur that registered one. */
export async function systemenVanScholen(
  db: OsrDb,
  bestuursnummer: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('osr_school')
    .select(['instellingscode', 'systeem_id'])
    .where('bestuursnummer', '=', bestuursnummer)
    .execute()
  return new Map(
    rows.flatMap((r) => (r.systeem_id ? [[r.instellingscode, r.systeem_id] as const] : [])),
  )
}

/**
 * Makes sure the school has its row and locks it for the rest of the transaction (PostgreSQL;
 * SQLite runs one writer at a time anyway).
 */
export async function vergrendel(
  trx: OsrDb,
  dialect: DialectName,
  school: { instellingscode: string; bestuursnummer: string },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('osr_school')
    .values({
      instellingscode: school.instellingscode,
      bestuursnummer: school.bestuursnummer,
      systeem_id: null,
      gewijzigd_op: toIso(now),
      gewijzigd_door_naam: null,
    })
    .onConflict((oc) => oc.column('instellingscode').doNothing())
    .execute()
  if (dialect === 'postgres')
    await trx
      .selectFrom('osr_school')
      .select('instellingscode')
      .where('instellingscode', '=', school.instellingscode)
      .forUpdate()
      .execute()
}

/** Records the school's system (null: none). */
export async function zetSysteem(
  trx: OsrDb,
  input: {
    instellingscode: string
    bestuursnummer: string
    systeemId: string | null
    door: string
  },
  now: Date,
): Promise<void> {
  const at = toIso(now)
  await trx
    .insertInto('osr_school')
    .values({
      instellingscode: input.instellingscode,
      bestuursnummer: input.bestuursnummer,
      systeem_id: input.systeemId,
      gewijzigd_op: at,
      gewijzigd_door_naam: input.door,
    })
    .onConflict((oc) =>
      oc.column('instellingscode').doUpdateSet({
        bestuursnummer: input.bestuursnummer,
        systeem_id: input.systeemId,
        gewijzigd_op: at,
        gewijzigd_door_naam: input.door,
      }),
    )
    .execute()
}
