/**
 * ROD's lists at 100 and at 100,000 rows: the verzoeken handmatige mutatie of a school and of a
 * bestuur, DUO's werkvoorraad (with and without a status, the next page by cursor), and the
 * leerling zoeken of a school (pgn, achternaam with geboortedatum) among that many pupils.
 * p50/p95 through the whole app and their ratio. Not a test.
 *
 *   pnpm --filter @duo/rod bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/rod bench:lijsten
 */
import { randomUUID } from 'node:crypto'
import { benchLijsten, demoPersoonId, voegToe, type TestApp } from '@duo/server-kit/testing'
import rodApi from '../index'
import type { RodDb, RodTables } from '../tables'
import { pgnMaker } from '../demo/pgn-maker'
import { toevalVoor } from '../demo/toeval'
import { NOW } from '../test-support'

const STATUSSEN = ['ingediend', 'geaccepteerd', 'afgewezen'] as const
/** The pupil looked up by pgn (its index in the bench's pupils: the same pgn at each size). */
const GEZOCHT = 42
let gezochtePgn = ''

async function vul(t: TestApp, n: number) {
  const db = t.platformOf('rod').db as RodDb
  const bestaand = await db.selectFrom('rod_leerling').select('pgn').execute()
  const pgn = pgnMaker(toevalVoor('bench:lijsten'), new Set(bestaand.map((r) => r.pgn)))
  const leerlingen: Array<RodTables['rod_leerling']> = []
  const inschrijvingen: Array<RodTables['rod_inschrijving']> = []
  const verzoeken: Array<RodTables['rod_mutatieverzoek']> = []
  const verzoek = (
    i: number,
    leerlingId: string,
    bestuursnummer: string,
    instellingscode: string,
  ): RodTables['rod_mutatieverzoek'] => ({
    id: randomUUID(),
    referentie: `HM-2023-${bestuursnummer}${String(i).padStart(8, '0')}`,
    leerling_id: leerlingId,
    bestuursnummer,
    instellingscode,
    onderdeel: 'leerjaar',
    object_id: randomUUID(),
    huidige_waarde: '4',
    voorgestelde_waarde: '5',
    reden: 'Bench: de leverancier kan dit niet herstellen.',
    bijlage_naam: null,
    bijlage_type: null,
    bijlage_grootte: null,
    bijlage_opslag: null,
    status: STATUSSEN[i % 3]!,
    afwijsreden: null,
    ingediend_door_persoon_id: null,
    ingediend_door_naam: 'Bench',
    ingediend_op: new Date(Date.UTC(2022, 5, 1) + i * 60_000).toISOString(),
    behandeld_door_naam: null,
    behandeld_op: null,
  })
  const leerling = (i: number, instellingscode: string, bestuursnummer: string) => {
    const id = randomUUID()
    const p = pgn('bsn')
    if (i === GEZOCHT) gezochtePgn = p
    leerlingen.push({
      id,
      pgn: p,
      pgn_soort: 'bsn',
      voornamen: `Leerling ${i}`,
      voorvoegsel: null,
      achternaam: `Bench${i % 997}`,
      achternaam_zoek: `bench${i % 997}`,
      geboortedatum: `2014-0${1 + (i % 9)}-1${i % 9}`,
      geslacht: i % 2 ? 'man' : 'vrouw',
    })
    inschrijvingen.push({
      id: randomUUID(),
      leerling_id: id,
      bestuursnummer,
      instellingscode,
      vestigingscode: `${instellingscode}00`,
      inschrijfdatum: '2018-09-01',
      uitschrijfdatum: null,
      reden_uitschrijving: null,
      doorgegeven_op: '2018-09-02',
    })
    return id
  }
  // The bestuur's n verzoeken (half of each of its schools), each of its own pupil of 34CD or
  // 12AB, and another bestuur's 1,000, as in real life.
  for (let i = 0; i < n; i++) {
    const school = i % 2 ? '12AB' : '34CD'
    verzoeken.push(verzoek(i, leerling(i, school, '41234'), '41234', school))
  }
  for (let i = 0; i < 1_000; i++)
    verzoeken.push(verzoek(n + i, leerling(n + i, '56EF', '40567'), '40567', '56EF'))
  // Femke Bos administers 12AB too: her list holds both schools of the bestuur.
  await t.platformOf('rod').rollen.toekennen({
    persoonId: demoPersoonId('schooladmin-34cd')!,
    bestuursnummer: '41234',
    role: 'medewerker-schooladministratie-rod',
    kenmerk: '12AB',
  })
  await voegToe(db, 'rod_leerling', leerlingen)
  await voegToe(db, 'rod_inschrijving', inschrijvingen)
  await voegToe(db, 'rod_mutatieverzoek', verzoeken)
}

const volgende = (pad: string) => (e: unknown) => {
  const na = (e as { volgende?: string | null }).volgende
  return na ? `${pad}${pad.includes('?') ? '&' : '?'}pagina=2&na=${na}` : pad
}

await benchLijsten({
  sectie: 'rod',
  sections: [rodApi],
  now: NOW,
  vul,
  endpoints: [
    {
      pad: '/rod/handmatige-mutatie',
      naam: '/rod/handmatige-mutatie (2 scholen)',
      als: 'schooladmin-34cd',
    },
    { pad: '/rod/handmatige-mutatie?status=afgewezen', als: 'schooladmin-34cd' },
    {
      pad: '/rod/handmatige-mutatie',
      naam: '/rod/handmatige-mutatie, pagina 2 (na=)',
      als: 'schooladmin-34cd',
      vervolg: volgende('/rod/handmatige-mutatie'),
    },
    { pad: '/rod/handmatige-mutatie?instellingscode=34CD', als: 'schooladmin-34cd' },
    {
      pad: '/rod/handmatige-mutatie?instellingscode=34CD&status=ingediend',
      als: 'schooladmin-34cd',
    },
    { pad: '/rod/werkvoorraad', als: 'rod-behandelaar' },
    { pad: '/rod/werkvoorraad?status=geaccepteerd', als: 'rod-behandelaar' },
    {
      pad: '/rod/werkvoorraad?status=ingediend',
      naam: '/rod/werkvoorraad?status=ingediend, pagina 2 (na=)',
      als: 'rod-behandelaar',
      vervolg: volgende('/rod/werkvoorraad?status=ingediend'),
    },
    {
      pad: '/rod/leerlingdossier/zoek?instellingscode=34CD&achternaam=Bench42&geboortedatum=2014-07-16',
      naam: '/rod/leerlingdossier/zoek?achternaam=&geboortedatum=',
      als: 'schooladmin-34cd',
    },
    {
      pad: '/rod/leerlingdossier/zoek?instellingscode=34CD&achternaam=Bench42&geboortedatum=2014-07-16',
      naam: '/rod/leerlingdossier/zoek?pgn=',
      als: 'schooladmin-34cd',
      // Known once the portals are filled.
      vervolg: () => `/rod/leerlingdossier/zoek?instellingscode=34CD&pgn=${gezochtePgn}`,
    },
  ],
})
