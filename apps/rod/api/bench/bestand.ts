/**
 * A schooladviezen file for 10,000 and for 100,000 pupils, made by the job as in production
 * (CSV and XLSX streamed to disk). Each file is made twice: once timed (wall time, peak heap and
 * RSS above what the process held before, sampled every 10 ms), once with a forced collection
 * every 250 ms to see what the job really keeps (slower: not timed). Not a test.
 *
 *   pnpm --filter @duo/rod exec tsx --expose-gc api/bench/bestand.ts
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/rod exec tsx --expose-gc api/bench/bestand.ts
 */
import { createTestApp, type TestApp } from '@duo/server-kit/testing'
import rodApi from '../index'
import type { RodDb } from '../tables'
import type { BestandResultaat } from '../bestanden/job'
import { leegRegister, ververs, vulLeerjaar8 } from './register'

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
const gc = (globalThis as { gc?: () => void }).gc
const collect = () => gc?.()

async function maak(t: TestApp, n: number, metGc: boolean) {
  collect()
  await new Promise((r) => setTimeout(r, 200))
  collect()
  const voor = process.memoryUsage()
  const piek = { rss: voor.rss, heap: voor.heapUsed }
  const meter = setInterval(
    () => {
      const m = process.memoryUsage()
      piek.rss = Math.max(piek.rss, m.rss)
      piek.heap = Math.max(piek.heap, m.heapUsed)
    },
    metGc ? 250 : 10,
  )
  const behouden = metGc
    ? setInterval(() => {
        collect()
        piek.heap = Math.max(piek.heap, process.memoryUsage().heapUsed)
      }, 250)
    : null
  const start = performance.now()
  const job = await t.platformOf('rod').jobs.start(
    'bestand',
    {
      soort: 'schooladviezen',
      schooljaar: '2030-2031',
      instellingscode: '12AB',
      instellingscodes: ['12AB'],
    },
    { bestuursnummer: '41234', persoonId: null },
  )
  await t.composed.jobs.idle(900_000)
  const ms = performance.now() - start
  clearInterval(meter)
  if (behouden) clearInterval(behouden)
  const klaar = await t.platformOf('rod').jobs.get(job.id)
  const r = klaar?.resultaat as BestandResultaat | null
  if (klaar?.status !== 'klaar' || !r || r.aantal !== n)
    throw new Error(`job ${klaar?.status}, ${r?.aantal} rijen`)
  return { ms, heap: piek.heap - voor.heapUsed, rss: piek.rss - voor.rss, r }
}

const dialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite'
console.log(`dialect ${dialect}${gc ? '' : ' (run with --expose-gc for the retained figure)'}`)
for (const n of [10_000, 100_000]) {
  const t = await createTestApp(dialect, { sections: [rodApi], now: '2031-04-15T10:00:00.000Z' })
  const db = t.platformOf('rod').db as RodDb
  await leegRegister(db)
  await vulLeerjaar8(db, n, '2030-2031')
  await ververs(db, dialect)
  const getimed = await maak(t, n, false)
  const behouden = gc ? await maak(t, n, true) : null
  console.log(
    `${n.toLocaleString('nl-NL').padStart(7)} leerlingen: ${(getimed.ms / 1000).toFixed(2)} s, ` +
      `piek heap +${MB(getimed.heap)}, piek RSS +${MB(getimed.rss)}` +
      (behouden ? `, behouden na gc +${MB(behouden.heap)}` : '') +
      `; CSV ${MB(getimed.r.csv.grootte)}, XLSX ${MB(getimed.r.xlsx.grootte)}`,
  )
  await t.close()
}
