/**
 * At most one waiting verzoek per registration: the route checks first (for its clear message),
 * and this index decides when two arrive at the same moment.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE UNIQUE INDEX rod_verzoek_een_open_idx ON rod_mutatieverzoek
    (object_id, onderdeel) WHERE status = 'ingediend'`.execute(db)
}
