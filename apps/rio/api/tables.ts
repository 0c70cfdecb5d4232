/**
 * RIO's own tables (migrations in `migrations/`). The register is append-only: a change adds a
 * `rio_wijziging`, its objects and versions, and never updates or deletes them (triggers
 * refuse it). `rio_tijdlijn` is derived from the versions (the visible timeline per object,
 * for fast "state on a date" queries) and is rewritten per object on each change.
 */
import type { Kysely } from 'kysely'

export interface RioTables {
  /** One row per bestuur with a register: the counter that orders its changes. */
  rio_register: { bestuursnummer: string; volgnummer: number; aangemaakt_op: string }
  rio_wijziging: {
    id: string
    bestuursnummer: string
    volgnummer: number
    referentie: string
    omschrijving: string | null
    /** 'portaal' | 'stappenplan' | 'demo' */
    bron: string
    ingediend_door_persoon_id: string | null
    ingediend_door_naam: string
    ingediend_op: string
    aantal_mutaties: number
  }
  rio_object: {
    id: string
    bestuursnummer: string
    soort: string
    code: string
    ouder_id: string | null
    wijziging_id: string
  }
  rio_versie: {
    id: string
    object_id: string
    wijziging_id: string
    volgnummer: number
    positie: number
    begindatum: string
    einddatum: string | null
    bestaat: number
    /** JSON of the object's data; null on a version that ends the object. */
    gegevens: string | null
  }
  rio_tijdlijn: {
    object_id: string
    bestuursnummer: string
    begindatum: string
    einddatum: string | null
    versie_id: string
  }
  /** Instellingserkenningen (reference data of DUO's erkenningenregister). */
  rio_erkenning: {
    erkenningscode: string
    bestuursnummer: string
    naam: string
    begindatum: string
    einddatum: string | null
  }
  /** A person's resumable first registration (stappenplan); a draft, not register data. */
  rio_concept: {
    id: string
    bestuursnummer: string
    persoon_id: string
    stap: string
    gegevens: string
    /** 'open' | 'ingediend' | 'verworpen' */
    status: string
    wijziging_referentie: string | null
    aangemaakt_op: string
    bijgewerkt_op: string
  }
}

export type RioDb = Kysely<RioTables>
