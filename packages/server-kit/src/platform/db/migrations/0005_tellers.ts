/**
 * Counters of the rate limits (`platform_teller`): in the database, so a limit holds across
 * every BFF instance behind the load balancer.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('platform_teller')
    .addColumn('sleutel', 'text', (c) => c.primaryKey())
    .addColumn('teller', 'integer', (c) => c.notNull())
    .addColumn('reset_op', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('platform_teller_reset_idx')
    .on('platform_teller')
    .column('reset_op')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('platform_teller').execute()
}
