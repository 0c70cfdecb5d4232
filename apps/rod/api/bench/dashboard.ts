/**
 * How fast the dashboard answers for a bestuur with about 1,000 and about 100,000 pupils
 * enrolled (a full register over three schooljaren, as the demo makes it). Not a test: prints
 * p50/p95 of `GET /api/rod/dashboard` through the whole app (session, authz, queries).
 *
 *   pnpm --filter @duo/rod exec tsx api/bench/dashboard.ts
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/rod exec tsx api/bench/dashboard.ts
 */
import { createTestApp, type TestApp } from '@duo/server-kit/testing'
import rodApi from '../index'
import type { RodDb } from '../tables'
import { leegRegister, ververs, vulRegister } from './register'

const RUNS = 200
const QUERIES = [
  '?schooljaar=2023-2024',
  '?schooljaar=2023-2024&instellingscode=12AB',
  '?schooljaar=2022-2023',
]
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function meet(t: TestApp, cookie: string, label: string) {
  for (const q of QUERIES) {
    const times: number[] = []
    for (let i = 0; i < RUNS + 10; i++) {
      const start = performance.now()
      const res = await t.request('GET', `/api/rod/dashboard${q}`, { as: cookie })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${q}: ${res.status}`)
      if (i >= 10) times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    console.log(
      `${label.padEnd(22)} ${q.padEnd(44)} p50 ${pct(times, 50).toFixed(2)} ms  p95 ${pct(times, 95).toFixed(2)} ms`,
    )
  }
}

const dialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite'
console.log(`dialect ${dialect}, ${RUNS} requests per query`)
for (const n of [1_000, 100_000]) {
  const t = await createTestApp(dialect, { sections: [rodApi], now: '2024-04-15T10:00:00.000Z' })
  const db = t.platformOf('rod').db as RodDb
  await leegRegister(db)
  const start = performance.now()
  const leerlingen = await vulRegister(db, n)
  await ververs(db, dialect)
  const cookie = await t.loginAs('bestuur-rod')
  const probe = await (
    await t.request('GET', '/api/rod/dashboard?schooljaar=2023-2024', { as: cookie })
  ).json()
  console.log(
    `register ${n.toLocaleString('nl-NL')}: ${leerlingen.toLocaleString('nl-NL')} leerlingen in 3 schooljaren, ` +
      `${probe.leerlingen[0].totaal.toLocaleString('nl-NL')} ingeschreven op 1 oktober 2023 (gevuld in ${((performance.now() - start) / 1000).toFixed(1)} s)`,
  )
  await meet(t, cookie, `${n.toLocaleString('nl-NL')} leerlingen`)
  await t.close()
}
