/**
 * Does a list slow down with its size? One harness for every section's list endpoints: two
 * portals side by side, one filled with `klein` rows (default 100) and one with `groot`
 * (default 100,000), on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL. Requests go
 * through the whole app (session, authorisation, the section's code), alternating between the
 * two portals so that a busy machine slows both alike, and the table shows p50/p95 per
 * endpoint and the ratio of the p50s. Not a test: a section's `api/bench/lijsten.ts` calls it.
 *
 *   pnpm --filter @duo/helpdesk bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/helpdesk bench:lijsten
 *
 * Env: `LIJST_RUNS` (requests per endpoint and size, default 1,000: at 200 the p50 of a 1.5 ms
 * request on PostgreSQL still moved by ±0.5 ms between runs on a busy 2-core machine), `LIJST_KLEIN`, `LIJST_GROOT`,
 * `LIJST_DIALECTEN` (`sqlite,postgres`), `LIJST_ALLEEN` (a pattern: only the endpoints it matches), `LIJST_JSON` (append the results as JSON lines to this
 * file), `LIJST_MAX` (exit 1 when a ratio is above it, e.g. `1.5`).
 */
import { appendFileSync } from 'node:fs'
import { sql } from 'kysely'
import type { DialectName } from '../db/dialect'
import { compacteerZoekindexen } from '../db/zoek'
import type { ApiSection } from '../define-api-section'
import { createTestApp, type TestApp } from './test-app'

export interface LijstEndpoint {
  /** The path under `/api`, with its query (`/helpdesk/meldingen?zoek=storing`). */
  pad: string
  /** The persona that asks (a demo persona id). */
  als: string
  /** A short name for the table; default the path. */
  naam?: string
  /**
   * A path made from the first answer of `pad` (e.g. the next page by its cursor): the
   * endpoint then measures this path instead.
   */
  vervolg?: (eerste: unknown) => string
}

export interface LijstBenchOpties {
  /** The section measured (for the table's title and the JSON). */
  sectie: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any section
  sections: readonly ApiSection<any, any>[]
  /** The clock of the portals (the demo's dates). */
  now?: string
  /** Adds `n` rows to the lists of this portal (the other besturen's rows too, if any). */
  vul: (t: TestApp, n: number) => Promise<void>
  endpoints: readonly LijstEndpoint[]
}

export interface LijstMeting {
  sectie: string
  dialect: DialectName
  endpoint: string
  klein: number
  groot: number
  kleinP50: number
  kleinP95: number
  grootP50: number
  grootP95: number
  ratio: number
}

const getal = (naam: string, standaard: number) => {
  const v = Number(process.env[naam])
  return Number.isFinite(v) && v > 0 ? v : standaard
}

const pct = (gesorteerd: number[], p: number) =>
  gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))]!

