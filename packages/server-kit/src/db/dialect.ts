/**
 * The few places where SQLite and PostgreSQL differ. Everything outside `db/` writes the same
 * Kysely queries for both; when a difference shows up, it gets a helper here.
 */
import { randomUUID } from 'node:crypto'
import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely'

export type DialectName = 'sqlite' | 'postgres'

/** Which dialect a Kysely handle (or transaction) talks to. */
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** Adds an integer auto-increment primary key (`INTEGER PRIMARY KEY AUTOINCREMENT` / identity). */
export function addAutoIncrementPrimaryKey<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
  column: string,
  dialect: DialectName,
): CreateTableBuilder<T, C> {
  return dialect === 'postgres'
    ? table.addColumn(column, 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement())
}

/**
 * Makes a table refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) with a trigger, so an
 * append-only log stays append-only even for code that bypasses the stores.
 */
export async function makeAppendOnly(db: Kysely<any>, table: string): Promise<void> {
  const message = `${table} is append-only`
  if (dialectOf(db) === 'postgres') {
    const fn = sql.id(`${table}_append_only`)
    await sql`CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '${sql.raw(message)}'; END $$`.execute(db)
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_change`)}
      BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db)
    return
  }
  for (const op of ['UPDATE', 'DELETE'] as const) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_${op.toLowerCase()}`)}
      BEFORE ${sql.raw(op)} ON ${sql.table(table)}
      BEGIN SELECT RAISE(ABORT, '${sql.raw(message)}'); END`.execute(db)
  }
}

/** True when the error is a unique-constraint violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  )
}

/** New row id: a random UUID, made by the app so inserts are the same on both dialects. */
export function newId(): string {
  return randomUUID()
}

/** Normalises a moment to the stored form: ISO-8601 UTC with milliseconds. */
export function toIso(moment: Date | string | number): string {
  const d = moment instanceof Date ? moment : new Date(moment)
  if (Number.isNaN(d.getTime())) throw new RangeError(`Geen geldig tijdstip: ${String(moment)}`)
  return d.toISOString()
}

export const toIntBool = (b: boolean): 0 | 1 => (b ? 1 : 0)
export const fromIntBool = (n: number | null | undefined): boolean => n === 1

/**
 * Runs `fn` in a transaction, or inside the caller's when `db` already is one, so store
 * functions compose into a larger transaction (e.g. a grant plus its audit entry).
 * `herhaalbaar`: `fn` touches nothing but the database, so when the connection to PostgreSQL is
 * lost before the commit it runs again (up to three times) instead of failing the request.
 */
export async function inTransaction<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Kysely<DB>) => Promise<T>,
  opties: { herhaalbaar?: boolean } = {},
): Promise<T> {
  if (db.isTransaction) return fn(db)
  for (let poging = 1; ; poging++) {
    try {
      return await db.transaction().execute(fn)
    } catch (err) {
      // PostgreSQL went away before the commit (see platform/db/pg-pool.ts): nothing of it was
      // written, so a transaction that only touches the database may simply run again.
      const nietVastgelegd = (err as { nietVastgelegd?: boolean } | null)?.nietVastgelegd
      if (!opties.herhaalbaar || !nietVastgelegd || poging >= 3) throw err
      await new Promise((r) => setTimeout(r, 100 * poging))
    }
  }
}
