/**
 * How fast the meldingen overview answers for a bestuur with 100 and with 10,000 meldingen.
 * Not a test: prints p50/p95 of `GET /api/helpdesk/meldingen` through the whole app.
 *
 *   pnpm --filter @duo/helpdesk exec tsx api/bench/list-latency.ts
 */
import { newId } from '@duo/server-kit'
import { createTestApp, demoPersoonId, type TestApp } from '@duo/server-kit/testing'
import helpdeskApi from '../index'
import { STATUSSEN, type HelpdeskDb } from '../tables'

const RUNS = 200
const QUERIES = [
  '',
  '?status=in-behandeling',
  '?sorteer=aangemaakt&richting=asc&pagina=40',
  '?zoek=storing',
]

async function insert(db: HelpdeskDb, bestuursnummer: string, n: number, offset: number) {
  const persoon = demoPersoonId('beheerder-po')
  const rows = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(2021, 0, 1) + (offset + i) * 60_000).toISOString()
    const id = newId()
    return {
      id,
      referentie: `HD-B-${offset + i}`,
      bestuursnummer,
      instellingscode: null,
      onderwerp: `${i % 7 === 0 ? 'Storing' : 'Vraag'} nummer ${offset + i}`,
      categorie: 'vraag',
      status: STATUSSEN[i % 4]!,
      ingediend_door_persoon_id: persoon,
      ingediend_door_naam: 'Bench',
      legacy_account_id: null,
      created_at: at,
      updated_at: at,
      laatste_antwoord_helpdesk_at: i % 3 === 0 ? at : null,
    }
  })
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('helpdesk_melding')
      .values(rows.slice(i, i + 500))
      .execute()
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function measure(t: TestApp, cookie: string, label: string) {
  for (const q of QUERIES) {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      const res = await t.request('GET', `/api/helpdesk/meldingen${q}`, { as: cookie })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${q}: ${res.status}`)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    console.log(
      `${label.padEnd(16)} ${(q || '(standaard)').padEnd(44)} p50 ${pct(times, 50).toFixed(2)} ms  p95 ${pct(times, 95).toFixed(2)} ms`,
    )
  }
}

const dialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite'
const t = await createTestApp(dialect, { sections: [helpdeskApi] })
const db = t.platformOf('helpdesk').db as HelpdeskDb
const cookie = await t.loginAs('beheerder-po')
// Another bestuur's meldingen are in the table too, as in real life.
await insert(db, '40567', 5_000, 0)
await insert(db, '41234', 100, 10_000)
console.log(`dialect ${dialect}, ${RUNS} requests per query`)
await measure(t, cookie, '100 meldingen')
await insert(db, '41234', 9_900, 20_000)
await measure(t, cookie, '10.000 meldingen')
await t.close()
