/**
 * Full-text search behind one query, on either database: SQLite's FTS5 (in better-sqlite3) and
 * PostgreSQL's `tsvector` with the `dutch` configuration (stemming: "storingen" finds
 * "storing"). A section declares the index once, creates it in a migration and starts a list's
 * query from it; a search then costs an index lookup instead of a `LIKE '%…%'` over every row.
 *
 * Every word must occur (in any of the columns), as a whole word. A referentie is its parts and
 * itself joined: `HD-2022-4F7A2C` is found by `HD-2022-4F7A2C`, `HD-2022`, `4f7a2c` and
 * `hd20224f7a2c`. Whole words keep both databases on their indexes: a prefix would have
 * PostgreSQL guess its selectivity, and guess wrong for a rare one.
 *
 * - SQLite: a contentless FTS5 table `<tabel>_zoek` keyed on the table's rowid, kept up to date
 *   by triggers. A search that matches few rows starts from them (FTS5 first, then the rows by
 *   rowid); one that matches many walks the list's own index in its order and checks each row
 *   with the same word rules in a function (`duo_zoek`), so a common word costs a page, not every
 *   row that has it. The rowid of a table without INTEGER PRIMARY KEY may change on `VACUUM`:
 *   call `herbouw` after one (the portal itself never vacuums).
 * - PostgreSQL: a stored generated column `zoekvector` with a GIN index. The same choice as on
 *   SQLite, made by a bounded count first: few matches are looked up by primary key (the planner
 *   would guess 0.5 % for a rare word and walk the list's order past every row), many are
 *   checked along the list's own order.
 *
 * A search with few matches is counted; one with many on SQLite is not (`telbaar` is false:
 * counting would check every row), and its list says "volgende" instead of a total.
 *
 * @example
 * // api/zoek.ts
 * export const meldingZoek = zoekIndex({ tabel: 'helpdesk_melding', kolommen: ['onderwerp', 'referentie'] })
 * // api/migrations/0003_zoeken.ts
 * export const up = (db: Kysely<any>) => meldingZoek.maak(db)
 * // api/meldingen/store.ts
 * const { q } = await meldingZoek.van(db, 'm', filter.zoek) // db.selectFrom('helpdesk_melding as m'), searched
 */
import type SqliteDatabase from 'better-sqlite3'
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { dialectOf } from './dialect'

const NAAM = /^[a-z][a-z0-9_]*$/
/** More words than this in one search are left out: they would only narrow a short list. */
const MAX_WOORDEN = 8
/**
 * Up to this many matches a search starts from its matches; beyond it, from the list's order.
 * Either way a page costs at most about this many rows (√(26 × 100,000) ≈ 1,600 is the break-even
 * of the two at 100,000 rows).
 */
const VEEL_TREFFERS = 1_000

export interface ZoekIndexDefinitie<T extends string = string> {
  /** The table whose rows are searched (snake_case, as in the database). */
  tabel: T
  /** Its text columns that hold the words (nullable ones too). */
  kolommen: readonly string[]
  /** Its primary key (one column; PostgreSQL looks up few matches by it). Default `id`. */
  sleutel?: string
}

/** A list's query from the table, only its rows that match the search. */
interface Gezocht<Q> {
  q: Q
  /**
   * Whether counting the matches is cheap (few of them). A list answers a search that matches
   * many rows without a total: "volgende" says there is more.
   */
  telbaar: boolean
}

export interface ZoekIndex<T extends string = string> extends ZoekIndexDefinitie<T> {
  /** In a migration: creates the index (and its triggers) and fills it from the table's rows. */
  maak(db: Kysely<any>): Promise<void>
  /** Fills the SQLite index again from the table (after a VACUUM); nothing on PostgreSQL. */
  herbouw(db: Kysely<any>): Promise<void>
  /**
   * `db.selectFrom('<tabel> as <alias>')` with only the rows that hold every word of `tekst`
   * (all rows for a text without words). Select with the alias (`selectAll(alias)`).
   */
  van<DB, A extends string>(
    db: Kysely<DB>,
    alias: A,
    tekst: string | undefined,
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Kysely's "nothing selected yet"
  ): Promise<Gezocht<SelectQueryBuilder<DB & { [K in A]: DB[T & keyof DB] }, A, {}>>>
  /**
   * The condition "the row of `alias` holds every word of `tekst`", for a query that cannot
   * start from `van` (a union's part). Matches every row for a text without words.
   */
  filter(db: Kysely<any>, alias: string, tekst: string): RawBuilder<SqlBool>
}

