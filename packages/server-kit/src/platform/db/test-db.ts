/**
 * Fresh, migrated databases for tests, one per test file and dialect: SQLite `:memory:` always,
 * PostgreSQL too when `TEST_DATABASE_URL` is set (`node scripts/postgres.mjs start` prints one).
 * Each PostgreSQL test database is created with a random name and dropped afterwards, so test
 * files run in parallel. The role in `TEST_DATABASE_URL` needs CREATEDB.
 *
 * @example
 * describe.each(dialectsUnderTest)('grants (%s)', (dialect) => {
 *   const t = useTestDb(dialect)
 *   it('…', async () => { await addGrant(t.db, …) })
 * })
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { createDb, type DbHandle } from './create-db'
import type { DialectName } from '../../db/dialect'
import { migrateToLatest } from './migrate'

const testUrl = process.env.TEST_DATABASE_URL || undefined

/** The dialects this run tests against. */
export const dialectsUnderTest: DialectName[] = testUrl ? ['sqlite', 'postgres'] : ['sqlite']

/** A fresh, migrated database; `close()` also drops it on PostgreSQL. */
export async function createTestDb(
  dialect: DialectName,
  opts: { migrate?: boolean } = {},
): Promise<DbHandle> {
  let handle: DbHandle
  let drop = async () => {}
  if (dialect === 'sqlite') {
    handle = createDb({ sqliteFile: ':memory:' })
  } else {
    if (!testUrl) throw new Error('TEST_DATABASE_URL is niet gezet')
    const name = `duo_t_${randomBytes(6).toString('hex')}`
    await admin(`CREATE DATABASE ${name}`)
    const url = new URL(testUrl)
    url.pathname = `/${name}`
    handle = createDb({ databaseUrl: url.toString(), poolMax: 4 })
    drop = () => dropDatabase(name)
  }
  if (opts.migrate !== false) await migrateToLatest(handle.db)
  const close = handle.close
  return {
    ...handle,
    close: async () => {
      await close()
      await drop()
    },
  }
}

/**
 * Drops a test database. `WITH (FORCE)` ends the test's own connections, but a role that is not
 * a superuser may not end an autovacuum worker that happens to be in it (SQLSTATE 42501): wait
 * for the worker (it is quick on a test database) and try again. A database still held after
 * that is left behind with a warning; it is a throw-away one, and the tests have passed.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let poging = 1; ; poging++) {
    try {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      return
    } catch (error) {
      if ((error as { code?: string }).code !== '42501') throw error
      if (poging === 20) {
        console.warn(`Testdatabase ${name} niet verwijderd (autovacuum bezig): ${String(error)}`)
        return
      }
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * Registers `beforeAll`/`afterAll` hooks that open a fresh database for the enclosing describe
 * block; read `.db` inside tests.
 */
export function useTestDb(dialect: DialectName): DbHandle {
  let handle: DbHandle | undefined
  beforeAll(async () => {
    handle = await createTestDb(dialect)
  }, 60_000)
  afterAll(async () => {
    await handle?.close()
  })
  const current = () => {
    if (!handle) throw new Error('Testdatabase is nog niet geopend (alleen in tests te gebruiken)')
    return handle
  }
  return {
    get db() {
      return current().db
    },
    dialect,
    close: () => current().close(),
  }
}
