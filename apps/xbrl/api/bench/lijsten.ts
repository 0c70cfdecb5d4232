/**
 * The XBRL section's lists at 100 and at 100,000 rows: a bestuur's aanleveringen, DUO's queue
 * across besturen, and the findings of one aanlevering (100 vs 100,000 bevindingen); p50/p95
 * through the whole app and their ratio. Not a test.
 *
 *   pnpm --filter @duo/xbrl-portaal bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/xbrl-portaal bench:lijsten
 */
import { newId } from '@duo/server-kit'
import { BESTUUR_A, benchLijsten, demoId, voegToe, type TestApp } from '@duo/server-kit/testing'
import xbrlApi from '../index'
import type { XbrlDb } from '../tables'
import { NOW } from '../test-support'

const ONDERDELEN = ['bestand', 'balans', 'staat-van-baten-en-lasten', 'toelichting', 'overig']
const STATUSSEN = ['ingediend', 'in-behandeling', 'geaccepteerd', 'afgekeurd', 'concept']
/** The referentie of row i: unique, like the real ones (`JV-2021-4F7A2C`). */
const referentie = (i: number) =>
  `JV-${1970 + (i % 30)}-${((i * 2_654_435_761) >>> 0).toString(16).toUpperCase().padStart(8, '0')}`
const GEZOCHT = 42
/** The demo's concept of De Linde for 2021: it gets the bench's findings. */
const MET_BEVINDINGEN = demoId('xbrl:aanlevering:a:2021:1')

async function vul(t: TestApp, n: number) {
  const db = t.platformOf('xbrl').db as XbrlDb
  // n aanleveringen of bestuur A: 30 verslagjaren (1970–1999) of n / 30 versions each.
  const jaren = Array.from({ length: 30 }, (_, j) => ({
    id: newId(),
    bestuursnummer: BESTUUR_A.bestuursnummer,
    verslagjaar: 1970 + j,
    created_at: '2020-01-01T00:00:00.000Z',
  }))
  await voegToe(db, 'xbrl_jaarverantwoording', jaren)
  const aanlevering = (i: number) => {
    const jv = jaren[i % 30]!
    const status = STATUSSEN[i % STATUSSEN.length]!
    const at = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString()
    return {
      id: newId(),
      jaarverantwoording_id: jv.id,
      bestuursnummer: jv.bestuursnummer,
      verslagjaar: jv.verslagjaar,
      versie: Math.floor(i / 30) + 1,
      status,
      referentie: status === 'concept' ? null : referentie(i),
      bestandsnaam: `jaarverantwoording-${jv.verslagjaar}-v${Math.floor(i / 30) + 1}.xbrl`,
      opslag_naam: null,
      grootte: 1000,
      geupload_op: at,
      geupload_door_naam: 'Bench',
      validatie_job_id: null,
      gevalideerd_bestand: null,
      gevalideerd_op: null,
      fouten: null,
      waarschuwingen: null,
      resultaat: null,
      ingediend_op: status === 'concept' ? null : at,
      ingediend_door_persoon_id: null,
      ingediend_door_naam: status === 'concept' ? null : 'Bench',
      created_at: at,
      updated_at: at,
    }
  }
  await voegToe(
    db,
    'xbrl_aanlevering',
    Array.from({ length: n }, (_, i) => aanlevering(i)),
  )
  // n findings of the demo's concept, and their counts as a validation stores them.
  const perOnderdeel: Record<string, { fouten: number; waarschuwingen: number }> = {}
  const bevindingen = Array.from({ length: n }, (_, i) => {
    const onderdeel = ONDERDELEN[i % ONDERDELEN.length]!
    const ernst = i % 3 ? 'error' : 'warning'
    const tel = (perOnderdeel[onderdeel] ??= { fouten: 0, waarschuwingen: 0 })
    if (ernst === 'warning') tel.waarschuwingen++
    else tel.fouten++
    return {
      id: newId(),
      aanlevering_id: MET_BEVINDINGEN,
      volgnummer: 1000 + i,
      regel_id: `bench-${i % 40}`,
      ernst,
      regelnummer: i + 1,
      kolom: 1,
      concept: null,
      onderdeel,
      nl: `Bevinding ${i}`,
      en: `Finding ${i}`,
    }
  })
  await db.deleteFrom('xbrl_bevinding').where('aanlevering_id', '=', MET_BEVINDINGEN).execute()
  await voegToe(db, 'xbrl_bevinding', bevindingen)
  await db
    .updateTable('xbrl_aanlevering')
    .set({
      resultaat: JSON.stringify({
        aborted: false,
        perRule: { bench: n },
        instance: null,
        overzicht: [],
        kengetallen: [],
        perOnderdeel,
      }),
    })
    .where('id', '=', MET_BEVINDINGEN)
    .execute()
}

