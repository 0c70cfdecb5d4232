/**
 * The helpdesk's own tables (migrations in `migrations/`) and the value lists they hold.
 * Platform data (besturen, people, the archive) is reached through the server kit.
 */
import type { Kysely } from 'kysely'

export const STATUSSEN = ['nieuw', 'in-behandeling', 'wacht-op-reactie', 'afgehandeld'] as const
export type MeldingStatus = (typeof STATUSSEN)[number]
export const CATEGORIEEN = [
  'vraag',
  'storing',
  'inloggen',
  'bekostiging',
  'rod',
  'rio',
  'overig',
] as const
export type Categorie = (typeof CATEGORIEEN)[number]

export interface HelpdeskTables {
  helpdesk_melding: {
    id: string
    referentie: string
    bestuursnummer: string
    instellingscode: string | null
    onderwerp: string
    categorie: string
    status: string
    ingediend_door_persoon_id: string | null
    ingediend_door_naam: string
    legacy_account_id: string | null
    created_at: string
    updated_at: string
    laatste_antwoord_helpdesk_at: string | null
  }
  helpdesk_reactie: {
    id: string
    melding_id: string
    van: 'bestuur' | 'helpdesk'
    auteur_persoon_id: string | null
    auteur_naam: string
    tekst: string
    created_at: string
  }
  helpdesk_bijlage: {
    id: string
    melding_id: string
    reactie_id: string | null
    bestandsnaam: string
    content_type: string
    grootte: number
    opslag_naam: string
    created_at: string
  }
  helpdesk_gelezen: { melding_id: string; persoon_id: string; gelezen_op: string }
  helpdesk_contactpersoon: {
    bestuursnummer: string
    naam: string
    email: string
    telefoon: string
    gewijzigd_op: string
    gewijzigd_door: string | null
  }
  helpdesk_contactgegevens: {
    id: string
    naam: string
    telefoon: string
    bereikbaarheid_nl: string
    bereikbaarheid_en: string
    postadres: string
    bezoekadres: string
    website: string
  }
}

export type HelpdeskDb = Kysely<HelpdeskTables>
