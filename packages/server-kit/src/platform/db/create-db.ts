import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { DialectName } from '../../db/dialect'
import type { Database } from './schema'
import { veerkrachtigePool } from './pg-pool'
import { metVasteStatements } from './sqlite-statements'
import { registreerZoekFuncties } from '../../db/zoek'

export interface DbConfig {
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is refused. */
  databaseUrl?: string | undefined
  /** Folder for `portal.sqlite` when no `databaseUrl` is given. Default `./data`. */
  dataDir?: string | undefined
  /** SQLite file to use instead of `${dataDir}/portal.sqlite`; `':memory:'` for tests. */
  sqliteFile?: string | undefined
  /** Size of the PostgreSQL pool. Default 10. */
  poolMax?: number | undefined
  /** How long a request waits for PostgreSQL to come back before it fails. Default 15 s. */
  wachtMs?: number | undefined
}

export interface DbHandle {
  db: Kysely<Database>
  dialect: DialectName
  /** Closes the pool or the SQLite file. */
  close(): Promise<void>
}

/** Reads `DATABASE_URL` and `DUO_DATA_DIR` (default `./data`). */
export function dbConfigFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DUO_DATA_DIR || './data' }
}

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url)

/**
 * Opens the portal database: PostgreSQL when `databaseUrl` is a postgres URL, otherwise SQLite
 * (WAL, foreign keys on) at `${dataDir}/portal.sqlite`, or `:memory:`.
 *
 * @example
 * const { db, dialect, close } = createDb(dbConfigFromEnv())
 * await migrateToLatest(db)
 */
export function createDb(config: DbConfig = {}): DbHandle {
  if (config.databaseUrl) {
    if (!isPostgresUrl(config.databaseUrl)) {
      throw new Error(
        'DATABASE_URL moet met postgres:// of postgresql:// beginnen (of leeg zijn voor SQLite)',
      )
    }
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolMax ?? 10 })
    // An idle client that loses its connection emits 'error' on the pool; without a listener
    // that would crash the process. The next query gets a fresh connection.
    pool.on('error', () => {})
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: veerkrachtigePool(pool, { wachtMs: config.wachtMs }) }),
    })
    return { db, dialect: 'postgres', close: () => db.destroy() }
  }

  const file = config.sqliteFile ?? join(config.dataDir ?? './data', 'portal.sqlite')
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const sqlite = new SqliteDatabase(file)
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  registreerZoekFuncties(sqlite)
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: metVasteStatements(sqlite) }),
  })
  return { db, dialect: 'sqlite', close: () => db.destroy() }
}
