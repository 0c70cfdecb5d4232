/**
 * A rotated session keeps its old id for a few seconds, pointing to its successor: requests the
 * browser sent with the old cookie before the new one arrived are served, not logged out.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessie').addColumn('opvolger_hash', 'text').execute()
  await db.schema.alterTable('sessie').addColumn('vervangen_op', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessie').dropColumn('vervangen_op').execute()
  await db.schema.alterTable('sessie').dropColumn('opvolger_hash').execute()
}
