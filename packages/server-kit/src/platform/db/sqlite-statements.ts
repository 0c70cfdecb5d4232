/**
 * better-sqlite3 with its statements kept: Kysely's SQLite driver prepares every query anew,
 * and preparing costs about as much as running one of the portal's small queries (a request
 * runs five). The portal's queries are a few hundred fixed texts, so a bounded map of prepared
 * statements by SQL text serves nearly every query from memory.
 *
 * Safe to share: Kysely gives SQLite one connection at a time (a mutex), so a statement is never
 * used by two queries at once, not even by a stream that iterates it; SQLite re-prepares a
 * statement by itself when a migration changed the schema under it.
 */
import type SqliteDatabase from 'better-sqlite3'
import type { SqliteDatabase as KyselySqlite } from 'kysely'

export function metVasteStatements(sqlite: SqliteDatabase.Database, max = 500): KyselySqlite {
  const statements = new Map<string, SqliteDatabase.Statement>()
  return {
    close: () => {
      statements.clear()
      sqlite.close()
    },
    prepare(sql: string) {
      let stmt = statements.get(sql)
      if (!stmt) {
        stmt = sqlite.prepare(sql)
        // Full: start again rather than track use; texts that are built per call (IN lists of
        // every length) then cannot push the steady ones out for long.
        if (statements.size >= max) statements.clear()
        statements.set(sql, stmt)
      }
      return stmt
    },
  }
}