const zonderAccenten = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/** Characters that join the parts of a referentie into one word too (`HD-2022-4F7A2C`). */
const VERBINDERS = /[-./_]+/g
const SCHEIDING = /[^\p{L}\p{N}]+/u

/**
 * The words of a search, as both indexes hold them: letters and digits, lower case. A referentie
 * typed with its dashes is its parts (`BB-2022` finds every `BB-2022-…`); the index also holds
 * each referentie joined, so one typed without them (`hd20224f7a2c`) is found too. Each
 * database folds accents its own way.
 */
export function zoekWoorden(tekst: string): string[] {
  const woorden = tekst.normalize('NFKC').toLowerCase().split(SCHEIDING).filter(Boolean)
  return [...new Set(woorden)].slice(0, MAX_WOORDEN).map((w) => w.slice(0, 60))
}

/** Printable ASCII needs no accent folding (the common case, and the fast one). */
const ASCII = /^[ -~]*$/
const gezochtCache = new Map<string, string[]>()

/** The words of a text as the index has them: its parts, and its joined referenties. */
function woordenVan(tekst: string): string[] {
  const schoon = ASCII.test(tekst) ? tekst.toLowerCase() : zonderAccenten(tekst)
  const delen = schoon.split(SCHEIDING)
  VERBINDERS.lastIndex = 0
  return VERBINDERS.test(schoon)
    ? delen.concat(schoon.replace(VERBINDERS, '').split(SCHEIDING))
    : delen
}

/**
 * `duo_zoek(tekst, woorden)` for SQLite: 1 when the text holds every word, by the rules of the
 * FTS5 index (unicode61, accents removed). The BFF's SQLite connection registers it
 * (`create-db.ts`).
 */
export function registreerZoekFuncties(sqlite: SqliteDatabase.Database): void {
  sqlite.function(
    'duo_zoek',
    { deterministic: true, directOnly: true },
    (tekst: unknown, woorden: unknown) => {
      if (typeof tekst !== 'string' || typeof woorden !== 'string') return 0
      let gezocht = gezochtCache.get(woorden)
      if (!gezocht) {
        if (gezochtCache.size > 100) gezochtCache.clear()
        gezocht = zonderAccenten(woorden).split(' ')
        gezochtCache.set(woorden, gezocht)
      }
      const inTekst = woordenVan(tekst)
      for (const w of gezocht) if (!inTekst.includes(w)) return 0
      return 1
    },
  )
}

