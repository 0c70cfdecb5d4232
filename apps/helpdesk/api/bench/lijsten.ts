/**
 * The helpdesk's lists at 100 and at 100,000 rows (meldingen of the bestuur, the helpdesk's
 * queue, the digitaal archief), p50/p95 through the whole app and their ratio. Not a test.
 *
 *   pnpm --filter @duo/helpdesk bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/helpdesk bench:lijsten
 */
import { newId } from '@duo/server-kit'
import {
  BESTUUR_A,
  BESTUUR_B,
  benchLijsten,
  demoPersoonId,
  voegToe,
  type TestApp,
} from '@duo/server-kit/testing'
import helpdeskApi from '../index'
import { CATEGORIEEN, STATUSSEN } from '../tables'

const ONDERWERPEN = [
  'Storing bij het inloggen',
  'Vraag over de bekostiging',
  'Leerling ontbreekt in ROD',
  'Wijziging adres vestiging',
  'Inschrijving nieuwe school',
  'Foutmelding bij uploaden',
  'Machtiging eHerkenning',
]
/** The referentie of row i: unique, like the real ones (`HD-2021-4F7A2C01`). */
const referentie = (i: number) =>
  `HD-2021-${((i * 2_654_435_761) >>> 0).toString(16).toUpperCase().padStart(8, '0')}`
const GEZOCHT = 42

async function vul(t: TestApp, n: number) {
  const db = t.platformOf('helpdesk').db
  const persoon = demoPersoonId('beheerder-po')
  const melding = (i: number, bestuursnummer: string) => {
    const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString()
    return {
      id: newId(),
      referentie: referentie(i),
      bestuursnummer,
      instellingscode: null,
      onderwerp: `${ONDERWERPEN[i % ONDERWERPEN.length]} (${i})`,
      categorie: CATEGORIEEN[i % CATEGORIEEN.length]!,
      status: STATUSSEN[i % 4]!,
      ingediend_door_persoon_id: persoon,
      ingediend_door_naam: 'Bench',
      legacy_account_id: null,
      created_at: at,
      updated_at: at,
      laatste_antwoord_helpdesk_at: i % 3 === 0 ? at : null,
    }
  }
  // The bestuur's own n meldingen, and another bestuur's 1,000, as in real life.
  await voegToe(db, 'helpdesk_melding', [
    ...Array.from({ length: n }, (_, i) => melding(i, BESTUUR_A.bestuursnummer)),
    ...Array.from({ length: 1_000 }, (_, i) => melding(1_000_000 + i, BESTUUR_B.bestuursnummer)),
  ])
  const document = (i: number, bestuursnummer: string) => ({
    id: newId(),
    bestuursnummer,
    bron: 'bekostiging',
    soort: (['brief', 'beschikking', 'bevestiging', 'overzicht'] as const)[i % 4],
    titel: `${i % 4 === 1 ? 'Beschikking bijzondere bekostiging' : 'Brief over de telling'} ${2000 + (i % 22)}`,
    referentie: `BB-${2000 + (i % 22)}-${String(i).padStart(6, '0')}`,
    datum: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10),
    bestandsnaam: `document-${i}.pdf`,
    content_type: 'application/pdf',
    grootte: 1000,
    opslag: `documenten/bench-${bestuursnummer}-${i}`,
    zaak_referentie: null,
    created_at: new Date(Date.UTC(2021, 0, 1)).toISOString(),
  })
  await voegToe(t.db, 'document', [
    ...Array.from({ length: n }, (_, i) => document(i, BESTUUR_A.bestuursnummer)),
    ...Array.from({ length: 1_000 }, (_, i) => document(i, BESTUUR_B.bestuursnummer)),
  ])
}

await benchLijsten({
  sectie: 'helpdesk',
  sections: [helpdeskApi],
  vul,
  endpoints: [
    { pad: '/helpdesk/overzicht', als: 'beheerder-po' },
    { pad: '/helpdesk/meldingen', als: 'beheerder-po' },
    { pad: '/helpdesk/meldingen?status=in-behandeling', als: 'beheerder-po' },
    { pad: '/helpdesk/meldingen?sorteer=aangemaakt&richting=asc', als: 'beheerder-po' },
    {
      pad: '/helpdesk/meldingen?pagina=2',
      naam: '/helpdesk/meldingen, pagina 2 (na=)',
      als: 'beheerder-po',
      vervolg: (e) => {
        const volgende = (e as { volgende?: string | null }).volgende
        return volgende
          ? `/helpdesk/meldingen?pagina=3&na=${volgende}`
          : '/helpdesk/meldingen?pagina=3'
      },
    },
    { pad: '/helpdesk/meldingen?zoek=storing', als: 'beheerder-po' },
    {
      pad: `/helpdesk/meldingen?zoek=${referentie(GEZOCHT)}`,
      naam: '/helpdesk/meldingen?zoek=<referentie>',
      als: 'beheerder-po',
    },
    { pad: '/helpdesk/werkvoorraad', als: 'helpdeskmedewerker' },
    { pad: '/helpdesk/werkvoorraad?status=nieuw', als: 'helpdeskmedewerker' },
    { pad: '/helpdesk/werkvoorraad?zoek=storing', als: 'helpdeskmedewerker' },
    {
      pad: `/helpdesk/werkvoorraad?bestuursnummer=${BESTUUR_A.bestuursnummer}`,
      als: 'helpdeskmedewerker',
    },
    {
      pad: `/helpdesk/werkvoorraad?zoek=${referentie(GEZOCHT)}`,
      naam: '/helpdesk/werkvoorraad?zoek=<referentie>',
      als: 'helpdeskmedewerker',
    },
    { pad: '/helpdesk/archief', als: 'beheerder-po' },
    { pad: '/helpdesk/archief?soort=beschikking', als: 'beheerder-po' },
    { pad: '/helpdesk/archief?zoek=beschikking', als: 'beheerder-po' },
    {
      pad: `/helpdesk/archief?zoek=BB-2011-${String(GEZOCHT * 22 + 11).padStart(6, '0')}`,
      naam: '/helpdesk/archief?zoek=<referentie>',
      als: 'beheerder-po',
    },
    {
      pad: '/helpdesk/archief',
      naam: '/helpdesk/archief, volgende pagina (na=)',
      als: 'beheerder-po',
      vervolg: (e) => `/helpdesk/archief?pagina=2&na=${(e as { volgende: string }).volgende}`,
    },
  ],
})