async function portaal(
  dialect: DialectName,
  opties: LijstBenchOpties,
  n: number,
): Promise<{ t: TestApp; cookies: Map<string, string> }> {
  const t = await createTestApp(dialect, {
    sections: opties.sections,
    ...(opties.now ? { now: opties.now } : {}),
  })
  const start = performance.now()
  await opties.vul(t, n)
  // PostgreSQL's autovacuum would have vacuumed (visibility map: index-only counts) and
  // analysed a table this size long before; do it now.
  if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(t.db)
  // SQLite: the portal's minute sweep would have merged the full-text indexes' segments.
  else await compacteerZoekindexen(t.db, Infinity)
  const cookies = new Map<string, string>()
  for (const e of opties.endpoints)
    if (!cookies.has(e.als)) cookies.set(e.als, await t.loginAs(e.als))
  console.error(
    `  ${dialect}: ${n.toLocaleString('nl-NL')} rijen gevuld in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  )
  return { t, cookies }
}

async function vraag(t: TestApp, cookie: string, pad: string): Promise<unknown> {
  const res = await t.request('GET', `/api${pad}`, { as: cookie })
  const body = await res.text()
  if (res.status !== 200) throw new Error(`${pad}: ${res.status} ${body.slice(0, 300)}`)
  return body.startsWith('{') || body.startsWith('[') ? JSON.parse(body) : body
}

/** Measures every endpoint on both sizes, per dialect; prints the table and returns the rows. */
export async function benchLijsten(opties: LijstBenchOpties): Promise<LijstMeting[]> {
  const runs = getal('LIJST_RUNS', 1_000)
  const klein = getal('LIJST_KLEIN', 100)
  const groot = getal('LIJST_GROOT', 100_000)
  const dialecten = (
    process.env.LIJST_DIALECTEN?.split(',') ??
    (process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'])
  ).filter((d): d is DialectName => d === 'sqlite' || d === 'postgres')
  const uit: LijstMeting[] = []
  for (const dialect of dialecten) {
    console.error(`${opties.sectie} (${dialect}): vullen …`)
    const a = await portaal(dialect, opties, klein)
    const b = await portaal(dialect, opties, groot)
    try {
      const alleen = process.env.LIJST_ALLEEN
      for (const e of opties.endpoints) {
        if (alleen && !new RegExp(alleen).test(e.naam ?? e.pad)) continue
        const paden: string[] = []
        for (const p of [a, b]) {
          const cookie = p.cookies.get(e.als)!
          const pad = e.vervolg ? e.vervolg(await vraag(p.t, cookie, e.pad)) : e.pad
          paden.push(pad)
          for (let i = 0; i < 20; i++) await vraag(p.t, cookie, pad)
        }
        const tijden: [number[], number[]] = [[], []]
        for (let i = 0; i < runs; i++) {
          // Alternate which size goes first, so neither always follows the other.
          for (const k of i % 2 ? [1, 0] : [0, 1]) {
            const p = k ? b : a
            const start = performance.now()
            await vraag(p.t, p.cookies.get(e.als)!, paden[k]!)
            tijden[k]!.push(performance.now() - start)
          }
        }
        const [tk, tg] = tijden.map((t) => t.sort((x, y) => x - y)) as [number[], number[]]
        uit.push({
          sectie: opties.sectie,
          dialect,
          endpoint: e.naam ?? e.pad,
          klein,
          groot,
          kleinP50: pct(tk, 50),
          kleinP95: pct(tk, 95),
          grootP50: pct(tg, 50),
          grootP95: pct(tg, 95),
          ratio: pct(tg, 50) / pct(tk, 50),
        })
      }
    } finally {
      // PostgreSQL's autovacuum may still be busy in a database that was just filled: dropping
      // it can fail then. That leaves a test database behind, not a wrong measurement.
      for (const p of [a, b])
        await p.t.close().catch((err: unknown) => console.error(`  opruimen: ${String(err)}`))
    }
    druk(
      uit.filter((m) => m.dialect === dialect),
      runs,
    )
  }
  if (process.env.LIJST_JSON)
    appendFileSync(process.env.LIJST_JSON, uit.map((m) => JSON.stringify(m)).join('\n') + '\n')
  const max = Number(process.env.LIJST_MAX)
  if (Number.isFinite(max) && max > 0 && uit.some((m) => m.ratio > max)) {
    console.error(`Een of meer lijsten boven ${max}×.`)
    process.exitCode = 1
  }
  return uit
}

function druk(uit: LijstMeting[], runs: number) {
  const breed = Math.max(8, ...uit.map((m) => m.endpoint.length))
  const n = (x: number) => x.toLocaleString('nl-NL')
  for (const dialect of new Set(uit.map((m) => m.dialect))) {
    const rijen = uit.filter((m) => m.dialect === dialect)
    const { klein, groot, sectie } = rijen[0]!
    console.log(`\n${sectie}, ${dialect}: ${runs} verzoeken per endpoint en grootte (ms)`)
    console.log(
      `${'endpoint'.padEnd(breed)}  ${`${n(klein)}: p50`.padStart(10)} ${'p95'.padStart(7)}  ${`${n(groot)}: p50`.padStart(13)} ${'p95'.padStart(7)}  ${'ratio'.padStart(6)}`,
    )
    for (const m of rijen) {
      console.log(
        `${m.endpoint.padEnd(breed)}  ${m.kleinP50.toFixed(2).padStart(10)} ${m.kleinP95.toFixed(2).padStart(7)}  ${m.grootP50.toFixed(2).padStart(13)} ${m.grootP95.toFixed(2).padStart(7)}  ${m.ratio.toFixed(2).padStart(5)}×`,
      )
    }
  }
}

/** Inserts rows in batches that both databases take (PostgreSQL: at most 65,535 parameters). */
export async function voegToe<T extends Record<string, unknown>>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any section's tables
  db: import('kysely').Kysely<any>,
  tabel: string,
  rijen: readonly T[],
): Promise<void> {
  if (!rijen.length) return
  const per = Math.max(1, Math.floor(30_000 / Object.keys(rijen[0]!).length))
  for (let i = 0; i < rijen.length; i += per)
    await db
      .insertInto(tabel)
      .values(rijen.slice(i, i + per) as never)
      .execute()
}
