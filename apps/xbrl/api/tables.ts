/**
 * The XBRL section's own tables (migrations in `migrations/`) and the value lists they hold. A
 * jaarverantwoording is one bestuur's report over one verslagjaar; each upload round is an
 * aanlevering (version 1, and a new version per correction), with its validation findings
 * (bevindingen) and its status history. Platform data (besturen, jobs, files) goes through
 * the server kit.
 */
import type { Kysely } from 'kysely'

export const STATUSSEN = [
  'concept',
  'gevalideerd',
  'ingediend',
  'in-behandeling',
  'geaccepteerd',
  'afgekeurd',
] as const
export type AanleveringStatus = (typeof STATUSSEN)[number]

/** Statuses after submission: what DUO's staff see, and what a correction follows. */
export const INGEDIEND = ['ingediend', 'in-behandeling', 'geaccepteerd', 'afgekeurd'] as const

export interface XbrlTables {
  xbrl_jaarverantwoording: {
    id: string
    bestuursnummer: string
    verslagjaar: number
    created_at: string
  }
  xbrl_aanlevering: {
    id: string
    jaarverantwoording_id: string
    /** The jaarverantwoording's (never changes): a list's order is one index. */
    bestuursnummer: string
    /** The jaarverantwoording's (never changes). */
    verslagjaar: number
    versie: number
    status: string
    referentie: string | null
    bestandsnaam: string | null
    opslag_naam: string | null
    grootte: number | null
    geupload_op: string | null
    geupload_door_naam: string | null
    validatie_job_id: string | null
    /** The stored file the last finished validation was about. */
    gevalideerd_bestand: string | null
    gevalideerd_op: string | null
    fouten: number | null
    waarschuwingen: number | null
    /** JSON: the validation's summary, preview and kengetallen (the findings are rows). */
    resultaat: string | null
    ingediend_op: string | null
    ingediend_door_persoon_id: string | null
    ingediend_door_naam: string | null
    created_at: string
    updated_at: string
  }
  xbrl_bevinding: {
    id: string
    aanlevering_id: string
    volgnummer: number
    regel_id: string
    ernst: string
    regelnummer: number | null
    kolom: number | null
    concept: string | null
    onderdeel: string
    nl: string
    en: string
  }
  xbrl_status_wijziging: {
    id: string
    aanlevering_id: string
    status: string
    op: string
    door_naam: string
    door_persoon_id: string | null
    toelichting: string | null
    /** Order within the aanlevering (moments can be equal under a fixed clock). */
    volgnummer: number
  }
}

export type XbrlDb = Kysely<XbrlTables>
