/**
 * hono-rate-limiter's `Store` on the portal's database: one atomic upsert per hit, the same on
 * SQLite and PostgreSQL, so every BFF instance counts against the same limit.
 */
import { sql, type Kysely } from 'kysely'
import type { ClientRateLimitInfo, Store } from 'hono-rate-limiter'
import type { Database } from '../db/schema'
import type { AppEnv } from '../../http/env'

export function tellerStore(db: Kysely<Database>, naam: string): Store<AppEnv> {
  let windowMs = 60_000
  const sleutel = (key: string) => `${naam}:${key}`
  return {
    init(options) {
      windowMs = options.windowMs
    },
    async increment(key): Promise<ClientRateLimitInfo> {
      const now = new Date()
      const reset = new Date(now.getTime() + windowMs).toISOString()
      const { rows } = await sql<{ teller: number; reset_op: string }>`
        INSERT INTO platform_teller (sleutel, teller, reset_op)
        VALUES (${sleutel(key)}, 1, ${reset})
        ON CONFLICT (sleutel) DO UPDATE SET
          teller = CASE WHEN platform_teller.reset_op <= ${now.toISOString()}
                        THEN 1 ELSE platform_teller.teller + 1 END,
          reset_op = CASE WHEN platform_teller.reset_op <= ${now.toISOString()}
                          THEN excluded.reset_op ELSE platform_teller.reset_op END
        RETURNING teller, reset_op`.execute(db)
      const row = rows[0]!
      return { totalHits: Number(row.teller), resetTime: new Date(row.reset_op) }
    },
    async decrement(key) {
      await db
        .updateTable('platform_teller')
        .set((eb) => ({ teller: eb('teller', '-', 1) }))
        .where('sleutel', '=', sleutel(key))
        .where('teller', '>', 0)
        .execute()
    },
    async resetKey(key) {
      await db.deleteFrom('platform_teller').where('sleutel', '=', sleutel(key)).execute()
    },
  }
}

/** Counters whose window ended: removed by the BFF's periodic sweep. */
export async function deleteExpiredTellers(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('platform_teller').where('reset_op', '<=', now.toISOString()).execute()
}
