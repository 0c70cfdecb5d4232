/**
 * ROD's own tables (migrations in `migrations/`): the register of pupils as the LAS of the
 * schools filled it, DUO's findings on it, and the verzoeken handmatige mutatie with the history
 * they leave. Calendar days are `YYYY-MM-DD` text, moments ISO text, booleans 0/1. Every row
 * that belongs to a school carries its instellingscode and bestuursnummer, so each read can be
 * scoped by kenmerk in the query itself.
 */
import type { Kysely } from 'kysely'

export interface RodTables {
  rod_leerling: {
    id: string
    pgn: string
    pgn_soort: string // 'bsn' | 'onderwijsnummer'
    voornamen: string
    voorvoegsel: string | null
    achternaam: string
    /** Lower case, for searching by name on both databases alike. */
    achternaam_zoek: string
    geboortedatum: string
    geslacht: string // 'man' | 'vrouw' | 'onbekend'
  }
  rod_inschrijving: {
    id: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    vestigingscode: string
    inschrijfdatum: string
    uitschrijfdatum: string | null
    reden_uitschrijving: string | null
    /** The day the LAS sent it to ROD (the 7-day rule). */
    doorgegeven_op: string
  }
  /** The leerjaar (groep) of an inschrijving in one schooljaar, with the part of it enrolled. */
  rod_leerjaar: {
    id: string
    inschrijving_id: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    schooljaar: string
    leerjaar: number
    /** The days of this schooljaar the pupil was enrolled: kept in step with the inschrijving. */
    begindatum: string
    einddatum: string
  }
  rod_toetsresultaat: {
    id: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    schooljaar: string
    toets: string // 'eindtoets' | 'doorstroomtoets'
    afnamedatum: string
    lezen: string | null
    taalverzorging: string | null
    rekenen: string | null
    registratiedatum: string
  }
  rod_schooladvies: {
    id: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    schooljaar: string
    soort: string // 'advies' | 'herzien' | 'voorlopig' | 'definitief'
    waarde: string
    adviesdatum: string
    registratiedatum: string
  }
  rod_programma: {
    id: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    programma: string
    begindatum: string
    einddatum: string | null
  }
  /** The level of a former pupil in secondary education (vo), per vo leerjaar. */
  rod_niveau_vo: {
    id: string
    leerling_id: string
    bestuursnummer: string
    /** The po school the pupil left. */
    instellingscode: string
    /** The schooljaar in vo. */
    schooljaar: string
    vo_leerjaar: number
    niveau: string
  }
  rod_bevinding: {
    id: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    schooljaar: string
    soort: string // 'foutmelding' | 'melding' | 'signaal' | 'bekostigingssignaal'
    code: string
    gesignaleerd_op: string
    opgelost_op: string | null
  }
  rod_mutatieverzoek: {
    id: string
    referentie: string
    leerling_id: string
    bestuursnummer: string
    instellingscode: string
    /** What is corrected: 'inschrijfdatum' | 'uitschrijfdatum' | 'leerjaar' | 'schooladvies'. */
    onderdeel: string
    /** The register row it corrects (an inschrijving, a leerjaar, a schooladvies). */
    object_id: string
    /** Its value when the verzoek was made; accepting checks it is still so. */
    huidige_waarde: string | null
    voorgestelde_waarde: string
    reden: string
    bijlage_naam: string | null
    bijlage_type: string | null
    bijlage_grootte: number | null
    bijlage_opslag: string | null
    status: string // 'ingediend' | 'geaccepteerd' | 'afgewezen'
    afwijsreden: string | null
    ingediend_door_persoon_id: string | null
    ingediend_door_naam: string
    ingediend_op: string
    behandeld_door_naam: string | null
    behandeld_op: string | null
  }
  /** What changed in the register other than through the LAS, with its source. */
  rod_historie: {
    id: string
    leerling_id: string
    instellingscode: string
    onderdeel: string
    object_id: string
    oude_waarde: string | null
    nieuwe_waarde: string
    verzoek_id: string | null
    gewijzigd_op: string
    gewijzigd_door: string
  }
}

export type RodDb = Kysely<RodTables>
