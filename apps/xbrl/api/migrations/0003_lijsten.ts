/**
 * Lists that do not slow down with their size. An aanlevering carries its jaarverantwoording's
 * bestuursnummer and verslagjaar (they never change), so that each list's order is one index
 * that ends in the id: a keyset page is one index range, a bounded count reads at most 1,001
 * index entries. The findings of an aanlevering get an index per onderdeel in their order, and
 * the aanleveringen a full-text search.
 */
import { sql, type Kysely } from 'kysely'
import { aanleveringZoek } from '../zoek'

const INDEXEN: Record<string, [string, string[]]> = {
  // A bestuur's overview, all or per status (newest verslagjaar and version first).
  xbrl_aanlevering_bestuur_idx: [
    'xbrl_aanlevering',
    ['bestuursnummer', 'verslagjaar', 'versie', 'id'],
  ],
  xbrl_aanlevering_bestuur_status_idx: [
    'xbrl_aanlevering',
    ['bestuursnummer', 'status', 'verslagjaar', 'versie', 'id'],
  ],
  // DUO's queue across besturen (newest verslagjaar, then submission, first).
  xbrl_aanlevering_ingediend_idx: [
    'xbrl_aanlevering',
    ['verslagjaar', 'ingediend_op', 'versie', 'id', 'status'],
  ],
  xbrl_aanlevering_status_ingediend_idx: [
    'xbrl_aanlevering',
    ['status', 'verslagjaar', 'ingediend_op', 'versie', 'id'],
  ],
  // The findings of one aanlevering, per onderdeel in their order.
  xbrl_bevinding_onderdeel_idx: [
    'xbrl_bevinding',
    ['aanlevering_id', 'onderdeel', 'volgnummer', 'id'],
  ],
  xbrl_bevinding_ernst_idx: ['xbrl_bevinding', ['aanlevering_id', 'onderdeel', 'ernst']],
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('xbrl_aanlevering')
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .alterTable('xbrl_aanlevering')
    .addColumn('verslagjaar', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await sql`UPDATE xbrl_aanlevering SET
    bestuursnummer = (SELECT j.bestuursnummer FROM xbrl_jaarverantwoording j WHERE j.id = xbrl_aanlevering.jaarverantwoording_id),
    verslagjaar = (SELECT j.verslagjaar FROM xbrl_jaarverantwoording j WHERE j.id = xbrl_aanlevering.jaarverantwoording_id)`.execute(
    db,
  )
  await db.schema.dropIndex('xbrl_aanlevering_status_idx').execute()
  for (const [naam, [tabel, kolommen]] of Object.entries(INDEXEN))
    await db.schema.createIndex(naam).on(tabel).columns(kolommen).execute()
  await aanleveringZoek.maak(db)
}
