/**
 * How fast the zaakdossier and the Dashboard bekostiging answer for a bestuur with 100 and with
 * 20,000 aanvragen (and as many pupil registrations on one teldatum). Not a test: prints p50/p95
 * per endpoint through the whole app, and the ratio between the two sizes.
 *
 *   pnpm --filter @duo/bekostiging exec tsx api/bench/endpoints.ts
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/bekostiging exec tsx api/bench/endpoints.ts
 */
import { newId } from '@duo/server-kit'
import { createTestApp, demoPersoonId, type TestApp } from '@duo/server-kit/testing'
import bekostigingApi from '../index'
import { CATEGORIEEN } from '../../regels/categorieen'
import type { BekostigingDb } from '../tables'

const RUNS = Number(process.env.RUNS ?? 150)
const STATUSSEN = ['ingediend', 'in-behandeling', 'toegekend', 'afgewezen', 'ingetrokken'] as const
const TELDATUM = '2019-10-01'
const PADEN = [
  '/zaakdossier',
  '/zaakdossier?status=open',
  '/zaakdossier?pagina=40',
  '/zaakdossier?zoek=bench-1234',
  `/dashboard?teldatum=${TELDATUM}`,
  `/dashboard/signalen?teldatum=${TELDATUM}&pagina=20`,
]

async function vul(db: BekostigingDb, bestuursnummer: string, n: number, start: number) {
  const eigenaar = demoPersoonId('medewerker-bekostiging')!
  const aanvragen = Array.from({ length: n }, (_, k) => {
    const i = start + k
    const dag = new Date(Date.UTC(2016, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10)
    return {
      id: newId(),
      referentie: `BENCH-${i}`,
      bestuursnummer,
      instellingscode: i % 2 ? '12AB' : '34CD',
      categorie: CATEGORIEEN[i % CATEGORIEEN.length]!,
      status: STATUSSEN[i % STATUSSEN.length]!,
      gegevens: '{}',
      eigenaar_persoon_id: eigenaar,
      eigenaar_naam: 'Bench',
      ingediend_op: `${dag}T09:00:00.000Z`,
      ingediend_door_persoon_id: eigenaar,
      ingediend_door: 'Bench',
      intermediair_kvk: null,
      ontvangen_dag: dag,
      uiterste_beslisdatum: dag,
      ingangsdatum: dag,
      indicatief_bedrag: null,
      behandelaar_persoon_id: null,
      behandelaar_naam: null,
      afgerond_op: null,
      created_at: `${dag}T09:00:00.000Z`,
      updated_at: `${dag}T09:00:00.000Z`,
    }
  })
  const registraties = Array.from({ length: n }, (_, k) => ({
    id: newId(),
    bestuursnummer,
    instellingscode: k % 2 ? '12AB' : '34CD',
    teldatum: TELDATUM,
    leerlingnummer: `B-${start + k}`,
    leeftijdscategorie: k % 3 ? '8+' : '4-7',
    inschrijfdatum: '2018-08-27',
    bekostigd: k % 20 ? 1 : 0,
    signaalcode: k % 20 ? null : 'BS-03',
  }))
  for (let i = 0; i < n; i += 500) {
    await db
      .insertInto('bekostiging_aanvraag')
      .values(aanvragen.slice(i, i + 500))
      .execute()
    await db
      .insertInto('bekostiging_statustoekenning')
      .values(registraties.slice(i, i + 500))
      .execute()
  }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function meet(t: TestApp, cookie: string) {
  const uit = new Map<string, { p50: number; p95: number }>()
  for (const pad of PADEN) {
    const tijden: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      const res = await t.request('GET', `/api/bekostiging${pad}`, { as: cookie })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${pad}: ${res.status}`)
      tijden.push(performance.now() - start)
    }
    tijden.sort((a, b) => a - b)
    uit.set(pad, { p50: pct(tijden, 50), p95: pct(tijden, 95) })
  }
  return uit
}

const dialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite'
const t = await createTestApp(dialect, {
  sections: [bekostigingApi],
  now: '2022-05-02T10:00:00+02:00',
})
const db = t.platformOf('bekostiging').db as BekostigingDb
const cookie = await t.loginAs('medewerker-bekostiging')
// Another bestuur's rows are in the same tables, as in real life.
await vul(db, '40567', 5_000, 1_000_000)
await vul(db, '41234', 100, 0)
const klein = await meet(t, cookie)
await vul(db, '41234', 19_900, 100)
const groot = await meet(t, cookie)
console.log(`dialect ${dialect}, ${RUNS} requests per endpoint (ms)`)
console.log(
  `${'endpoint'.padEnd(46)} ${'100: p50'.padStart(9)} ${'p95'.padStart(7)} ${'20k: p50'.padStart(9)} ${'p95'.padStart(7)} ${'ratio p50'.padStart(10)}`,
)
for (const pad of PADEN) {
  const a = klein.get(pad)!
  const b = groot.get(pad)!
  console.log(
    `${pad.padEnd(46)} ${a.p50.toFixed(2).padStart(9)} ${a.p95.toFixed(2).padStart(7)} ${b.p50.toFixed(2).padStart(9)} ${b.p95.toFixed(2).padStart(7)} ${(b.p50 / a.p50).toFixed(1).padStart(9)}x`,
  )
}
await t.close()
