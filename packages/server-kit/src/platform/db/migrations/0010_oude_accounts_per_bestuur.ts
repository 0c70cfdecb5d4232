/**
 * The old accounts of one bestuur by index: every helpdesk list asks which of them the viewer
 * may see (a subquery on `bestuursnummer`), and without this index each list read the whole
 * table, every bestuur's old accounts, on every request.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('legacy_account_bestuur_idx')
    .on('legacy_account')
    .column('bestuursnummer')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('legacy_account_bestuur_idx').execute()
}
