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
    drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
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