export function zoekIndex<T extends string>(definitie: ZoekIndexDefinitie<T>): ZoekIndex<T> {
  const { tabel, kolommen, sleutel = 'id' } = definitie
  if (
    !NAAM.test(tabel) ||
    !NAAM.test(sleutel) ||
    !kolommen.length ||
    !kolommen.every((k) => NAAM.test(k))
  )
    throw new Error(`Ongeldige zoekindex op ${tabel}(${kolommen.join(', ')})`)
  const fts = `${tabel}_zoek`

  /** PostgreSQL: each column's words (punctuation as spaces) and its joined referenties. */
  const pgDocument = sql.raw(
    kolommen
      .map(
        (k) =>
          `regexp_replace(coalesce(${k}, ''), '[^[:alnum:]]+', ' ', 'g') || ' ' || ` +
          `regexp_replace(coalesce(${k}, ''), '[-./_]+', '', 'g')`,
      )
      .join(` || ' ' || `),
  )
  /** SQLite: the same document, for the FTS5 table (the tokenizer splits on punctuation). */
  const sqliteDocument = (rij: string) =>
    sql.raw(
      kolommen
        .map((k) => {
          const kolom = `coalesce(${rij}.${k}, '')`
          return `${kolom} || ' ' || replace(replace(replace(replace(${kolom}, '-', ''), '.', ''), '/', ''), '_', '')`
        })
        .join(` || ' ' || `),
    )
  const sqliteTekst = (alias: string) =>
    sql.raw(kolommen.map((k) => `coalesce(${alias}.${k}, '')`).join(` || ' ' || `))
  /** FTS5: every word quoted (letters and digits only: no FTS5 syntax gets through). */
  const ftsVraag = (woorden: string[]) => woorden.map((w) => `"${w}"`).join(' ')
  const pgVraag = (woorden: string[]) => woorden.join(' & ')

  /**
   * Whether a search on PostgreSQL matches few rows (≤ VEEL_TREFFERS). The planner would guess
   * 0.5 % for a rare word and walk the list's order past every row, and counting from the GIN
   * index reads a common word's whole posting list; the column's statistics (most common
   * lexemes and their share, kept by (auto)analyze) answer without reading any row. Without
   * statistics yet, a bounded count decides.
   */
  async function pgWeinig(db: Kysely<any>, woorden: string[]): Promise<boolean> {
    const { rows } = await sql<{ rijen: number | null; aandeel: number | null; bekend: boolean }>`
      with s as (
        select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
        from pg_stats where schemaname = current_schema() and tablename = ${tabel} and attname = 'zoekvector'
      ), w as (
        select unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, ${woorden.join(' ')}))) as lexeme
      )
      select (select reltuples from pg_class where oid = ${tabel}::regclass) as rijen,
        exists (select 1 from s) as bekend,
        (select min(coalesce((select f.freq from s, unnest(s.elems, s.freqs) as f(elem, freq)
           where f.elem = w.lexeme), 0)) from w) as aandeel`.execute(db)
    const r = rows[0]
    if (r?.bekend && r.rijen !== null && Number(r.rijen) >= 0)
      return (r.aandeel ?? 0) * Number(r.rijen) <= VEEL_TREFFERS
    const { rows: geteld } = await sql<{
      n: string
    }>`select count(*) as n from (select 1 from ${sql.table(tabel)}
      where zoekvector @@ to_tsquery('dutch'::regconfig, ${pgVraag(woorden)}) limit ${VEEL_TREFFERS + 1}) t`.execute(
      db,
    )
    return Number(geteld[0]?.n ?? 0) <= VEEL_TREFFERS
  }

  return {
    tabel,
    kolommen,

    async maak(db) {
      if (dialectOf(db) === 'postgres') {
        await sql`ALTER TABLE ${sql.table(tabel)} ADD COLUMN zoekvector tsvector
          GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, ${pgDocument})) STORED`.execute(db)
        await sql`CREATE INDEX ${sql.id(`${fts}_idx`)} ON ${sql.table(tabel)} USING gin (zoekvector)`.execute(
          db,
        )
        return
      }
      const t = sql.id(fts)
      const bron = sql.id(tabel)
      const cols = sql.raw(kolommen.join(', '))
      await sql`CREATE VIRTUAL TABLE ${t} USING fts5(tekst, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
        db,
      )
      await sql`CREATE TRIGGER ${sql.id(`${fts}_ai`)} AFTER INSERT ON ${bron} BEGIN
        INSERT INTO ${t}(rowid, tekst) VALUES (new.rowid, ${sqliteDocument('new')}); END`.execute(
        db,
      )
      await sql`CREATE TRIGGER ${sql.id(`${fts}_ad`)} AFTER DELETE ON ${bron} BEGIN
        DELETE FROM ${t} WHERE rowid = old.rowid; END`.execute(db)
      await sql`CREATE TRIGGER ${sql.id(`${fts}_au`)} AFTER UPDATE OF ${cols} ON ${bron} BEGIN
        DELETE FROM ${t} WHERE rowid = old.rowid;
        INSERT INTO ${t}(rowid, tekst) VALUES (new.rowid, ${sqliteDocument('new')}); END`.execute(
        db,
      )
      await this.herbouw(db)
    },

    async herbouw(db) {
      if (dialectOf(db) === 'postgres') return
      await sql`DELETE FROM ${sql.id(fts)}`.execute(db)
      await sql`INSERT INTO ${sql.id(fts)}(rowid, tekst)
        SELECT rowid, ${sqliteDocument('t')} FROM ${sql.table(tabel)} AS t`.execute(db)
    },

    async van(db, alias, tekst) {
      if (!NAAM.test(alias)) throw new Error(`Ongeldige alias ${alias}`)
      // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
      type Q = SelectQueryBuilder<any, any, {}>
      const gewoon = (db as Kysely<any>).selectFrom(`${tabel} as ${alias}`) as Q
      const woorden = zoekWoorden(tekst ?? '')
      if (!woorden.length) return { q: gewoon, telbaar: true } as never
      if (dialectOf(db) === 'postgres') {
        const vraag = sql<SqlBool>`zoekvector @@ to_tsquery('dutch'::regconfig, ${pgVraag(woorden)})`
        const weinig = await pgWeinig(db, woorden)
        return {
          q: weinig
            ? // Few: their keys first (one bitmap scan), then those rows by primary key.
              gewoon.where(
                sql<SqlBool>`${sql.ref(`${alias}.${sleutel}`)} = any(array(select ${sql.ref(sleutel)} from ${sql.table(tabel)} where ${vraag}))`,
              )
            : // Many: the list's own index in its order, each row checked until the page is full.
              gewoon.where(
                sql<SqlBool>`${sql.ref(`${alias}.zoekvector`)} @@ to_tsquery('dutch'::regconfig, ${pgVraag(woorden)})`,
              ),
          // Few: counting them costs what the page costs; many: it would read them all.
          telbaar: weinig,
        } as never
      }
      const vraag = ftsVraag(woorden)
      // How many rows match, counted no further than VEEL_TREFFERS (FTS5 reads lazily).
      const { rows } = await sql<{
        n: number
      }>`select count(*) as n from (select rowid from ${sql.id(fts)}
        where ${sql.id(fts)} match ${vraag} limit ${VEEL_TREFFERS + 1})`.execute(db)
      if (Number(rows[0]?.n ?? 0) <= VEEL_TREFFERS) {
        // Few: start from the matches (CROSS JOIN keeps that order), then their rows by rowid.
        const q = (
          ((db as Kysely<any>).selectFrom(sql.table(fts).as(fts) as never) as Q).crossJoin(
            `${tabel} as ${alias}` as never,
          ) as Q
        )
          .where(sql<SqlBool>`${sql.id(fts)} match ${vraag}`)
          .where(sql<SqlBool>`${sql.ref(`${alias}.rowid`)} = ${sql.ref(`${fts}.rowid`)}`)
        // At most VEEL_TREFFERS matches: counting them is as cheap as the page.
        return { q: q as unknown as Q, telbaar: true } as never
      }
      // Many: the list's own index in its order, each row checked until the page is full.
      return {
        q: gewoon.where(sql<SqlBool>`duo_zoek(${sqliteTekst(alias)}, ${woorden.join(' ')})`),
        telbaar: false,
      } as never
    },

    filter(db, alias, tekst) {
      if (!NAAM.test(alias)) throw new Error(`Ongeldige alias ${alias}`)
      const woorden = zoekWoorden(tekst)
      if (!woorden.length) return sql<SqlBool>`1 = 1`
      if (dialectOf(db) === 'postgres')
        return sql<SqlBool>`${sql.ref(`${alias}.zoekvector`)} @@ to_tsquery('dutch'::regconfig, ${pgVraag(woorden)})`
      return sql<SqlBool>`${sql.ref(`${alias}.rowid`)} in (select rowid from ${sql.id(fts)} where ${sql.id(fts)} match ${ftsVraag(woorden)})`
    },
  }
}

/** One step of merging: at most this many pages of an FTS5 index written (a few ms). */
const MERGE_PAGINAS = 500

/**
 * Keeps SQLite's full-text indexes compact. FTS5 writes every transaction as a new segment and
 * merges them only now and then, so a growing index is read from many segments: a search for
 * a referentie (a rare word beside two common ones) took 45 µs at 100,000 rows, 6 µs once
 * merged. Each step merges at most `MERGE_PAGINAS` pages (its own short write), until nothing
 * is left to merge or `maxStappen` is reached; the portal runs it with its minute sweep.
 * PostgreSQL's GIN indexes are kept by (auto)vacuum: nothing to do there.
 * @returns how many steps did work
 */
export async function compacteerZoekindexen(db: Kysely<any>, maxStappen = 20): Promise<number> {
  if (dialectOf(db) === 'postgres') return 0
  const { rows: tabellen } = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and sql like 'CREATE VIRTUAL TABLE % USING fts5(%'`.execute(db)
  let stappen = 0
  for (const { name } of tabellen) {
    if (!NAAM.test(name)) continue
    const t = sql.id(name)
    for (let i = 0; i < maxStappen; i++) {
      // One connection for the step and its count: total_changes() grows beyond the command
      // itself only when the merge wrote pages.
      const werk = await db.connection().execute(async (c) => {
        const voor = await sql<{ n: number }>`select total_changes() as n`.execute(c)
        await sql`insert into ${t}(${t}, rank) values ('merge', ${-MERGE_PAGINAS})`.execute(c)
        const na = await sql<{ n: number }>`select total_changes() as n`.execute(c)
        return Number(na.rows[0]!.n) - Number(voor.rows[0]!.n) > 1
      })
      if (!werk) break
      stappen++
    }
  }
  return stappen
}
