/** The rows of bekostiging's list benchmark (`lijsten.ts`): n of bestuur A's, 1,000 of B's. */
import { newId } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoPersoonId, voegToe, type TestApp } from '@duo/server-kit/testing'
import { CATEGORIEEN } from '../../regels/categorieen'
import { SIGNAALCODES } from '../../regels/signalen'

const STATUSSEN = ['ingediend', 'in-behandeling', 'toegekend', 'afgewezen', 'ingetrokken'] as const
const BEZWAAR_STATUSSEN = ['ingediend', 'in-behandeling', 'gegrond', 'ongegrond'] as const
export const TELDATUM = '2019-10-01'
const DAG = 86_400_000
const dag = (ms: number) => new Date(ms).toISOString().slice(0, 10)
/** Row i is received half an hour after row i - 1, from 1 January 2016. */
const ontvangen = (i: number) => Date.UTC(2016, 0, 1) + i * 1_800_000
/** The referentie of aanvraag i (unique, as the real ones: `BB-2016-000042`). */
export const referentie = (i: number) =>
  `BB-${new Date(ontvangen(i)).getUTCFullYear()}-${String(i).padStart(6, '0')}`
export const GEZOCHT = 42

export async function vul(t: TestApp, n: number) {
  const db = t.platformOf('bekostiging').db
  const persoon = demoPersoonId('medewerker-bekostiging')!
  const aanvraag = (i: number, bestuursnummer: string) => {
    const op = ontvangen(i)
    return {
      id: newId(),
      referentie: referentie(i),
      bestuursnummer,
      instellingscode: i % 2 ? '12AB' : '34CD',
      categorie: CATEGORIEEN[i % CATEGORIEEN.length]!,
      status: STATUSSEN[i % STATUSSEN.length]!,
      gegevens: '{}',
      eigenaar_persoon_id: persoon,
      eigenaar_naam: 'Bench',
      ingediend_op: new Date(op).toISOString(),
      ingediend_door_persoon_id: persoon,
      ingediend_door: 'Bench Medewerker',
      intermediair_kvk: null,
      ontvangen_dag: dag(op),
      uiterste_beslisdatum: dag(op + 122 * DAG),
      ingangsdatum: dag(op),
      indicatief_bedrag: null,
      behandelaar_persoon_id: null,
      behandelaar_naam: null,
      afgerond_op: null,
      created_at: new Date(op).toISOString(),
      updated_at: new Date(op).toISOString(),
    }
  }
  const bezwaar = (i: number, bestuursnummer: string) => {
    const op = ontvangen(i * 10 + 5)
    return {
      id: newId(),
      referentie: `BZ-${new Date(op).getUTCFullYear()}-${String(i).padStart(7, '0')}`,
      bestuursnummer,
      onderwerp: 'beschikking',
      vaststelling_id: null,
      aanvraag_id: null,
      instellingscode: i % 2 ? '12AB' : '34CD',
      gronden: 'Het bedrag is te laag vastgesteld voor de opvang van nieuwkomers.',
      status: BEZWAAR_STATUSSEN[i % BEZWAAR_STATUSSEN.length]!,
      ingediend_op: new Date(op).toISOString(),
      ontvangen_dag: dag(op),
      uiterste_beslisdatum: dag(op + 42 * DAG),
      ingediend_door_persoon_id: persoon,
      ingediend_door: 'Bench Medewerker',
      intermediair_kvk: null,
      behandelaar_persoon_id: null,
      behandelaar_naam: null,
      motivering: null,
      document_id: null,
      afgerond_op: null,
      updated_at: new Date(op).toISOString(),
    }
  }
  const registratie = (i: number, bestuursnummer: string) => ({
    id: newId(),
    bestuursnummer,
    instellingscode: i % 2 ? '12AB' : '34CD',
    teldatum: TELDATUM,
    leerlingnummer: `L${String(i).padStart(8, '0')}`,
    leeftijdscategorie: i % 3 ? '8+' : '4-7',
    inschrijfdatum: '2018-08-27',
    bekostigd: i % 4 ? 1 : 0,
    signaalcode: SIGNAALCODES[i % SIGNAALCODES.length]!,
  })
  // The bestuur's own n aanvragen, n / 10 bezwaren and n registrations with a signal, and
  // another bestuur's 1,000 of each, as in real life.
  const b = BESTUUR_B.bestuursnummer
  await voegToe(db, 'bekostiging_aanvraag', [
    ...Array.from({ length: n }, (_, i) => aanvraag(i, BESTUUR_A.bestuursnummer)),
    ...Array.from({ length: 1_000 }, (_, i) => aanvraag(1_000_000 + i, b)),
  ])
  await voegToe(db, 'bekostiging_bezwaar', [
    ...Array.from({ length: Math.ceil(n / 10) }, (_, i) => bezwaar(i, BESTUUR_A.bestuursnummer)),
    ...Array.from({ length: 1_000 }, (_, i) => bezwaar(1_000_000 + i, b)),
  ])
  await voegToe(db, 'bekostiging_statustoekenning', [
    ...Array.from({ length: n }, (_, i) => registratie(i, BESTUUR_A.bestuursnummer)),
    ...Array.from({ length: 1_000 }, (_, i) => registratie(1_000_000 + i, b)),
  ])
}
