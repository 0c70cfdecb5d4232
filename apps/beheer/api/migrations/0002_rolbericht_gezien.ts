/**
 * "Melding" means a helpdesk ticket only: the notices about newly available roles are
 * rolberichten now, so their table is renamed (`beheer_melding_gezien` →
 * `beheer_rolbericht_gezien`), rows kept.
 */
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '@duo/server-kit'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('beheer_melding_gezien').renameTo('beheer_rolbericht_gezien').execute()
  // PostgreSQL names the primary key (and its index); SQLite cannot rename a constraint.
  if (dialectOf(db) === 'postgres')
    await sql`ALTER TABLE beheer_rolbericht_gezien
      RENAME CONSTRAINT beheer_melding_gezien_pk TO beheer_rolbericht_gezien_pk`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres')
    await sql`ALTER TABLE beheer_rolbericht_gezien
      RENAME CONSTRAINT beheer_rolbericht_gezien_pk TO beheer_melding_gezien_pk`.execute(db)
  await db.schema.alterTable('beheer_rolbericht_gezien').renameTo('beheer_melding_gezien').execute()
}