const volgende = (pad: string) => (e: unknown) => {
  const v = (e as { volgende?: string | null }).volgende
  return v ? `${pad}${pad.includes('?') ? '&' : '?'}pagina=2&na=${v}` : pad
}

await benchLijsten({
  sectie: 'xbrl',
  sections: [xbrlApi],
  now: NOW,
  vul,
  endpoints: [
    { pad: '/xbrl/aanleveringen', als: 'verantwoording' },
    { pad: '/xbrl/aanleveringen?status=ingediend', als: 'verantwoording' },
    // One verslagjaar holds 3 of the 100 rows: ask both sizes for that page (3 rows), so the
    // ratio is what the table's size costs, not the difference between 3 rows and 25.
    { pad: '/xbrl/aanleveringen?verslagjaar=1985&aantal=3', als: 'verantwoording' },
    {
      pad: '/xbrl/aanleveringen',
      naam: '/xbrl/aanleveringen, pagina 2 (na=)',
      als: 'verantwoording',
      vervolg: volgende('/xbrl/aanleveringen'),
    },
    { pad: '/xbrl/aanleveringen?zoek=jaarverantwoording', als: 'verantwoording' },
    {
      pad: `/xbrl/aanleveringen?zoek=${referentie(GEZOCHT)}`,
      naam: '/xbrl/aanleveringen?zoek=<referentie>',
      als: 'verantwoording',
    },
    { pad: '/xbrl/behandeling', als: 'xbrl-behandelaar' },
    { pad: '/xbrl/behandeling?status=geaccepteerd', als: 'xbrl-behandelaar' },
    {
      pad: '/xbrl/behandeling',
      naam: '/xbrl/behandeling, pagina 2 (na=)',
      als: 'xbrl-behandelaar',
      vervolg: volgende('/xbrl/behandeling'),
    },
    {
      pad: `/xbrl/behandeling?zoek=${BESTUUR_A.bestuursnummer}`,
      naam: '/xbrl/behandeling?zoek=<bestuursnummer>',
      als: 'xbrl-behandelaar',
    },
    {
      pad: `/xbrl/behandeling?zoek=${referentie(GEZOCHT)}`,
      naam: '/xbrl/behandeling?zoek=<referentie>',
      als: 'xbrl-behandelaar',
    },
    { pad: `/xbrl/aanleveringen/${MET_BEVINDINGEN}/bevindingen`, als: 'verantwoording' },
    {
      pad: `/xbrl/aanleveringen/${MET_BEVINDINGEN}/bevindingen`,
      naam: '/xbrl/aanleveringen/:id/bevindingen?onderdeel=balans&na=',
      als: 'verantwoording',
      vervolg: (e) => {
        const balans = (
          e as { onderdelen: Array<{ onderdeel: string; volgende: string | null }> }
        ).onderdelen.find((o) => o.onderdeel === 'balans')
        return `/xbrl/aanleveringen/${MET_BEVINDINGEN}/bevindingen?onderdeel=balans${balans?.volgende ? `&na=${balans.volgende}` : ''}`
      },
    },
  ],
})
