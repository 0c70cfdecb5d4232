/**
 * A legacy account signs in as a person of its own (`eigen_persoon_id`), made on its first old-
 * style login; linking it to eHerkenning later is `gekoppeld_aan_persoon_id`.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('legacy_account')
    .addColumn('eigen_persoon_id', 'text', (c) => c.references('persoon.id'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('legacy_account').dropColumn('eigen_persoon_id').execute()
}
