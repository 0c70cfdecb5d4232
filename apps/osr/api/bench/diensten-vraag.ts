/**
 * How fast the diensten API answers "may system S exchange messages for school X in dienst D
 * today?" with 10 and with 10,000 mandaten in the register. Not a test: prints p50/p95 of one
 * call at a time, and calls per second with 10 in flight, through the whole app (token check,
 * both rate limits, the question, the audit entry).
 *
 *   pnpm --filter @duo/osr exec tsx api/bench/diensten-vraag.ts
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/osr exec tsx api/bench/diensten-vraag.ts
 */
import { SignJWT, generateKeyPair } from 'jose'
import { newId } from '@duo/server-kit'
import { createTestApp, demoId } from '@duo/server-kit/testing'
import { createOsrApi } from '../index'
import { DIENSTEN, STANDAARD_DIENST_CLIENTS } from '../shared/diensten'
import { OSR_RESOURCE, SCOPE_DIENSTEN } from '../tokens/controle'
import type { OsrDb } from '../tables'

const RUNS = 500
const PARALLEL = 10
const PARALLEL_RUNS = 2_000
const ISSUER = 'https://broker.bench'
const LP = demoId('osr:systeem:leerlingplan')

const sleutels = await generateKeyPair('RS256')
const token = await new SignJWT({ client_id: 'dienst-rod-po', scope: SCOPE_DIENSTEN })
  .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' })
  .setIssuer(ISSUER)
  .setAudience(OSR_RESOURCE)
  .setIssuedAt()
  .setExpirationTime('1h')
  .sign(sleutels.privateKey)

const dialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite'
const api = createOsrApi({
  tokens: { issuer: ISSUER, audience: OSR_RESOURCE, sleutels: sleutels.publicKey },
  dienstClients: STANDAARD_DIENST_CLIENTS,
  limieten: { perClient: 1_000_000_000, perAdres: 1_000_000_000 },
})
const t = await createTestApp(dialect, { sections: [api], now: '2022-06-01T10:00:00.000Z' })
const db = t.platformOf('osr').db as OsrDb

const code = (n: number) =>
  `${String(Math.floor(n / 676) % 100).padStart(2, '0')}${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}${String.fromCharCode(65 + (n % 26))}`

/** `besturen` besturen of 4 schools each, every school with a mandaat in every dienst. */
async function vul(besturen: number, vanaf: number) {
  const scholen: string[] = []
  for (let b = 0; b < besturen; b++) {
    const g = vanaf + b
    const nr = String(50_000 + g)
    await t.db
      .insertInto('bestuur')
      .values({
        bestuursnummer: nr,
        kvk: String(70_000_000 + g),
        onderwijsbestuurcode: `${500 + Math.floor(g / 1000)}B${String(g % 1000).padStart(3, '0')}`,
        naam: `Bench bestuur ${nr}`,
        osr_overeenkomst_getekend: 1,
        created_at: '2021-01-01T00:00:00.000Z',
      })
      .execute()
    for (let s = 0; s < 4; s++) {
      const instellingscode = code(2000 + g * 4 + s)
      await t.db
        .insertInto('school')
        .values({
          instellingscode,
          bestuursnummer: nr,
          naam: `School ${instellingscode}`,
          onderwijsaanbiedercode: `${600 + s}A${String(g % 1000).padStart(3, '0')}`,
        })
        .execute()
      scholen.push(instellingscode)
      const rows = DIENSTEN.map((dienst) => ({
        id: newId(),
        bestuursnummer: nr,
        instellingscode,
        dienst,
        systeem_id: LP,
        startdatum: '2021-08-01',
        einddatum: null,
        ingetrokken_op: null,
        gegeven_op: '2021-07-15T09:00:00.000Z',
        gegeven_door_persoon_id: null,
        gegeven_door_naam: 'Bench',
        gekopieerd_van: null,
      }))
      await db.insertInto('osr_mandaat').values(rows).execute()
    }
  }
  return scholen
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function vraag(school: string) {
  const res = await t.request(
    'GET',
    `/api/osr/diensten/v1/mandaat?systeem=${LP}&school=${school}&dienst=rod-po`,
    { headers: { Authorization: `Bearer ${token}` } },
  )
  const body = await res.json()
  if (res.status !== 200 || !body.toegestaan) throw new Error(`${school}: ${res.status}`)
}

async function meet(label: string, scholen: string[]) {
  const kies = (i: number) => scholen[(i * 7919) % scholen.length]!
  for (let i = 0; i < 200; i++) await vraag(kies(i)) // warm-up
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await vraag(kies(i))
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  let volgende = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (volgende < PARALLEL_RUNS) await vraag(kies(volgende++))
    }),
  )
  const perSeconde = PARALLEL_RUNS / ((performance.now() - start) / 1000)
  const mandaten = Number(
    (
      await db
        .selectFrom('osr_mandaat')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
  console.log(
    `${label.padEnd(16)} (${mandaten} mandaten in the table)  p50 ${pct(times, 50).toFixed(2)} ms  p95 ${pct(times, 95).toFixed(2)} ms  ${perSeconde.toFixed(0)} req/s with ${PARALLEL} in flight`,
  )
}

console.log(
  `dialect ${dialect}; ${RUNS} sequential calls, then ${PARALLEL_RUNS} with ${PARALLEL} in flight`,
)
// The demo's mandaten stay; clear them so the first run holds exactly 10.
await db.deleteFrom('osr_mandaat_gebeurtenis').execute()
await db.deleteFrom('osr_mandaat').execute()
const weinig = await vul(1, 0)
await db.deleteFrom('osr_mandaat').where('instellingscode', '=', weinig[2]!).execute()
await db.deleteFrom('osr_mandaat').where('instellingscode', '=', weinig[3]!).execute()
await meet('10 mandaten', weinig.slice(0, 2))
await db.deleteFrom('osr_mandaat').execute()
const veel = await vul(500, 1)
await meet('10.000 mandaten', veel)
await t.close()
