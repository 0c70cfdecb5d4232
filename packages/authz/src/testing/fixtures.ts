import type { Grant, Subject } from '../context/subject.ts'
import type { Bestuur, School } from '../organisation/bestuur.ts'

/** A bestuur with two schools that signed the overeenkomst OSR. */
export const aanZee: Bestuur = {
  bestuursnummer: '41234',
  kvk: '12345678',
  onderwijsbestuurcode: '100B490',
  naam: 'Stichting Openbaar Onderwijs aan Zee',
  osrOvereenkomstGetekend: true,
  scholen: [
    {
      instellingscode: '12AB',
      naam: 'OBS De Vuurtoren',
      vestigingscodes: ['12AB00', '12AB01'],
      onderwijsaanbiedercode: '123A456',
    },
    {
      instellingscode: '34CD',
      naam: 'OBS Het Duin',
      vestigingscodes: ['34CD00'],
      onderwijsaanbiedercode: '234A567',
    },
  ],
}

/** Another bestuur, without the overeenkomst OSR. */
export const polder: Bestuur = {
  bestuursnummer: '52345',
  kvk: '87654321',
  onderwijsbestuurcode: '200B591',
  naam: 'Stichting Katholiek Onderwijs Polder',
  osrOvereenkomstGetekend: false,
  scholen: [
    {
      instellingscode: '56EF',
      naam: 'RKBS De Molen',
      vestigingscodes: ['56EF00'],
      onderwijsaanbiedercode: '345A678',
    },
  ],
}

/** A bestuur employee logged in with eHerkenning EH3 for `bestuur`, with both machtigingen. */
export function medewerker(
  grants: Grant[],
  bestuur: Bestuur = aanZee,
  extra: Partial<Subject> = {},
): Subject {
  return {
    kind: 'bestuur-medewerker',
    personId: 'p-1',
    grants,
    actsFor: { kvk: bestuur.kvk, bestuursnummer: bestuur.bestuursnummer },
    intermediary: null,
    machtigingen: ['mijn-duo', 'mijn-helpdesk-po'],
    niveau: 'EH3',
    ...extra,
  }
}

/** A DUO employee; logs in without eHerkenning. */
export function duoMedewerker(grants: Grant[], personId = 'duo-1'): Subject {
  return { kind: 'duo-medewerker', personId, grants, machtigingen: [], niveau: 'EH2' }
}

/** A bestuur with `n` schools, codes derived from `seed` so two seeds never share a code. */
export function bestuurWithSchools(n: number, seed = 1): Bestuur {
  const scholen: School[] = []
  for (let i = 0; i < n; i++) {
    const letters = String.fromCharCode(65 + (((i / 26) | 0) % 26), 65 + (i % 26))
    const digits = String((seed * 7 + ((i / 676) | 0)) % 100).padStart(2, '0')
    const code = `${digits}${letters}`
    scholen.push({
      instellingscode: code,
      naam: `School ${i + 1}`,
      vestigingscodes: [`${code}00`],
      onderwijsaanbiedercode: `${String(seed % 1000).padStart(3, '0')}A${String(i).padStart(3, '0')}`,
    })
  }
  return {
    bestuursnummer: String(10000 + seed),
    kvk: String(10000000 + seed),
    onderwijsbestuurcode: `${String(seed % 1000).padStart(3, '0')}B001`,
    naam: `Bestuur ${seed}`,
    osrOvereenkomstGetekend: seed % 2 === 0,
    scholen,
  }
}

/** Midsummer 2022: every dated rule has started. */
export const JULY_2022 = new Date('2022-07-01T10:00:00+02:00')
