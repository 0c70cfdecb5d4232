/**
 * Lists that do not slow down with their size, the same on SQLite and PostgreSQL:
 *
 * - **keyset pages** (`pagineer`): the next page starts after the last row of this one
 *   (`?na=<cursor>`), the previous ends before its first (`?voor=<cursor>`), so page 400 costs
 *   what page 1 costs: one index range, `aantal + 1` rows. `?pagina=n` still works (an offset:
 *   cheap near the start, for old links and the first page);
 * - **bounded counts** (`telBegrensd`): "1.000 of meer" instead of reading a million rows to say
 *   "1.000.017".
 *
 * The order must end in a unique column (the id), and its columns must be NOT NULL: a cursor
 * compares the row values `(a, id) < (x, y)`, which both databases answer from an index on
 * `(…filters, a, id)`.
 *
 * @example
 * const q = db.selectFrom('helpdesk_melding as m').selectAll('m').where('m.bestuursnummer', '=', nr)
 * const pagina = await pagineer(q, [{ kolom: 'm.updated_at', richting: 'desc' }, { kolom: 'm.id', richting: 'desc' }], filter)
 * const telling = await telBegrensd(db, q)
 * return { meldingen: pagina.rijen.map(toMelding), ...lijstInfo(pagina, telling) }
 */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { z } from 'zod'
import { ongeldigeInvoer } from '../http/errors'
import { tekst } from '../http/validation'

/** The most rows one page may hold, whatever is asked. */
export const MAX_PAGINA_GROOTTE = 100
/** Where a count stops: beyond it the list says "1.000 of meer". */
export const TEL_TOT = 1000

/** Where a page starts: a page number (offset), or after / before a row (a cursor). */
export interface Positie {
  pagina?: number | undefined
  aantal?: number | undefined
  /** The page after the row of this cursor (`volgende` of the page before). */
  na?: string | undefined
  /** The page before the row of this cursor (`vorige` of the page after). */
  voor?: string | undefined
}

/** One column of a list's order. `veld`: the row's property, default the column's own name. */
export interface Sleutel {
  kolom: string
  richting: 'asc' | 'desc'
  veld?: string
}

export interface LijstPagina<R> {
  rijen: R[]
  pagina: number
  aantal: number
  /** Cursor of the next page (`?na=`), null on the last. */
  volgende: string | null
  /** Cursor of the previous page (`?voor=`), null on the first. */
  vorige: string | null
}

export interface Telling {
  /** The number of rows, at most `TEL_TOT`. */
  totaal: number
  /** True when there are more rows than `totaal` (the count stopped there). */
  totaalBegrensd: boolean
}

/** The query parameters `na` and `voor`, as every list accepts them. */
export const cursorParam = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{1,600}$/,
    tekst('Ongeldige positie in de lijst.', 'Invalid position in the list.'),
  )
  .optional()

const geheel = (naam: { nl: string; en: string }) =>
  z
    .string()
    .regex(/^\d{1,6}$/, tekst(`${naam.nl}: geef een heel getal`, `${naam.en}: give a whole number`))
    .transform(Number)
    .pipe(z.number().min(1, tekst(`${naam.nl}: minimaal 1`, `${naam.en}: at least 1`)))

/**
 * The query parameters every list takes, to spread into its schema:
 * `z.object({ status, ...lijstParams })`. A larger page is capped, not refused: the server
 * decides how much one answer may hold. `zoek`: words, at most 100 characters.
 */
export const lijstParams = {
  pagina: geheel({ nl: 'Pagina', en: 'Page' }).optional(),
  aantal: geheel({ nl: 'Aantal', en: 'Number' })
    .transform((n) => Math.min(n, MAX_PAGINA_GROOTTE))
    .optional(),
  na: cursorParam,
  voor: cursorParam,
  zoek: z
    .string()
    .trim()
    .max(100, tekst('Zoek op hoogstens 100 tekens', 'Search for at most 100 characters'))
    .optional(),
}

