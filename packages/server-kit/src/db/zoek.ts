/**
 * Full-text search behind one query, on either database: SQLite's FTS5 (in better-sqlite3) and
 * PostgreSQL's `tsvector` with the `dutch` configuration (stemming: "storingen" finds
 * "storing"). A section declares the index once, creates it in a migration and adds its
 * condition to a list's query; a search then costs an index lookup instead of a `LIKE '%…%'`
 * over every row.
 *
 * Words are matched from their start (`ins` finds "inschrijving"), all words must occur
 * (in any of the columns), and punctuation separates words on both sides (`HD-2022-4F7A2C`
 * is the words `hd 2022 4f7a2c`), so a referentie is found whole or by its parts.
 *
 * - SQLite: an external-content FTS5 table `<tabel>_zoek` over the table's rowid, kept up to
 *   date by triggers. The rowid of a table without INTEGER PRIMARY KEY may change on a `VACUUM`:
 *   call `herbouw` after one (the portal itself never vacuums).
 * - PostgreSQL: a GIN index on the expression `to_tsvector('dutch', …)`; no extra column, so
 *   `selectAll()` stays the table's own columns.
 *
 * @example
 * // api/zoek.ts
 * export const meldingZoek = zoekIndex({ tabel: 'helpdesk_melding', kolommen: ['onderwerp', 'referentie'] })
 * // api/migrations/0003_zoeken.ts
 * export const up = (db: Kysely<any>) => meldingZoek.maak(db)
 * // api/meldingen/store.ts
 * if (filter.zoek) q = q.where(meldingZoek.filter(db, 'm', filter.zoek))
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import { dialectOf } from './dialect'

const NAAM = /^[a-z][a-z0-9_]*$/
/** More words than this in one search are left out: they would only narrow a short list. */
const MAX_WOORDEN = 8

export interface ZoekIndexDefinitie {
  /** The table whose rows are searched (snake_case, as in the database). */
  tabel: string
  /** Its text columns that hold the words (nullable ones too). */
  kolommen: readonly string[]
}

export interface ZoekIndex extends ZoekIndexDefinitie {
  /** In a migration: creates the index (and its triggers) and fills it from the table's rows. */
  maak(db: Kysely<any>): Promise<void>
  /** Fills the SQLite index again from the table (after a VACUUM); nothing on PostgreSQL. */
  herbouw(db: Kysely<any>): Promise<void>
  /**
   * The condition "the row of `alias` holds every word of `tekst`", for `.where(…)`. A text
   * without words matches every row.
   */
  filter(db: Kysely<any>, alias: string, tekst: string): RawBuilder<SqlBool>
}

/** The words of a search as the index has them: letters and digits, lower case. */
export function zoekWoorden(tekst: string): string[] {
  const woorden = tekst
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return [...new Set(woorden)].slice(0, MAX_WOORDEN).map((w) => w.slice(0, 60))
}

export function zoekIndex(definitie: ZoekIndexDefinitie): ZoekIndex {
  const { tabel, kolommen } = definitie
  if (!NAAM.test(tabel) || !kolommen.length || !kolommen.every((k) => NAAM.test(k)))
    throw new Error(`Ongeldige zoekindex op ${tabel}(${kolommen.join(', ')})`)
  const fts = `${tabel}_zoek`

  /** The document of a row on PostgreSQL: punctuation as spaces, as the query's words are made. */
  const vector = (alias: string | null) => {
    const delen = kolommen.map(
      (k) =>
        sql`regexp_replace(coalesce(${alias ? sql.ref(`${alias}.${k}`) : sql.ref(k)}, ''), '[^[:alnum:]]+', ' ', 'g')`,
    )
    return sql`to_tsvector('dutch'::regconfig, ${sql.join(delen, sql` || ' ' || `)})`
  }

  return {
    tabel,
    kolommen,

    async maak(db) {
      if (dialectOf(db) === 'postgres') {
        await sql`CREATE INDEX ${sql.id(`${fts}_idx`)} ON ${sql.table(tabel)} USING gin (${vector(null)})`.execute(
          db,
        )
        return
      }
      const cols = sql.raw(kolommen.join(', '))
      const nieuw = sql.raw(kolommen.map((k) => `new.${k}`).join(', '))
      const oud = sql.raw(kolommen.map((k) => `old.${k}`).join(', '))
      const t = sql.id(fts)
      const bron = sql.id(tabel)
      await sql`CREATE VIRTUAL TABLE ${t} USING fts5(${cols}, content=${sql.lit(tabel)}, content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`.execute(
        db,
      )
      await sql`CREATE TRIGGER ${sql.id(`${fts}_ai`)} AFTER INSERT ON ${bron} BEGIN
        INSERT INTO ${t}(rowid, ${cols}) VALUES (new.rowid, ${nieuw}); END`.execute(db)
      await sql`CREATE TRIGGER ${sql.id(`${fts}_ad`)} AFTER DELETE ON ${bron} BEGIN
        INSERT INTO ${t}(${t}, rowid, ${cols}) VALUES ('delete', old.rowid, ${oud}); END`.execute(db)
      await sql`CREATE TRIGGER ${sql.id(`${fts}_au`)} AFTER UPDATE OF ${cols} ON ${bron} BEGIN
        INSERT INTO ${t}(${t}, rowid, ${cols}) VALUES ('delete', old.rowid, ${oud});
        INSERT INTO ${t}(rowid, ${cols}) VALUES (new.rowid, ${nieuw}); END`.execute(db)
      await this.herbouw(db)
    },

    async herbouw(db) {
      if (dialectOf(db) === 'postgres') return
      await sql`INSERT INTO ${sql.id(fts)}(${sql.id(fts)}) VALUES ('rebuild')`.execute(db)
    },

    filter(db, alias, tekst) {
      if (!NAAM.test(alias)) throw new Error(`Ongeldige alias ${alias}`)
      const woorden = zoekWoorden(tekst)
      if (!woorden.length) return sql<SqlBool>`1 = 1`
      if (dialectOf(db) === 'postgres') {
        const vraag = woorden.map((w) => `${w}:*`).join(' & ')
        return sql<SqlBool>`${vector(alias)} @@ to_tsquery('dutch'::regconfig, ${vraag})`
      }
      // Each word quoted (no FTS5 syntax gets through), as a prefix; all of them must match.
      const vraag = woorden.map((w) => `"${w}"*`).join(' ')
      return sql<SqlBool>`${sql.ref(`${alias}.rowid`)} in (select rowid from ${sql.id(fts)} where ${sql.id(fts)} match ${vraag})`
    },
  }
}
