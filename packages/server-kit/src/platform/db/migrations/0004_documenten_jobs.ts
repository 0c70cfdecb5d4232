/**
 * Two platform services for every section: the digitaal archief (`document`: letters and
 * beschikkingen any section publishes for a bestuur) and background jobs (`platform_job`: the
 * state, progress and result of work that survives a restart, on either database).
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('bron', 'text', (c) => c.notNull())
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('titel', 'text', (c) => c.notNull())
    .addColumn('referentie', 'text', (c) => c.notNull())
    .addColumn('datum', 'text', (c) => c.notNull())
    .addColumn('bestandsnaam', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('grootte', 'integer', (c) => c.notNull())
    .addColumn('opslag', 'text', (c) => c.notNull().unique())
    .addColumn('zaak_referentie', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('document_bestuur_datum_idx')
    .on('document')
    .columns(['bestuursnummer', 'datum'])
    .execute()

  await db.schema
    .createTable('platform_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('voortgang', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stap', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('resultaat', 'text')
    .addColumn('fout', 'text')
    .addColumn('bestuursnummer', 'text')
    .addColumn('persoon_id', 'text')
    .addColumn('pogingen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('aangemaakt_op', 'text', (c) => c.notNull())
    .addColumn('gestart_op', 'text')
    .addColumn('klaar_op', 'text')
    .addColumn('hartslag_op', 'text')
    .addColumn('bewaar_tot', 'text')
    .execute()
  await db.schema
    .createIndex('platform_job_status_idx')
    .on('platform_job')
    .columns(['status', 'aangemaakt_op'])
    .execute()
  await db.schema
    .createIndex('platform_job_eigenaar_idx')
    .on('platform_job')
    .columns(['bestuursnummer', 'soort', 'aangemaakt_op'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('platform_job').execute()
  await db.schema.dropTable('document').execute()
}