const cursorFout = (veld: string) =>
  ongeldigeInvoer([
    { veld, nl: 'Ongeldige positie in de lijst.', en: 'Invalid position in the list.' },
  ])

/** A row's position in the order, as an opaque string for the URL. */
export function cursorVan(rij: object, volgorde: readonly Sleutel[]): string {
  const waarden = volgorde.map((s) => {
    const v = (rij as Record<string, unknown>)[veldVan(s)]
    return typeof v === 'bigint' ? Number(v) : v
  })
  return Buffer.from(JSON.stringify(waarden)).toString('base64url')
}

/** The values of a cursor; a 400 on the parameter when it is not one of this order. */
export function leesCursor(
  cursor: string,
  volgorde: readonly Sleutel[],
  veld = 'na',
): Array<string | number> {
  let waarden: unknown
  try {
    waarden = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw cursorFout(veld)
  }
  if (
    !Array.isArray(waarden) ||
    waarden.length !== volgorde.length ||
    !waarden.every((w) => (typeof w === 'string' && w.length <= 200) || Number.isFinite(w))
  )
    throw cursorFout(veld)
  return waarden as Array<string | number>
}

const veldVan = (s: Sleutel) => s.veld ?? s.kolom.slice(s.kolom.lastIndexOf('.') + 1)

/**
 * The condition "after" (or "before") the row with these values in this order. One direction:
 * a row-value comparison, which both databases answer with an index range; mixed directions:
 * the expanded `a < x or (a = x and b > y)`.
 */
export function voorbij(
  volgorde: readonly Sleutel[],
  waarden: ReadonlyArray<string | number>,
  kant: 'na' | 'voor',
): RawBuilder<SqlBool> {
  const op = (s: Sleutel) => ((s.richting === 'asc') === (kant === 'na') ? sql`>` : sql`<`)
  const refs = volgorde.map((s) => sql.ref(s.kolom))
  const vals = waarden.map((w) => sql`${w}`)
  if (volgorde.every((s) => s.richting === volgorde[0]!.richting)) {
    return volgorde.length === 1
      ? sql<SqlBool>`${refs[0]} ${op(volgorde[0]!)} ${vals[0]}`
      : sql<SqlBool>`(${sql.join(refs)}) ${op(volgorde[0]!)} (${sql.join(vals)})`
  }
  const delen = volgorde.map((s, i) => {
    const gelijk = refs.slice(0, i).map((r, j) => sql`${r} = ${vals[j]}`)
    return sql`(${sql.join([...gelijk, sql`${refs[i]} ${op(s)} ${vals[i]}`], sql` and `)})`
  })
  return sql<SqlBool>`(${sql.join(delen, sql` or `)})`
}

/** Page size and number as the server allows them. */
export function grootte(positie: Positie, standaard = 25): { aantal: number; pagina: number } {
  const aantal = Math.min(Math.max(Math.trunc(positie.aantal ?? standaard), 1), MAX_PAGINA_GROOTTE)
  const pagina = Math.max(Math.trunc(positie.pagina ?? 1), 1)
  return { aantal, pagina }
}

/**
 * One page of the query in this order: after `na`, before `voor`, or else page `pagina`. Reads
 * `aantal + 1` rows (the one extra says whether there is a next page), never a count.
 */
