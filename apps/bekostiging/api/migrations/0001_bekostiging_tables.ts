/**
 * Bekostiging: aanvragen (concepts and submitted), beschikkingen, bezwaren with bijlagen, the
 * timeline of every zaak, funding lines, the OSB's statustoekenningen, the overzichten
 * vaststelling tellingen, the aangeboden opleidingen as RIO registers them, and the counters of
 * the referentienummers. Timestamps ISO text, days `YYYY-MM-DD`, amounts integer cents.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  const bestuur = (c: any) => c.notNull().references('bestuur.bestuursnummer')
  await db.schema
    .createTable('bekostiging_aanvraag')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referentie', 'text', (c) => c.unique())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('instellingscode', 'text')
    .addColumn('categorie', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('gegevens', 'text', (c) => c.notNull())
    .addColumn('eigenaar_persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('eigenaar_naam', 'text', (c) => c.notNull())
    .addColumn('ingediend_op', 'text')
    .addColumn('ingediend_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('ingediend_door', 'text')
    .addColumn('intermediair_kvk', 'text')
    .addColumn('ontvangen_dag', 'text')
    .addColumn('uiterste_beslisdatum', 'text')
    .addColumn('ingangsdatum', 'text')
    .addColumn('indicatief_bedrag', 'integer')
    .addColumn('behandelaar_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('behandelaar_naam', 'text')
    .addColumn('afgerond_op', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // The zaakdossier lists a bestuur's submitted aanvragen newest first; DUO's queue runs across
  // besturen by due date; concepts are found by their owner.
  const index = (naam: string, tabel: string, kolommen: string[]) =>
    db.schema.createIndex(naam).on(tabel).columns(kolommen).execute()
  // Newest first within a bestuur, the state in the index too: a page and its count never
  // touch the table rows (measured in api/bench/endpoints.ts).
  await index('bekostiging_aanvraag_bestuur_idx', 'bekostiging_aanvraag', [
    'bestuursnummer',
    'ontvangen_dag',
    'status',
  ])
  await index('bekostiging_aanvraag_wachtrij_idx', 'bekostiging_aanvraag', [
    'status',
    'uiterste_beslisdatum',
  ])
  await index('bekostiging_aanvraag_eigenaar_idx', 'bekostiging_aanvraag', [
    'eigenaar_persoon_id',
    'status',
  ])

  await db.schema
    .createTable('bekostiging_beschikking')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('aanvraag_id', 'text', (c) =>
      c.notNull().unique().references('bekostiging_aanvraag.id'),
    )
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('besluit', 'text', (c) => c.notNull())
    .addColumn('bedrag_centen', 'integer', (c) => c.notNull())
    .addColumn('motivering', 'text', (c) => c.notNull())
    .addColumn('datum', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('behandelaar_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('behandelaar_naam', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('bekostiging_vaststelling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('teldatum', 'text', (c) => c.notNull())
    .addColumn('dagtekening', 'text', (c) => c.notNull())
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('document_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bekostiging_vaststelling_teldatum_uq', ['bestuursnummer', 'teldatum'])
    .execute()
  await db.schema
    .createTable('bekostiging_vastgestelde_telling')
    .addColumn('vaststelling_id', 'text', (c) =>
      c.notNull().references('bekostiging_vaststelling.id'),
    )
    .addColumn('instellingscode', 'text', (c) => c.notNull())
    .addColumn('onder_acht', 'integer', (c) => c.notNull())
    .addColumn('acht_en_ouder', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bekostiging_vastgestelde_telling_pk', [
      'vaststelling_id',
      'instellingscode',
    ])
    .execute()

  await db.schema
    .createTable('bekostiging_bezwaar')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('onderwerp', 'text', (c) => c.notNull())
    .addColumn('vaststelling_id', 'text', (c) => c.references('bekostiging_vaststelling.id'))
    .addColumn('aanvraag_id', 'text', (c) => c.references('bekostiging_aanvraag.id'))
    .addColumn('instellingscode', 'text')
    .addColumn('gronden', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ingediend_op', 'text', (c) => c.notNull())
    .addColumn('ontvangen_dag', 'text', (c) => c.notNull())
    .addColumn('uiterste_beslisdatum', 'text', (c) => c.notNull())
    .addColumn('ingediend_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('ingediend_door', 'text', (c) => c.notNull())
    .addColumn('intermediair_kvk', 'text')
    .addColumn('behandelaar_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('behandelaar_naam', 'text')
    .addColumn('motivering', 'text')
    .addColumn('document_id', 'text')
    .addColumn('afgerond_op', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await index('bekostiging_bezwaar_bestuur_idx', 'bekostiging_bezwaar', [
    'bestuursnummer',
    'ontvangen_dag',
    'status',
  ])
  await index('bekostiging_bezwaar_wachtrij_idx', 'bekostiging_bezwaar', [
    'status',
    'uiterste_beslisdatum',
  ])

  await db.schema
    .createTable('bekostiging_bijlage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bezwaar_id', 'text', (c) => c.notNull().references('bekostiging_bezwaar.id'))
    .addColumn('bestandsnaam', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('grootte', 'integer', (c) => c.notNull())
    // Server-made file name under dataDir; never derived from what the user sent.
    .addColumn('opslag_naam', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await index('bekostiging_bijlage_bezwaar_idx', 'bekostiging_bijlage', ['bezwaar_id'])

  await db.schema
    .createTable('bekostiging_gebeurtenis')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zaak_id', 'text', (c) => c.notNull())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('door', 'text', (c) => c.notNull())
    .addColumn('kant', 'text', (c) => c.notNull())
    .addColumn('intermediair_kvk', 'text')
    .addColumn('details', 'text')
    .execute()
  await index('bekostiging_gebeurtenis_zaak_idx', 'bekostiging_gebeurtenis', ['zaak_id', 'op'])

  await db.schema
    .createTable('bekostiging_regel')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('instellingscode', 'text', (c) => c.notNull())
    .addColumn('jaar', 'integer', (c) => c.notNull())
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('bedrag_centen', 'integer', (c) => c.notNull())
    .addColumn('omschrijving', 'text', (c) => c.notNull())
    .addColumn('aanvraag_id', 'text', (c) => c.references('bekostiging_aanvraag.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await index('bekostiging_regel_bestuur_idx', 'bekostiging_regel', ['bestuursnummer', 'jaar'])

  await db.schema
    .createTable('bekostiging_statustoekenning')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('instellingscode', 'text', (c) => c.notNull())
    .addColumn('teldatum', 'text', (c) => c.notNull())
    .addColumn('leerlingnummer', 'text', (c) => c.notNull())
    .addColumn('leeftijdscategorie', 'text', (c) => c.notNull())
    .addColumn('inschrijfdatum', 'text', (c) => c.notNull())
    .addColumn('bekostigd', 'integer', (c) => c.notNull())
    .addColumn('signaalcode', 'text')
    .execute()
  // Covering: the dashboard's counts per school and per signal read the index alone.
  await index('bekostiging_statustoekenning_teldatum_idx', 'bekostiging_statustoekenning', [
    'bestuursnummer',
    'teldatum',
    'instellingscode',
    'bekostigd',
    'signaalcode',
  ])
  // The few registrations with a signal, in the order the dashboard lists them.
  await db.schema
    .createIndex('bekostiging_statustoekenning_signaal_idx')
    .on('bekostiging_statustoekenning')
    .columns(['bestuursnummer', 'teldatum', 'instellingscode', 'leerlingnummer'])
    .where(sql.ref('signaalcode'), 'is not', null)
    .execute()

  await db.schema
    .createTable('bekostiging_aangeboden_opleiding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', bestuur)
    .addColumn('instellingscode', 'text', (c) => c.notNull())
    .addColumn('onderwijsaanbiedercode', 'text', (c) => c.notNull())
    .addColumn('opleidingseenheidcode', 'text', (c) => c.notNull())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('doelgroep', 'text', (c) => c.notNull())
    .addColumn('onderwijslocatiecode', 'text', (c) => c.notNull())
    .addColumn('begindatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .execute()
  await index('bekostiging_opleiding_bestuur_idx', 'bekostiging_aangeboden_opleiding', [
    'bestuursnummer',
    'instellingscode',
  ])

  await db.schema
    .createTable('bekostiging_teller')
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('jaar', 'integer', (c) => c.notNull())
    .addColumn('laatste', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bekostiging_teller_pk', ['soort', 'jaar'])
    .execute()
}
