/**
 * How fast "the state on a date" answers for a bestuur with 1,000 objects of 20 versions each,
 * against the same bestuur with 10 versions each. Not a test: prints p50/p95 of the query
 * itself (`standOp`) and of `GET /api/rio/objecten` through the whole app, on SQLite and, when
 * TEST_DATABASE_URL is set, on PostgreSQL.
 *
 *   pnpm --filter @duo/rio exec tsx api/bench/stand-op-datum.ts
 *   TEST_DATABASE_URL=postgres://duo@127.0.0.1:54329/duo_test pnpm --filter @duo/rio exec tsx api/bench/stand-op-datum.ts
 */
import { sql } from 'kysely'
import { newId, type DialectName } from '@duo/server-kit'
import { createTestApp, demoPersoonId, type TestApp } from '@duo/server-kit/testing'
import { plusDagen } from '../domein/datum'
import { tijdlijn } from '../domein/tijdlijn'
import { standOp } from '../register/store'
import type { RioDb } from '../tables'
import rioApi from '../index'

const OBJECTEN = 1000
const RUNS = 300
const WARMUP = 20
const BESTUUR = '41234'
const START = '2000-01-01'
const STAP = 180

async function vul(db: RioDb, versiesPerObject: number) {
  const wijzigingen = Array.from({ length: versiesPerObject }, (_, k) => ({
    id: newId(),
    bestuursnummer: BESTUUR,
    volgnummer: 1000 + k,
    referentie: `RIO-BENCH-${versiesPerObject}-${k}`,
    omschrijving: null,
    bron: 'demo',
    ingediend_door_persoon_id: null,
    ingediend_door_naam: 'Bench',
    ingediend_op: new Date(Date.UTC(2000, 0, 1) + k * STAP * 86_400_000).toISOString(),
    aantal_mutaties: OBJECTEN,
  }))
  await db.insertInto('rio_wijziging').values(wijzigingen).execute()
  for (let o = 0; o < OBJECTEN; o += 100) {
    const objecten = Array.from({ length: 100 }, (_, i) => ({
      id: newId(),
      bestuursnummer: BESTUUR,
      soort: 'onderwijslocatie',
      code: `${900 + Math.floor((o + i) / 1000)}X${String((o + i) % 1000).padStart(3, '0')}`,
      ouder_id: null,
      wijziging_id: wijzigingen[0]!.id,
    }))
    await db.insertInto('rio_object').values(objecten).execute()
    const versies = objecten.flatMap((ob, i) =>
      wijzigingen.map((w, k) => ({
        id: newId(),
        object_id: ob.id,
        wijziging_id: w.id,
        volgnummer: w.volgnummer,
        positie: o + i,
        begindatum: plusDagen(START, k * STAP),
        einddatum: null,
        bestaat: 1,
        gegevens: JSON.stringify({
          postcode: '3701AB',
          huisnummer: k + 1,
          toevoeging: '',
          straatnaam: `Straat ${o + i}`,
          plaatsnaam: 'Zeist',
        }),
      })),
    )
    await db.insertInto('rio_versie').values(versies).execute()
    const segmenten = objecten.flatMap((ob) =>
      tijdlijn(
        versies
          .filter((v) => v.object_id === ob.id)
          .map((v) => ({ ...v, bestaat: v.bestaat === 1 })),
      ).map((s) => ({
        object_id: ob.id,
        bestuursnummer: BESTUUR,
        begindatum: s.begindatum,
        einddatum: s.einddatum,
        versie_id: s.versie.id,
      })),
    )
    for (let i = 0; i < segmenten.length; i += 500)
      await db
        .insertInto('rio_tijdlijn')
        .values(segmenten.slice(i, i + 500))
        .execute()
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

/** Dates spread over the whole history of the longer variant, and beyond it (today). */
const dagen = Array.from({ length: RUNS + WARMUP }, (_, i) =>
  plusDagen(START, Math.floor((((i * 7919) % 1000) / 1000) * 21 * STAP)),
)

interface Variant {
  versies: number
  aantal: number
  t: TestApp
  db: RioDb
  cookie: string
}

async function maak(dialect: DialectName, versies: number): Promise<Variant> {
  const t: TestApp = await createTestApp(dialect, {
    sections: [rioApi],
    now: '2025-03-17T10:00:00.000Z',
  })
  const db = t.platformOf('rio').db as unknown as RioDb
  await vul(db, versies)
  // A database in use has statistics (autovacuum); a freshly filled one must be analysed.
  if (dialect === 'postgres') await sql`ANALYZE`.execute(db)
  const { rollen } = t.platformOf('rio')
  await rollen.toekennen({
    persoonId: demoPersoonId('nieuw')!,
    bestuursnummer: BESTUUR,
    role: 'rio-beheren-onderwijslocatiegebruik',
    kenmerk: '101B234',
  })
  return {
    versies,
    t,
    db,
    cookie: await t.loginAs('nieuw'),
    aantal: (await standOp(db, BESTUUR, '2010-01-01')).length,
  }
}

const METINGEN = {
  'standOp (query)': (v: Variant, d: string) => standOp(v.db, BESTUUR, d),
  'GET /api/rio/objecten': async (v: Variant, d: string) => {
    const res = await v.t.request(
      'GET',
      `/api/rio/objecten?soort=onderwijslocatie&geldigOp=${d}&aantal=25`,
      { as: v.cookie },
    )
    if (res.status !== 200) throw new Error(`status ${res.status}`)
    await res.json()
  },
}

/**
 * Both variants measured turn and turn about on the same dates, so the load of a shared machine
 * falls on both alike.
 */
async function vergelijk(varianten: Variant[]) {
  const uit: Array<{ label: string; versies: number; aantal: number; p50: number; p95: number }> =
    []
  for (const [label, fn] of Object.entries(METINGEN)) {
    const tijden = varianten.map(() => [] as number[])
    for (const [i, d] of dagen.entries())
      for (const [j, v] of varianten.entries()) {
        const t0 = performance.now()
        await fn(v, d)
        if (i >= WARMUP) tijden[j]!.push(performance.now() - t0)
      }
    varianten.forEach((v, j) =>
      uit.push({
        label,
        versies: v.versies,
        aantal: v.aantal,
        p50: pct(tijden[j]!, 50),
        p95: pct(tijden[j]!, 95),
      }),
    )
  }
  return uit
}

const dialecten: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']
for (const dialect of dialecten) {
  const varianten = [await maak(dialect, 10), await maak(dialect, 20)]
  const uitslag = await vergelijk(varianten)
  for (const v of varianten) await v.t.close()
  console.log(
    `\n${dialect}: ${OBJECTEN} objecten (+ demo), ${RUNS} metingen per regel, datums verspreid over de hele historie`,
  )
  console.log('meting                      versies  objecten op datum   p50 ms   p95 ms')
  for (const m of uitslag)
    console.log(
      `${m.label.padEnd(28)}${String(m.versies).padStart(7)}${String(m.aantal).padStart(19)}${m.p50.toFixed(2).padStart(9)}${m.p95.toFixed(2).padStart(9)}`,
    )
  for (const label of Object.keys(METINGEN)) {
    const [tien, twintig] = uitslag.filter((m) => m.label === label)
    console.log(
      `verhouding 20/10 ${label}: p50 ${(twintig!.p50 / tien!.p50).toFixed(2)}×, p95 ${(twintig!.p95 / tien!.p95).toFixed(2)}×`,
    )
  }
}
