/**
 * The status history in the order it happened: with a fixed clock (demos, tests) several
 * changes share one moment, so each change also gets its number within its aanlevering.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('xbrl_status_wijziging')
    .addColumn('volgnummer', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}
