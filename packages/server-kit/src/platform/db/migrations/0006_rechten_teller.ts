/**
 * A counter per person that goes up with every change of their grants: a request reads it with
 * the session (one query) and reuses the authorisation context built for that count, so a
 * revoked role still counts on the very next request, on every instance.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('persoon')
    .addColumn('rechten_teller', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('persoon').dropColumn('rechten_teller').execute()
}
