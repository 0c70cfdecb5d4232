/**
 * The beheer section's own tables (migrations in `migrations/`): aanmeldingen of beheerders and
 * the notices about newly available roles a person dismissed. Platform data (grants, people,
 * besturen, the audit log) is reached through the server kit's services.
 */
import type { Kysely } from 'kysely'

export const AANMELDING_STATUSSEN = ['ingediend', 'goedgekeurd', 'afgewezen'] as const
export type AanmeldingStatus = (typeof AANMELDING_STATUSSEN)[number]

export interface BeheerTables {
  beheer_aanmelding: {
    id: string
    bestuursnummer: string
    /** Persoon id of whoever handed it in. */
    ingediend_door: string
    ingediend_op: string
    beheerder_po_persoon_id: string | null
    beheerder_bekostiging_persoon_id: string | null
    toelichting: string | null
    /** The name the user gave the file; shown only, never used as a path. */
    bijlage_naam: string
    /** Server-made name in the section's `aanmeldingen` files (`platform.bestanden`). */
    bijlage_bestand: string
    bijlage_grootte: number
    bijlage_sha256: string
    status: AanmeldingStatus
    beoordeeld_door: string | null
    beoordeeld_op: string | null
    reden: string | null
  }
  /** A notice "new role available" a person dismissed (one row per person and role). */
  beheer_rolbericht_gezien: {
    persoon_id: string
    rol: string
    gezien_op: string
  }
}

export type BeheerDb = Kysely<BeheerTables>
