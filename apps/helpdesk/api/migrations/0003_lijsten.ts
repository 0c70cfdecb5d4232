/**
 * Lists that do not slow down with their size: every order of the meldingen overview and the
 * queue as an index that ends in the id (a keyset page is one index range), and the full-text
 * search of onderwerp and referentie.
 */
import type { Kysely } from 'kysely'
import { meldingZoek } from '../zoek'

const INDEXEN: Record<string, string[]> = {
  // A bestuur's overview, by updated or created, with or without a status.
  helpdesk_melding_bestuur_updated_idx: ['bestuursnummer', 'updated_at', 'id'],
  helpdesk_melding_bestuur_created_idx: ['bestuursnummer', 'created_at', 'id'],
  helpdesk_melding_bestuur_status_idx: ['bestuursnummer', 'status', 'updated_at', 'id'],
  helpdesk_melding_bestuur_status_created_idx: ['bestuursnummer', 'status', 'created_at', 'id'],
  // Answers not yet read, counted from the index alone (who may see it is in it too).
  helpdesk_melding_bestuur_antwoord_idx: [
    'bestuursnummer',
    'laatste_antwoord_helpdesk_at',
    'legacy_account_id',
    'id',
  ],
  // The bounded counts of the overview (all, per status), from the index alone.
  helpdesk_melding_bestuur_telling_idx: ['bestuursnummer', 'legacy_account_id', 'status'],
  helpdesk_melding_bestuur_status_telling_idx: ['bestuursnummer', 'status', 'legacy_account_id'],
  // The helpdesk's queue across besturen.
  helpdesk_melding_updated_idx: ['updated_at', 'id'],
  helpdesk_melding_created_idx: ['created_at', 'id'],
  helpdesk_melding_status_idx: ['status', 'updated_at', 'id'],
  helpdesk_melding_status_created_idx: ['status', 'created_at', 'id'],
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const naam of [
    'helpdesk_melding_bestuur_updated_idx',
    'helpdesk_melding_bestuur_created_idx',
    'helpdesk_melding_bestuur_status_idx',
    'helpdesk_melding_bestuur_antwoord_idx',
    'helpdesk_melding_updated_idx',
    'helpdesk_melding_status_idx',
  ])
    await db.schema.dropIndex(naam).execute()
  for (const [naam, kolommen] of Object.entries(INDEXEN))
    await db.schema.createIndex(naam).on('helpdesk_melding').columns(kolommen).execute()
  await meldingZoek.maak(db)
}
