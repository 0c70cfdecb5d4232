/**
 * The beheer section's tables: aanmeldingen of beheerders (the online form "Aanmelding en
 * wijziging Mijn DUO met eHerkenning (beheerder)") and the notices about newly available roles
 * a person dismissed. Timestamps ISO text, ids text UUIDs, as everywhere.
 *
 * No foreign keys to platform tables: on a fresh database Kysely runs pending migrations in
 * plain name order (`beheer/…` before `platform/…`), so those tables may not exist yet here.
 * The API checks that persons and besturen exist.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('beheer_aanmelding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull())
    .addColumn('ingediend_door', 'text', (c) => c.notNull())
    .addColumn('ingediend_op', 'text', (c) => c.notNull())
    .addColumn('beheerder_po_persoon_id', 'text')
    .addColumn('beheerder_bekostiging_persoon_id', 'text')
    .addColumn('toelichting', 'text')
    /** The name the user gave the file; shown only, never used as a path. */
    .addColumn('bijlage_naam', 'text', (c) => c.notNull())
    /** Server-generated file name inside `<dataDir>/beheer/aanmeldingen/`. */
    .addColumn('bijlage_bestand', 'text', (c) => c.notNull().unique())
    .addColumn('bijlage_grootte', 'integer', (c) => c.notNull())
    .addColumn('bijlage_sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('ingediend', 'goedgekeurd', 'afgewezen')`),
    )
    .addColumn('beoordeeld_door', 'text')
    .addColumn('beoordeeld_op', 'text')
    .addColumn('reden', 'text')
    .execute()
  await db.schema
    .createIndex('beheer_aanmelding_bestuur_idx')
    .on('beheer_aanmelding')
    .columns(['bestuursnummer', 'ingediend_op'])
    .execute()
  await db.schema
    .createIndex('beheer_aanmelding_status_idx')
    .on('beheer_aanmelding')
    .columns(['status', 'ingediend_op'])
    .execute()

  await db.schema
    .createTable('beheer_melding_gezien')
    .addColumn('persoon_id', 'text', (c) => c.notNull())
    .addColumn('rol', 'text', (c) => c.notNull())
    .addColumn('gezien_op', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('beheer_melding_gezien_pk', ['persoon_id', 'rol'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('beheer_melding_gezien').execute()
  await db.schema.dropTable('beheer_aanmelding').execute()
}
