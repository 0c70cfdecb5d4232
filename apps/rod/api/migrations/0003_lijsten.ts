/**
 * Lists that do not slow down with their size: every order of the verzoeken handmatige mutatie
 * (a school's, a bestuur's, DUO's queue; with or without a status) as an index that ends in the
 * id, so a keyset page is one index range.
 */
import type { Kysely } from 'kysely'

const INDEXEN: Record<string, string[]> = {
  // One school's verzoeken, newest first, with or without a status (the bestuur's own: the
  // list also asks for the bestuursnummer, so the count needs no table row).
  rod_verzoek_school_idx: ['instellingscode', 'bestuursnummer', 'ingediend_op', 'id'],
  rod_verzoek_school_status_idx: [
    'instellingscode',
    'bestuursnummer',
    'status',
    'ingediend_op',
    'id',
  ],
  // The bestuur's (a person with several of its schools): each entry's school is checked from
  // the index itself.
  rod_verzoek_bestuur_idx: ['bestuursnummer', 'ingediend_op', 'id', 'instellingscode'],
  rod_verzoek_bestuur_status_idx: [
    'bestuursnummer',
    'status',
    'ingediend_op',
    'id',
    'instellingscode',
  ],
  // DUO's queue across besturen.
  rod_verzoek_ingediend_idx: ['ingediend_op', 'id'],
  rod_verzoek_status_idx: ['status', 'ingediend_op', 'id'],
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const naam of ['rod_verzoek_school_idx', 'rod_verzoek_status_idx'])
    await db.schema.dropIndex(naam).execute()
  for (const [naam, kolommen] of Object.entries(INDEXEN))
    await db.schema.createIndex(naam).on('rod_mutatieverzoek').columns(kolommen).execute()
}
