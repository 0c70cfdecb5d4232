/**
 * XBRL onderwijsportaal: jaarverantwoordingen per bestuur and verslagjaar, their aanleveringen
 * (versions) with validation results, the findings per aanlevering and the status history.
 * Timestamps ISO text, ids text UUIDs, as on the platform tables.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('xbrl_jaarverantwoording')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('verslagjaar', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // One jaarverantwoording per bestuur and year: corrections are versions of it.
    .addUniqueConstraint('xbrl_jaarverantwoording_bestuur_jaar_uq', [
      'bestuursnummer',
      'verslagjaar',
    ])
    .execute()

  await db.schema
    .createTable('xbrl_aanlevering')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('jaarverantwoording_id', 'text', (c) =>
      c.notNull().references('xbrl_jaarverantwoording.id'),
    )
    .addColumn('versie', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('referentie', 'text', (c) => c.unique())
    .addColumn('bestandsnaam', 'text')
    .addColumn('opslag_naam', 'text')
    .addColumn('grootte', 'integer')
    .addColumn('geupload_op', 'text')
    .addColumn('geupload_door_naam', 'text')
    .addColumn('validatie_job_id', 'text')
    .addColumn('gevalideerd_bestand', 'text')
    .addColumn('gevalideerd_op', 'text')
    .addColumn('fouten', 'integer')
    .addColumn('waarschuwingen', 'integer')
    .addColumn('resultaat', 'text')
    .addColumn('ingediend_op', 'text')
    .addColumn('ingediend_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('ingediend_door_naam', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('xbrl_aanlevering_versie_uq', ['jaarverantwoording_id', 'versie'])
    .execute()
  // DUO's queue lists submissions across besturen by status and date.
  await db.schema
    .createIndex('xbrl_aanlevering_status_idx')
    .on('xbrl_aanlevering')
    .columns(['status', 'ingediend_op'])
    .execute()

  await db.schema
    .createTable('xbrl_bevinding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('aanlevering_id', 'text', (c) => c.notNull().references('xbrl_aanlevering.id'))
    .addColumn('volgnummer', 'integer', (c) => c.notNull())
    .addColumn('regel_id', 'text', (c) => c.notNull())
    .addColumn('ernst', 'text', (c) => c.notNull())
    .addColumn('regelnummer', 'integer')
    .addColumn('kolom', 'integer')
    .addColumn('concept', 'text')
    .addColumn('onderdeel', 'text', (c) => c.notNull())
    .addColumn('nl', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('xbrl_bevinding_aanlevering_idx')
    .on('xbrl_bevinding')
    .columns(['aanlevering_id', 'volgnummer'])
    .execute()

  await db.schema
    .createTable('xbrl_status_wijziging')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('aanlevering_id', 'text', (c) => c.notNull().references('xbrl_aanlevering.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('door_naam', 'text', (c) => c.notNull())
    .addColumn('door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('toelichting', 'text')
    .execute()
  await db.schema
    .createIndex('xbrl_status_wijziging_aanlevering_idx')
    .on('xbrl_status_wijziging')
    .columns(['aanlevering_id', 'op'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'xbrl_status_wijziging',
    'xbrl_bevinding',
    'xbrl_aanlevering',
    'xbrl_jaarverantwoording',
  ])
    await db.schema.dropTable(t).execute()
}
