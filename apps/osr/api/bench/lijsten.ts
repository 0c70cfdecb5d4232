/**
 * The OSR's lists at 100 and at 100,000 rows: a bestuur's mandaten (all, per status, school and
 * dienst, the next page by its cursor); p50/p95 through the whole app and their ratio. Not a test.
 *
 *   pnpm --filter @duo/osr bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/osr bench:lijsten
 */
import { newId } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, benchLijsten, voegToe, type TestApp } from '@duo/server-kit/testing'
import api from '../index'
import { DIENSTEN } from '../shared/diensten'
import { NOW, systeem } from '../test-support'

const SCHOLEN = ['12AB', '34CD']
const SYSTEMEN = [systeem('leerlingplan'), systeem('wise-las')]

async function vul(t: TestApp, n: number) {
  const db = t.platformOf('osr').db
  const rij = (i: number, bestuursnummer: string) => {
    const start = new Date(Date.UTC(2000, 0, 1) + i * 3_600_000)
    const dag = start.toISOString().slice(0, 10)
    return {
      id: newId(),
      bestuursnummer,
      instellingscode: SCHOLEN[i % SCHOLEN.length]!,
      dienst: DIENSTEN[i % DIENSTEN.length]!,
      systeem_id: SYSTEMEN[i % SYSTEMEN.length]!,
      startdatum: dag,
      // Most of a long history has ended; some were revoked.
      einddatum: i % 4 === 0 ? null : dag,
      ingetrokken_op: i % 7 === 0 ? start.toISOString() : null,
      gegeven_op: start.toISOString(),
      gegeven_door_persoon_id: null,
      gegeven_door_naam: 'Bench',
      gekopieerd_van: null,
    }
  }
  await voegToe(db, 'osr_mandaat', [
    ...Array.from({ length: n }, (_, i) => rij(i, BESTUUR_A.bestuursnummer)),
    ...Array.from({ length: 1_000 }, (_, i) => rij(i, BESTUUR_B.bestuursnummer)),
  ])
}

await benchLijsten({
  sectie: 'osr',
  sections: [api],
  now: NOW,
  vul,
  endpoints: [
    { pad: '/osr/mandaten', als: 'osr' },
    { pad: '/osr/mandaten?status=actief', als: 'osr' },
    // A filter that matches fewer than a page (25) of the 100 rows asks for the page the small
    // list can fill, so both sizes answer the same number of rows: the ratio is then what the
    // table's size costs, not the difference between 15 rows and 25.
    { pad: '/osr/mandaten?status=ingetrokken&aantal=10', als: 'osr' },
    { pad: '/osr/mandaten?status=beeindigd', als: 'osr' },
    { pad: '/osr/mandaten?status=toekomstig', als: 'osr' },
    { pad: '/osr/mandaten?school=34CD', als: 'osr' },
    { pad: '/osr/mandaten?school=34CD&dienst=oso&aantal=10', als: 'osr' },
    {
      pad: '/osr/mandaten',
      naam: '/osr/mandaten, pagina 2 (na=)',
      als: 'osr',
      vervolg: (e) => {
        const v = (e as { volgende?: string | null }).volgende
        return v ? `/osr/mandaten?pagina=2&na=${v}` : '/osr/mandaten?pagina=2'
      },
    },
  ],
})
