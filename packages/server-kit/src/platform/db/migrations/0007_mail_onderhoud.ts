/**
 * Mail and maintenance for every section: the outbox (`platform_mail`: every e-mail the portal
 * sends is written here first, in the transaction of the event, and a worker sends it), each
 * person's choice of e-mail notifications (`persoon_notificaties`), and the maintenance window
 * of a section (`platform_onderhoud`).
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('platform_mail')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('aan', 'text', (c) => c.notNull())
    .addColumn('onderwerp', 'text', (c) => c.notNull())
    .addColumn('tekst', 'text', (c) => c.notNull())
    .addColumn('kopregels', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pogingen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('volgende_poging_op', 'text', (c) => c.notNull())
    .addColumn('geclaimd_tot', 'text')
    .addColumn('laatste_fout', 'text')
    .addColumn('aangemaakt_op', 'text', (c) => c.notNull())
    .addColumn('verzonden_op', 'text')
    .execute()
  await db.schema
    .createIndex('platform_mail_wachtrij_idx')
    .on('platform_mail')
    .columns(['status', 'volgende_poging_op'])
    .execute()

  await db.schema
    .createTable('persoon_notificaties')
    .addColumn('persoon_id', 'text', (c) => c.primaryKey().references('persoon.id'))
    .addColumn('aan', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('soorten_uit', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('uit_token', 'text', (c) => c.notNull().unique())
    .addColumn('gewijzigd_op', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('platform_onderhoud')
    .addColumn('sectie', 'text', (c) => c.primaryKey())
    .addColumn('beschikbaar_vanaf', 'text', (c) => c.notNull())
    .addColumn('tekst_nl', 'text')
    .addColumn('tekst_en', 'text')
    .addColumn('gewijzigd_door', 'text')
    .addColumn('gewijzigd_op', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('platform_onderhoud').execute()
  await db.schema.dropTable('persoon_notificaties').execute()
  await db.schema.dropTable('platform_mail').execute()
}
