/**
 * Lists that do not slow down with their size: every order of bekostiging's lists as an index
 * that ends in the id (a keyset page is one index range), per state where a list filters on
 * one, and the full-text search of aanvragen and bezwaren (FTS5 / tsvector `dutch`).
 */
import { sql, type Kysely } from 'kysely'
import { aanvraagZoek, bezwaarZoek } from '../zoek'

const INDEXEN: Record<string, { tabel: string; kolommen: string[] }> = {
  // The bestuur's list of aanvragen, newest first, with or without a state.
  // (The state at the end: the bounded counts read the index alone.)
  bekostiging_aanvraag_lijst_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'ingediend_op', 'id', 'status'],
  },
  bekostiging_aanvraag_lijst_status_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'status', 'ingediend_op', 'id'],
  },
  bekostiging_aanvraag_lijst_categorie_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'categorie', 'ingediend_op', 'id', 'status'],
  },
  // The zaakdossier, newest received first (the state in the index: counts read it alone).
  bekostiging_aanvraag_dossier_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'ontvangen_dag', 'referentie', 'id', 'status'],
  },
  bekostiging_aanvraag_dossier_status_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'status', 'ontvangen_dag', 'referentie', 'id'],
  },
  bekostiging_aanvraag_dossier_school_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'instellingscode', 'ontvangen_dag', 'referentie', 'id', 'status'],
  },
  bekostiging_aanvraag_dossier_categorie_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'categorie', 'ontvangen_dag', 'referentie', 'id', 'status'],
  },
  // DUO's queue across besturen, by due date, per state; and for one bestuur.
  bekostiging_aanvraag_wachtrij_status_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['status', 'uiterste_beslisdatum', 'referentie', 'id'],
  },
  bekostiging_aanvraag_wachtrij_bestuur_idx: {
    tabel: 'bekostiging_aanvraag',
    kolommen: ['bestuursnummer', 'status', 'uiterste_beslisdatum', 'referentie', 'id'],
  },
  bekostiging_bezwaar_dossier_idx: {
    tabel: 'bekostiging_bezwaar',
    kolommen: ['bestuursnummer', 'ontvangen_dag', 'referentie', 'id', 'status'],
  },
  bekostiging_bezwaar_dossier_status_idx: {
    tabel: 'bekostiging_bezwaar',
    kolommen: ['bestuursnummer', 'status', 'ontvangen_dag', 'referentie', 'id'],
  },
  bekostiging_bezwaar_dossier_school_idx: {
    tabel: 'bekostiging_bezwaar',
    kolommen: ['bestuursnummer', 'instellingscode', 'ontvangen_dag', 'referentie', 'id', 'status'],
  },
  bekostiging_bezwaar_wachtrij_status_idx: {
    tabel: 'bekostiging_bezwaar',
    kolommen: ['status', 'uiterste_beslisdatum', 'referentie', 'id'],
  },
  bekostiging_bezwaar_wachtrij_bestuur_idx: {
    tabel: 'bekostiging_bezwaar',
    kolommen: ['bestuursnummer', 'status', 'uiterste_beslisdatum', 'referentie', 'id'],
  },
}

/** The dashboard's registrations with a signal, by school and leerlingnummer (few of all). */
const SIGNAAL_INDEXEN: Record<string, string[]> = {
  bekostiging_statustoekenning_signaal_lijst_idx: [
    'bestuursnummer',
    'teldatum',
    'instellingscode',
    'leerlingnummer',
    'id',
  ],
  bekostiging_statustoekenning_signaal_code_idx: [
    'bestuursnummer',
    'teldatum',
    'signaalcode',
    'instellingscode',
    'leerlingnummer',
    'id',
  ],
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const naam of [
    'bekostiging_aanvraag_bestuur_idx',
    'bekostiging_aanvraag_wachtrij_idx',
    'bekostiging_bezwaar_bestuur_idx',
    'bekostiging_bezwaar_wachtrij_idx',
    'bekostiging_statustoekenning_signaal_idx',
  ])
    await db.schema.dropIndex(naam).execute()
  for (const [naam, { tabel, kolommen }] of Object.entries(INDEXEN))
    await db.schema.createIndex(naam).on(tabel).columns(kolommen).execute()
  for (const [naam, kolommen] of Object.entries(SIGNAAL_INDEXEN))
    await db.schema
      .createIndex(naam)
      .on('bekostiging_statustoekenning')
      .columns(kolommen)
      .where(sql.ref('signaalcode'), 'is not', null)
      .execute()
  await aanvraagZoek.maak(db)
  await bezwaarZoek.maak(db)
}
