import pg from 'pg'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTransaction } from '../../db/dialect'
import { createTestDb, dialectsUnderTest } from './test-db'
import type { DbHandle } from './create-db'

// What several BFF instances need when PostgreSQL goes away for a moment (npm run drill).
describe.skipIf(!dialectsUnderTest.includes('postgres'))('PostgreSQL away for a moment', () => {
  let h: DbHandle
  let db: Kysely<{ proef: { id: string } }>
  let name: string
  const admin = () => {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    return c.connect().then(() => c)
  }
  /** Ends every connection to the test database, as a failover or `pg_terminate_backend` does. */
  async function cut() {
    const c = await admin()
    await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      name,
    ])
    await c.end()
  }

  beforeAll(async () => {
    h = await createTestDb('postgres', { migrate: false })
    db = h.db as unknown as typeof db
    name = (await sql<{ n: string }>`SELECT current_database() AS n`.execute(db)).rows[0]!.n
    await sql`CREATE TABLE proef (id text PRIMARY KEY)`.execute(db)
  })
  afterAll(() => h.close())

  it('reads again on a fresh connection when its connection was cut', async () => {
    await cut()
    const r = await sql<{ een: number }>`SELECT 1 AS een`.execute(db)
    expect(r.rows[0]?.een).toBe(1)
  })

  it('runs a repeatable transaction again when it was cut before the commit, and once only', async () => {
    let pogingen = 0
    await inTransaction(
      db,
      async (trx) => {
        pogingen++
        await trx.insertInto('proef').values({ id: 'a' }).execute()
        if (pogingen === 1) await cut()
        await trx.insertInto('proef').values({ id: 'b' }).execute()
      },
      { herhaalbaar: true },
    )
    expect(pogingen).toBe(2)
    const rows = await db.selectFrom('proef').select('id').orderBy('id').execute()
    expect(rows.map((r) => r.id)).toEqual(['a', 'b'])
  })

  it('leaves any other transaction to fail, saying nothing was committed', async () => {
    const fout = await inTransaction(db, async (trx) => {
      await trx.insertInto('proef').values({ id: 'c' }).execute()
      await cut()
      await trx.insertInto('proef').values({ id: 'd' }).execute()
    }).catch((e: unknown) => e)
    expect(fout).toMatchObject({ nietVastgelegd: true })
    expect(
      await db.selectFrom('proef').select('id').where('id', 'in', ['c', 'd']).execute(),
    ).toEqual([])
  })

  it('waits while the database refuses connections, then goes on', async () => {
    const c = await admin()
    await c.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`)
    await cut()
    const pending = sql<{ een: number }>`SELECT 1 AS een`.execute(db)
    await new Promise((r) => setTimeout(r, 700))
    await c.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`)
    await c.end()
    expect((await pending).rows[0]?.een).toBe(1)
  })
})
