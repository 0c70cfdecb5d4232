/**
 * The register (leerlingen, inschrijvingen, leerjaren, toetsresultaten, schooladviezen,
 * programma's, niveau vo), DUO's findings, and verzoeken handmatige mutatie with their history.
 * Indexes follow the reads: everything is asked for per school (or bestuur) and schooljaar.
 */
import type { Kysely } from 'kysely'

type Db = Kysely<any>

async function index(db: Db, naam: string, tabel: string, kolommen: string[]) {
  await db.schema.createIndex(naam).on(tabel).columns(kolommen).execute()
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('rod_leerling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pgn', 'text', (c) => c.notNull().unique())
    .addColumn('pgn_soort', 'text', (c) => c.notNull())
    .addColumn('voornamen', 'text', (c) => c.notNull())
    .addColumn('voorvoegsel', 'text')
    .addColumn('achternaam', 'text', (c) => c.notNull())
    .addColumn('achternaam_zoek', 'text', (c) => c.notNull())
    .addColumn('geboortedatum', 'text', (c) => c.notNull())
    .addColumn('geslacht', 'text', (c) => c.notNull())
    .execute()
  await index(db, 'rod_leerling_naam_idx', 'rod_leerling', ['achternaam_zoek', 'geboortedatum'])

  // Columns every school-scoped row shares.
  const vanSchool = (t: string) =>
    db.schema
      .createTable(t)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('leerling_id', 'text', (c) => c.notNull().references('rod_leerling.id'))
      .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
      .addColumn('instellingscode', 'text', (c) => c.notNull().references('school.instellingscode'))

  await vanSchool('rod_inschrijving')
    .addColumn('vestigingscode', 'text', (c) => c.notNull())
    .addColumn('inschrijfdatum', 'text', (c) => c.notNull())
    .addColumn('uitschrijfdatum', 'text')
    .addColumn('reden_uitschrijving', 'text')
    .addColumn('doorgegeven_op', 'text', (c) => c.notNull())
    .execute()
  await index(db, 'rod_inschrijving_leerling_idx', 'rod_inschrijving', ['leerling_id'])
  await index(db, 'rod_inschrijving_school_idx', 'rod_inschrijving', [
    'instellingscode',
    'inschrijfdatum',
  ])

  await vanSchool('rod_leerjaar')
    .addColumn('inschrijving_id', 'text', (c) => c.notNull().references('rod_inschrijving.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('leerjaar', 'integer', (c) => c.notNull())
    .addColumn('begindatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text', (c) => c.notNull())
    .execute()
  await index(db, 'rod_leerjaar_school_idx', 'rod_leerjaar', [
    'instellingscode',
    'schooljaar',
    'leerjaar',
    'leerling_id',
  ])
  await index(db, 'rod_leerjaar_leerling_idx', 'rod_leerjaar', ['leerling_id'])
  await index(db, 'rod_leerjaar_inschrijving_idx', 'rod_leerjaar', ['inschrijving_id'])

  await vanSchool('rod_toetsresultaat')
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('toets', 'text', (c) => c.notNull())
    .addColumn('afnamedatum', 'text', (c) => c.notNull())
    .addColumn('lezen', 'text')
    .addColumn('taalverzorging', 'text')
    .addColumn('rekenen', 'text')
    .addColumn('registratiedatum', 'text', (c) => c.notNull())
    .execute()
  await index(db, 'rod_toets_leerling_idx', 'rod_toetsresultaat', ['leerling_id', 'schooljaar'])
  await index(db, 'rod_toets_school_idx', 'rod_toetsresultaat', ['instellingscode', 'schooljaar'])

  await vanSchool('rod_schooladvies')
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('waarde', 'text', (c) => c.notNull())
    .addColumn('adviesdatum', 'text', (c) => c.notNull())
    .addColumn('registratiedatum', 'text', (c) => c.notNull())
    .addUniqueConstraint('rod_schooladvies_uniek', ['leerling_id', 'schooljaar', 'soort'])
    .execute()
  await index(db, 'rod_advies_school_idx', 'rod_schooladvies', ['instellingscode', 'schooljaar'])

  await vanSchool('rod_programma')
    .addColumn('programma', 'text', (c) => c.notNull())
    .addColumn('begindatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .execute()
  await index(db, 'rod_programma_leerling_idx', 'rod_programma', ['leerling_id'])

  await vanSchool('rod_niveau_vo')
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('vo_leerjaar', 'integer', (c) => c.notNull())
    .addColumn('niveau', 'text', (c) => c.notNull())
    .execute()
  await index(db, 'rod_niveau_vo_school_idx', 'rod_niveau_vo', [
    'instellingscode',
    'schooljaar',
    'leerling_id',
  ])
  await index(db, 'rod_niveau_vo_leerling_idx', 'rod_niveau_vo', ['leerling_id'])

  await vanSchool('rod_bevinding')
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('soort', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('gesignaleerd_op', 'text', (c) => c.notNull())
    .addColumn('opgelost_op', 'text')
    .execute()
  await index(db, 'rod_bevinding_school_idx', 'rod_bevinding', [
    'instellingscode',
    'soort',
    'gesignaleerd_op',
  ])
  await index(db, 'rod_bevinding_leerling_idx', 'rod_bevinding', ['leerling_id'])

  await vanSchool('rod_mutatieverzoek')
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('onderdeel', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('huidige_waarde', 'text')
    .addColumn('voorgestelde_waarde', 'text', (c) => c.notNull())
    .addColumn('reden', 'text', (c) => c.notNull())
    .addColumn('bijlage_naam', 'text')
    .addColumn('bijlage_type', 'text')
    .addColumn('bijlage_grootte', 'integer')
    // Server-made file name in the section's folder; never derived from what the user sent.
    .addColumn('bijlage_opslag', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('afwijsreden', 'text')
    .addColumn('ingediend_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('ingediend_door_naam', 'text', (c) => c.notNull())
    .addColumn('ingediend_op', 'text', (c) => c.notNull())
    .addColumn('behandeld_door_naam', 'text')
    .addColumn('behandeld_op', 'text')
    .execute()
  await index(db, 'rod_verzoek_school_idx', 'rod_mutatieverzoek', [
    'instellingscode',
    'ingediend_op',
  ])
  await index(db, 'rod_verzoek_status_idx', 'rod_mutatieverzoek', ['status', 'ingediend_op'])
  await index(db, 'rod_verzoek_object_idx', 'rod_mutatieverzoek', ['object_id', 'status'])
  await index(db, 'rod_verzoek_leerling_idx', 'rod_mutatieverzoek', ['leerling_id'])

  await db.schema
    .createTable('rod_historie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('rod_leerling.id'))
    .addColumn('instellingscode', 'text', (c) => c.notNull())
    .addColumn('onderdeel', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('oude_waarde', 'text')
    .addColumn('nieuwe_waarde', 'text', (c) => c.notNull())
    .addColumn('verzoek_id', 'text', (c) => c.references('rod_mutatieverzoek.id'))
    .addColumn('gewijzigd_op', 'text', (c) => c.notNull())
    .addColumn('gewijzigd_door', 'text', (c) => c.notNull())
    .execute()
  await index(db, 'rod_historie_leerling_idx', 'rod_historie', ['leerling_id', 'gewijzigd_op'])
}
