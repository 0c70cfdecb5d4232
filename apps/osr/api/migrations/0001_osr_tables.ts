/**
 * The Onderwijs Serviceregister: overeenkomsten and their requests, suppliers with their systems
 * and endpoints, the system each school uses, and mandaten with their history. Timestamps ISO
 * text, calendar days `YYYY-MM-DD`, ids text UUIDs, as on the platform tables.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('osr_overeenkomst_aanvraag')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('aangevraagd_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('aangevraagd_door_naam', 'text', (c) => c.notNull())
    .addColumn('aangevraagd_op', 'text', (c) => c.notNull())
    .addColumn('ondertekenaar_naam', 'text', (c) => c.notNull())
    .addColumn('ondertekenaar_functie', 'text', (c) => c.notNull())
    .addColumn('ondertekenaar_email', 'text', (c) => c.notNull())
    .addColumn('toelichting', 'text')
    .addColumn('behandeld_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('behandeld_door_naam', 'text')
    .addColumn('behandeld_op', 'text')
    .addColumn('reden_afwijzing', 'text')
    .execute()
  // Kennisnet's queue: open requests first, oldest first; a bestuur sees its own.
  await db.schema
    .createIndex('osr_aanvraag_status_idx')
    .on('osr_overeenkomst_aanvraag')
    .columns(['status', 'aangevraagd_op'])
    .execute()
  // At most one open request per bestuur, also when two people send one at the same moment.
  await db.schema
    .createIndex('osr_aanvraag_open_uniq')
    .on('osr_overeenkomst_aanvraag')
    .column('bestuursnummer')
    .unique()
    .where(sql.ref('status'), '=', 'ingediend')
    .execute()
  await db.schema
    .createIndex('osr_aanvraag_bestuur_idx')
    .on('osr_overeenkomst_aanvraag')
    .columns(['bestuursnummer', 'aangevraagd_op'])
    .execute()

  await db.schema
    .createTable('osr_overeenkomst')
    .addColumn('bestuursnummer', 'text', (c) => c.primaryKey().references('bestuur.bestuursnummer'))
    .addColumn('getekend_op', 'text', (c) => c.notNull())
    .addColumn('ondertekenaar_naam', 'text', (c) => c.notNull())
    .addColumn('ondertekenaar_functie', 'text', (c) => c.notNull())
    .addColumn('vastgelegd_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('vastgelegd_door_naam', 'text', (c) => c.notNull())
    .addColumn('vastgelegd_op', 'text', (c) => c.notNull())
    .addColumn('aanvraag_id', 'text', (c) => c.references('osr_overeenkomst_aanvraag.id'))
    .execute()

  await db.schema
    .createTable('osr_leverancier')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('kvk', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('osr_systeem')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leverancier_id', 'text', (c) => c.notNull().references('osr_leverancier.id'))
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('aangemeld_op', 'text', (c) => c.notNull())
    .addColumn('kwalificatie_op', 'text')
    .addColumn('beoordeeld_door_naam', 'text')
    .addColumn('beoordeeld_op', 'text')
    .addColumn('reden_afwijzing', 'text')
    .execute()
  // A supplier names each of its systems once.
  await db.schema
    .createIndex('osr_systeem_naam_uniq')
    .on('osr_systeem')
    .columns(['leverancier_id', 'naam'])
    .unique()
    .execute()
  await db.schema
    .createIndex('osr_systeem_status_idx')
    .on('osr_systeem')
    .columns(['status', 'aangemeld_op'])
    .execute()

  await db.schema
    .createTable('osr_systeem_dienst')
    .addColumn('systeem_id', 'text', (c) => c.notNull().references('osr_systeem.id'))
    .addColumn('dienst', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('osr_systeem_dienst_pk', ['systeem_id', 'dienst'])
    .execute()

  await db.schema
    .createTable('osr_systeem_endpoint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('systeem_id', 'text', (c) => c.notNull().references('osr_systeem.id'))
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('vanaf', 'text', (c) => c.notNull())
    .addColumn('gewijzigd_door', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('osr_systeem_endpoint_idx')
    .on('osr_systeem_endpoint')
    .columns(['systeem_id', 'vanaf'])
    .execute()

  await db.schema
    .createTable('osr_school')
    .addColumn('instellingscode', 'text', (c) =>
      c.primaryKey().references('school.instellingscode'),
    )
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('systeem_id', 'text', (c) => c.references('osr_systeem.id'))
    .addColumn('gewijzigd_op', 'text', (c) => c.notNull())
    .addColumn('gewijzigd_door_naam', 'text')
    .execute()
  await db.schema
    .createIndex('osr_school_systeem_idx')
    .on('osr_school')
    .columns(['bestuursnummer', 'systeem_id'])
    .execute()

  await db.schema
    .createTable('osr_mandaat')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('instellingscode', 'text', (c) => c.notNull().references('school.instellingscode'))
    .addColumn('dienst', 'text', (c) => c.notNull())
    .addColumn('systeem_id', 'text', (c) => c.notNull().references('osr_systeem.id'))
    .addColumn('startdatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .addColumn('ingetrokken_op', 'text')
    .addColumn('gegeven_op', 'text', (c) => c.notNull())
    .addColumn('gegeven_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('gegeven_door_naam', 'text', (c) => c.notNull())
    .addColumn('gekopieerd_van', 'text', (c) => c.references('osr_mandaat.id'))
    .execute()
  // The diensten ask per school, dienst and system: this index answers them at any volume.
  await db.schema
    .createIndex('osr_mandaat_vraag_idx')
    .on('osr_mandaat')
    .columns(['instellingscode', 'dienst', 'systeem_id', 'startdatum'])
    .execute()
  await db.schema
    .createIndex('osr_mandaat_bestuur_idx')
    .on('osr_mandaat')
    .columns(['bestuursnummer', 'instellingscode', 'dienst'])
    .execute()

  await db.schema
    .createTable('osr_mandaat_gebeurtenis')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mandaat_id', 'text', (c) => c.notNull().references('osr_mandaat.id'))
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('door_naam', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .addColumn('van_mandaat_id', 'text', (c) => c.references('osr_mandaat.id'))
    .execute()
  await db.schema
    .createIndex('osr_mandaat_gebeurtenis_idx')
    .on('osr_mandaat_gebeurtenis')
    .columns(['mandaat_id', 'op'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'osr_mandaat_gebeurtenis',
    'osr_mandaat',
    'osr_school',
    'osr_systeem_endpoint',
    'osr_systeem_dienst',
    'osr_systeem',
    'osr_leverancier',
    'osr_overeenkomst',
    'osr_overeenkomst_aanvraag',
  ])
    await db.schema.dropTable(t).ifExists().execute()
}
