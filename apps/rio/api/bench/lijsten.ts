/**
 * RIO's lists at 100 and at 100,000 rows: the bestuur's log of changes (`/wijzigingen`, which
 * grows with every change: a keyset page and a count that stops at 1,000), and the register's
 * lists on a date (`/objecten`, `/register`, `/structuur`). A bestuur has tens of objects, not
 * thousands: those lists are small by nature and read the bestuur's own objects only, so here
 * the register around them grows (another bestuur's objects, each with its version and
 * segment) and the bestuur's own stays the demo's. p50/p95 through the whole app and their
 * ratio. Not a test.
 *
 *   pnpm --filter @duo/rio bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/rio bench:lijsten
 */
import { newId } from '@duo/server-kit'
import { benchLijsten, voegToe, type TestApp } from '@duo/server-kit/testing'
import rioApi from '../index'
import type { RioDb } from '../tables'

const A = '41234'
const B = '40567'

async function vul(t: TestApp, n: number) {
  const db = t.platformOf('rio').db as unknown as RioDb
  const wijziging = (i: number, bestuursnummer: string) => ({
    id: newId(),
    bestuursnummer,
    volgnummer: 100_000 + i,
    referentie: `RIO-BENCH-${bestuursnummer}-${i}`,
    omschrijving: `Bench ${i}`,
    bron: 'demo',
    ingediend_door_persoon_id: null,
    ingediend_door_naam: 'Bench',
    ingediend_op: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    aantal_mutaties: 1,
  })
  // The bestuur's own n changes, and another bestuur's 1,000.
  const eigen = Array.from({ length: n }, (_, i) => wijziging(i, A))
  const ander = Array.from({ length: 1_000 }, (_, i) => wijziging(i, B))
  await voegToe(db, 'rio_wijziging', [...eigen, ...ander])
  // The register around the bestuur: n objects of another bestuur, as they are now.
  const objecten = Array.from({ length: n }, (_, i) => ({
    id: newId(),
    bestuursnummer: B,
    soort: 'onderwijslocatie',
    code: `${800 + Math.floor(i / 1000)}Y${String(i % 1000).padStart(3, '0')}`,
    ouder_id: null,
    wijziging_id: ander[i % ander.length]!.id,
  }))
  await voegToe(db, 'rio_object', objecten)
  const versies = objecten.map((o, i) => ({
    id: newId(),
    object_id: o.id,
    wijziging_id: o.wijziging_id,
    volgnummer: 100_000 + (i % ander.length),
    positie: i,
    begindatum: '2020-01-01',
    einddatum: null,
    bestaat: 1,
    gegevens: JSON.stringify({ straatnaam: `Straat ${i}`, plaatsnaam: 'Zeist' }),
  }))
  await voegToe(db, 'rio_versie', versies)
  await voegToe(
    db,
    'rio_tijdlijn',
    versies.map((v) => ({
      object_id: v.object_id,
      bestuursnummer: B,
      begindatum: v.begindatum,
      einddatum: null,
      versie_id: v.id,
    })),
  )
}

const ALS = 'rio-medewerker'

await benchLijsten({
  sectie: 'rio',
  sections: [rioApi],
  now: '2025-03-17T10:00:00.000Z',
  vul,
  endpoints: [
    { pad: '/rio/wijzigingen', als: ALS },
    {
      pad: '/rio/wijzigingen',
      naam: '/rio/wijzigingen, pagina 2 (na=)',
      als: ALS,
      vervolg: (e) => {
        const na = (e as { volgende?: string | null }).volgende
        return na ? `/rio/wijzigingen?pagina=2&na=${na}` : '/rio/wijzigingen?pagina=2'
      },
    },
    { pad: '/rio/wijzigingen?pagina=3', naam: '/rio/wijzigingen?pagina=3 (offset)', als: ALS },
    { pad: '/rio/objecten?soort=onderwijslocatie', als: ALS },
    { pad: '/rio/objecten?soort=onderwijslocatie&zoek=zeist', als: ALS },
    { pad: '/rio/objecten?soort=onderwijsaanbieder&geldigOp=2022-01-01', als: ALS },
    { pad: '/rio/register', als: ALS },
    { pad: '/rio/structuur', als: ALS },
  ],
})
