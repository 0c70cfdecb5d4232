/**
 * The OSR's own tables (migrations in `migrations/`) and the value lists they hold. Platform
 * data (besturen, schools, the overeenkomst flag `@duo/authz` decides on) is reached through the
 * server kit only.
 */
import type { Kysely } from 'kysely'

export const AANVRAAG_STATUSSEN = ['ingediend', 'getekend', 'afgewezen'] as const
export type AanvraagStatus = (typeof AANVRAAG_STATUSSEN)[number]

export const SYSTEEM_STATUSSEN = ['aangemeld', 'goedgekeurd', 'afgewezen'] as const
export type SysteemStatus = (typeof SYSTEEM_STATUSSEN)[number]

export const MANDAAT_STATUSSEN = ['actief', 'toekomstig', 'beeindigd', 'ingetrokken'] as const
export type MandaatStatus = (typeof MANDAAT_STATUSSEN)[number]

/** What can happen to a mandaat, in its history. */
export type GebeurtenisSoort = 'gegeven' | 'gekopieerd' | 'einddatum-gewijzigd' | 'ingetrokken'

export interface OsrTables {
  /** The signed overeenkomst OSR of a bestuur (one per bestuur, for all its schools). */
  osr_overeenkomst: {
    bestuursnummer: string
    getekend_op: string
    ondertekenaar_naam: string
    ondertekenaar_functie: string
    vastgelegd_door_persoon_id: string | null
    vastgelegd_door_naam: string
    vastgelegd_op: string
    aanvraag_id: string | null
  }
  /** A bestuur's request for the overeenkomst, handled by Kennisnet. */
  osr_overeenkomst_aanvraag: {
    id: string
    referentie: string
    bestuursnummer: string
    status: string
    aangevraagd_door_persoon_id: string | null
    aangevraagd_door_naam: string
    aangevraagd_op: string
    ondertekenaar_naam: string
    ondertekenaar_functie: string
    ondertekenaar_email: string
    toelichting: string | null
    behandeld_door_persoon_id: string | null
    behandeld_door_naam: string | null
    behandeld_op: string | null
    reden_afwijzing: string | null
  }
  /** A software supplier known to the register, with its machine client at the token broker. */
  osr_leverancier: {
    id: string
    naam: string
    kvk: string
    client_id: string
    created_at: string
  }
  /** A supplier's system (a LAS) with the endpoint diensten deliver to. */
  osr_systeem: {
    id: string
    leverancier_id: string
    naam: string
    endpoint: string
    status: string
    aangemeld_op: string
    kwalificatie_op: string | null
    beoordeeld_door_naam: string | null
    beoordeeld_op: string | null
    reden_afwijzing: string | null
  }
  /** The diensten a system supports (and is qualified for once approved). */
  osr_systeem_dienst: { systeem_id: string; dienst: string }
  /** Every endpoint a system had, newest last: an endpoint change is never lost. */
  osr_systeem_endpoint: {
    id: string
    systeem_id: string
    endpoint: string
    vanaf: string
    gewijzigd_door: string
  }
  /** Which system (LAS) a school uses; also the row mandaat writes lock on. */
  osr_school: {
    instellingscode: string
    bestuursnummer: string
    systeem_id: string | null
    gewijzigd_op: string
    gewijzigd_door_naam: string | null
  }
  /** A mandaat: a school lets a system exchange data in one dienst, from startdatum. */
  osr_mandaat: {
    id: string
    bestuursnummer: string
    instellingscode: string
    dienst: string
    systeem_id: string
    startdatum: string
    einddatum: string | null
    ingetrokken_op: string | null
    gegeven_op: string
    gegeven_door_persoon_id: string | null
    gegeven_door_naam: string
    gekopieerd_van: string | null
  }
  /** The history of a mandaat, oldest first. */
  osr_mandaat_gebeurtenis: {
    id: string
    mandaat_id: string
    soort: string
    op: string
    door_persoon_id: string | null
    door_naam: string
    einddatum: string | null
    van_mandaat_id: string | null
  }
}

export type OsrDb = Kysely<OsrTables>
