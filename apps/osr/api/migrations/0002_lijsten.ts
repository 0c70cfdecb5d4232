/**
 * Lists that do not slow down with their size. A mandaat's status depends on the day asked
 * about, so it cannot be a column; each status is a condition on columns instead, and these
 * indexes answer each with one range:
 *
 * - the overview's order (per school and dienst, newest start first) as one index that ends in
 *   the id, with the columns the status filters read: a keyset page is one index range, a
 *   bounded count reads at most 1,001 index entries;
 * - ingetrokken (`ingetrokken_op is not null`, on any day): a partial index in the same order,
 *   for its pages and its count;
 * - actief (`startdatum <= dag <= einddatum`, an open einddatum as `9999-12-31`) and beeindigd
 *   (`einddatum < dag`), not revoked: an index on that end, so their counts are a range on it;
 * - toekomstig (`startdatum > dag`), not revoked: an index on the start, for its pages and count.
 *
 * Kennisnet's queues by status in their order, too.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('osr_mandaat_bestuur_idx').execute()
  await sql`CREATE INDEX osr_mandaat_lijst_idx ON osr_mandaat
    (bestuursnummer, instellingscode, dienst, startdatum DESC, id, ingetrokken_op, einddatum)`.execute(
    db,
  )
  await sql`CREATE INDEX osr_mandaat_ingetrokken_idx ON osr_mandaat
    (bestuursnummer, instellingscode, dienst, startdatum DESC, id, ingetrokken_op)
    WHERE ingetrokken_op IS NOT NULL`.execute(db)
  // The expression must be written the same in the queries (store.ts: `TOT`).
  await sql`CREATE INDEX osr_mandaat_tot_idx ON osr_mandaat
    (bestuursnummer, (coalesce(einddatum, '9999-12-31')), startdatum, instellingscode, dienst,
      einddatum, ingetrokken_op)
    WHERE ingetrokken_op IS NULL`.execute(db)
  await sql`CREATE INDEX osr_mandaat_start_idx ON osr_mandaat
    (bestuursnummer, startdatum, instellingscode, dienst, ingetrokken_op)
    WHERE ingetrokken_op IS NULL`.execute(db)
}