export async function pagineer<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  volgorde: readonly Sleutel[],
  positie: Positie,
  opties: { standaard?: number } = {},
): Promise<LijstPagina<O>> {
  const { aantal, pagina } = grootte(positie, opties.standaard)
  const cursor = positie.na ?? positie.voor
  const terug = !positie.na && !!positie.voor
  const geordend = (r: SelectQueryBuilder<DB, TB, O>, omgekeerd: boolean) =>
    volgorde.reduce(
      (acc, s) =>
        acc.orderBy(
          sql.ref(s.kolom),
          (s.richting === 'asc') !== omgekeerd ? 'asc' : 'desc',
        ) as unknown as SelectQueryBuilder<DB, TB, O>,
      r,
    )
  if (cursor) {
    const waarden = leesCursor(cursor, volgorde, terug ? 'voor' : 'na')
    const rijen = (await geordend(
      q.where(voorbij(volgorde, waarden, terug ? 'voor' : 'na') as never),
      terug,
    )
      .limit(aantal + 1)
      .execute()) as O[]
    const meer = rijen.length > aantal
    const deze = rijen.slice(0, aantal)
    if (terug) deze.reverse()
    const eerste = deze[0]
    const laatste = deze[deze.length - 1]
    return {
      rijen: deze,
      pagina,
      aantal,
      volgende: laatste && (terug || meer) ? cursorVan(laatste, volgorde) : null,
      vorige: eerste && (!terug || meer) ? cursorVan(eerste, volgorde) : null,
    }
  }
  const rijen = (await geordend(q, false)
    .limit(aantal + 1)
    .offset((pagina - 1) * aantal)
    .execute()) as O[]
  const deze = rijen.slice(0, aantal)
  const eerste = deze[0]
  const laatste = deze[deze.length - 1]
  return {
    rijen: deze,
    pagina,
    aantal,
    volgende: laatste && rijen.length > aantal ? cursorVan(laatste, volgorde) : null,
    vorige: eerste && pagina > 1 ? cursorVan(eerste, volgorde) : null,
  }
}

/** How long a count that reached its cap is remembered ("1.000 of meer" seldom stops being true). */
export const BOVEN_GRENS_MS = 10_000
/** At most this many such counts per database; when full, start again. */
const MAX_ONTHOUDEN = 10_000
/** Per database, per count query and its parameters: until when it is known to pass its cap. */
const bovenGrens = new WeakMap<object, Map<string, number>>()

/**
 * How many rows the query has, counting no further than `tot`: the same small cost for a list
 * of a hundred and one of a million (`totaalBegrensd` then says "or more"). A count that
 * reached `tot` is remembered for `BOVEN_GRENS_MS` on this instance: a long list is asked for
 * page after page, and reading its first thousand index entries again each time says nothing
 * new. Remembered per exact query, so per bestuur and filter; below the cap nothing is kept.
 */
export async function telBegrensd(
  db: Kysely<any>,

  q: SelectQueryBuilder<any, any, any>,
  tot = TEL_TOT,
): Promise<Telling> {
  const rijen = q
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`1`.as('een'))
    .limit(tot + 1)
  const query = db
    .selectFrom(rijen.as('t'))
    .select((eb) => eb.fn.countAll().as('n'))
    .compile()
  let bekend = bovenGrens.get(db)
  if (!bekend) bovenGrens.set(db, (bekend = new Map()))
  const sleutel = `${query.sql}\u0000${JSON.stringify(query.parameters, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`
  if ((bekend.get(sleutel) ?? 0) > Date.now()) return { totaal: tot, totaalBegrensd: true }
  const { rows } = await db.executeQuery(query)
  const aantal = Number((rows[0] as { n: number | string | bigint }).n)
  if (aantal > tot) {
    if (bekend.size >= MAX_ONTHOUDEN) bekend.clear()
    bekend.set(sleutel, Date.now() + BOVEN_GRENS_MS)
  } else bekend.delete(sleutel)
  return { totaal: Math.min(aantal, tot), totaalBegrensd: aantal > tot }
}

/** What a list answer says about its paging, besides its rows. */
export interface LijstInfo {
  pagina: number
  aantal: number
  volgende: string | null
  vorige: string | null
}

/** The paging of a list answer (and its bounded count, when given), to spread beside its rows. */
export function lijstInfo<R>(pagina: LijstPagina<R>): LijstInfo
export function lijstInfo<R>(pagina: LijstPagina<R>, telling: Telling): LijstInfo & Telling
export function lijstInfo<R>(
  pagina: LijstPagina<R>,
  telling?: Telling,
): LijstInfo & Partial<Telling> {
  return {
    pagina: pagina.pagina,
    aantal: pagina.aantal,
    volgende: pagina.volgende,
    vorige: pagina.vorige,
    ...(telling ?? {}),
  }
}
