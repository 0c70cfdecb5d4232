/**
 * Bekostiging's own tables (migrations in `migrations/`) and the value lists they hold. Platform
 * data (besturen and schools, people, the archive) is reached through the server kit.
 */
import type { Kysely } from 'kysely'

export const AANVRAAG_STATUSSEN = [
  'concept',
  'ingediend',
  'in-behandeling',
  'toegekend',
  'deels-toegekend',
  'afgewezen',
  'ingetrokken',
] as const
export type AanvraagStatus = (typeof AANVRAAG_STATUSSEN)[number]
/** Submitted, not yet decided: the states DUO still works on and the bestuur may withdraw. */
export const LOPEND = ['ingediend', 'in-behandeling'] as const
export const BESLUITEN = ['toegekend', 'deels-toegekend', 'afgewezen'] as const
export type Besluit = (typeof BESLUITEN)[number]

export const BEZWAAR_STATUSSEN = [
  'ingediend',
  'in-behandeling',
  'gegrond',
  'deels-gegrond',
  'ongegrond',
] as const
export type BezwaarStatus = (typeof BEZWAAR_STATUSSEN)[number]
export const BEZWAAR_BESLISSINGEN = ['gegrond', 'deels-gegrond', 'ongegrond'] as const
export type BezwaarBeslissing = (typeof BEZWAAR_BESLISSINGEN)[number]

export const REGELSOORTEN = [
  'regulier-personeel',
  'materiele-instandhouding',
  'groei',
  'bijzondere-bekostiging',
] as const
export type Regelsoort = (typeof REGELSOORTEN)[number]

/** What happened in a zaak, for its timeline. */
export const GEBEURTENISSEN = [
  'ingediend',
  'in-behandeling',
  'besloten',
  'ingetrokken',
  'bezwaar-ingediend',
  'bezwaar-besloten',
] as const
export type Gebeurtenis = (typeof GEBEURTENISSEN)[number]

export interface BekostigingTables {
  bekostiging_aanvraag: {
    id: string
    /** Given on submission; null for a concept. */
    referentie: string | null
    bestuursnummer: string
    instellingscode: string | null
    categorie: string
    status: string
    /** The form's fields as JSON (`Gegevens` of regels/controle.ts). */
    gegevens: string
    /** Who keeps the concept ("Nu bewaren" is personal until submitted). */
    eigenaar_persoon_id: string
    eigenaar_naam: string
    ingediend_op: string | null
    ingediend_door_persoon_id: string | null
    /** Name as shown, with "via ketenmachtiging KvK …" for an intermediary. */
    ingediend_door: string | null
    intermediair_kvk: string | null
    /** Dutch calendar day of receipt, and the dates that follow from it. */
    ontvangen_dag: string | null
    uiterste_beslisdatum: string | null
    ingangsdatum: string | null
    indicatief_bedrag: number | null
    behandelaar_persoon_id: string | null
    behandelaar_naam: string | null
    afgerond_op: string | null
    created_at: string
    updated_at: string
  }
  bekostiging_beschikking: {
    id: string
    aanvraag_id: string
    referentie: string
    bestuursnummer: string
    besluit: string
    bedrag_centen: number
    motivering: string
    datum: string
    document_id: string
    behandelaar_persoon_id: string | null
    behandelaar_naam: string
    created_at: string
  }
  bekostiging_bezwaar: {
    id: string
    referentie: string
    bestuursnummer: string
    /** Against an overzicht vaststelling tellingen, or against a beschikking. */
    onderwerp: string
    vaststelling_id: string | null
    aanvraag_id: string | null
    instellingscode: string | null
    gronden: string
    status: string
    ingediend_op: string
    ontvangen_dag: string
    uiterste_beslisdatum: string
    ingediend_door_persoon_id: string | null
    ingediend_door: string
    intermediair_kvk: string | null
    behandelaar_persoon_id: string | null
    behandelaar_naam: string | null
    motivering: string | null
    document_id: string | null
    afgerond_op: string | null
    updated_at: string
  }
  bekostiging_bijlage: {
    id: string
    bezwaar_id: string
    bestandsnaam: string
    content_type: string
    grootte: number
    opslag_naam: string
    created_at: string
  }
  bekostiging_gebeurtenis: {
    id: string
    zaak_id: string
    bestuursnummer: string
    soort: string
    op: string
    door: string
    /** 'bestuur' or 'duo'. */
    kant: string
    intermediair_kvk: string | null
    /** JSON with what the step decided (besluit, bedrag), or null. */
    details: string | null
  }
  bekostiging_regel: {
    id: string
    bestuursnummer: string
    instellingscode: string
    jaar: number
    soort: string
    bedrag_centen: number
    omschrijving: string
    aanvraag_id: string | null
    created_at: string
  }
  bekostiging_statustoekenning: {
    id: string
    bestuursnummer: string
    instellingscode: string
    teldatum: string
    leerlingnummer: string
    /** '4-7' or '8+': po funding weighs the age groups differently. */
    leeftijdscategorie: string
    inschrijfdatum: string
    bekostigd: number
    signaalcode: string | null
  }
  bekostiging_vaststelling: {
    id: string
    bestuursnummer: string
    teldatum: string
    dagtekening: string
    referentie: string
    document_id: string | null
    created_at: string
  }
  bekostiging_vastgestelde_telling: {
    vaststelling_id: string
    instellingscode: string
    onder_acht: number
    acht_en_ouder: number
  }
  bekostiging_aangeboden_opleiding: {
    id: string
    bestuursnummer: string
    instellingscode: string
    onderwijsaanbiedercode: string
    opleidingseenheidcode: string
    naam: string
    doelgroep: string
    onderwijslocatiecode: string
    begindatum: string
    einddatum: string | null
  }
  bekostiging_teller: { soort: string; jaar: number; laatste: number }
}

export type BekostigingDb = Kysely<BekostigingTables>
