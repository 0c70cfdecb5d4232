import type { PortalUser } from '@duo/portal-sdk'

/** The demo bestuur of the harness: the same tree as bestuur A of the demo data. */
const bestuur = {
  bestuursnummer: '41234',
  kvk: '30123456',
  onderwijsbestuurcode: '101B234',
  naam: 'Stichting Openbaar Onderwijs De Linde',
  osrOvereenkomstGetekend: true,
  scholen: [
    {
      instellingscode: '12AB',
      naam: 'OBS De Regenboog',
      vestigingscodes: ['12AB00'],
      onderwijsaanbiedercode: '101A001',
    },
    {
      instellingscode: '34CD',
      naam: 'OBS Het Kompas',
      vestigingscodes: ['34CD00', '34CD01'],
      onderwijsaanbiedercode: '101A002',
    },
  ],
}

const base = (
  id: string,
  naam: string,
  grants: PortalUser['grants'],
  machtigingen: PortalUser['machtigingen'] = ['mijn-duo', 'mijn-helpdesk-po'],
): PortalUser => ({
  persoon: { id, naam },
  soort: 'bestuur-medewerker',
  organisatie: {
    kvk: bestuur.kvk,
    bestuursnummer: bestuur.bestuursnummer,
    naam: bestuur.naam,
    intermediair: null,
  },
  grants,
  machtigingen,
  niveau: 'EH3',
  bestuur,
})

const grant = (role: string, kenmerk: string) => ({ role, kenmerk, from: null, until: null })

/** Test users to switch between in the harness: each shows another slice of a section. */
export const HARNESS_USERS: Array<{ id: string; user: PortalUser }> = [
  {
    id: 'alles',
    user: base('h-alles', 'Testgebruiker met alle rollen', [
      grant('beheerder-po', '41234'),
      grant('medewerker-bekostiging', '41234'),
      grant('raadpleger-zaakdossier', '41234'),
      grant('medewerker-opleidingen', '41234'),
      grant('medewerker-verantwoording', '41234'),
      grant('po-informatiediensten', '41234'),
      grant('medewerker-bestuur-rod', '41234'),
      grant('medewerker-schooladministratie-rod', '12AB'),
      grant('beheerder-rio-algemeen', '101B234'),
      grant('rio-beheren-onderwijsaanbieder', '101A001'),
      grant('osr-toegang', '41234'),
    ]),
  },
  {
    id: 'schoolleiding-12ab',
    user: base('h-sl', 'Schoolleider 12AB', [grant('medewerker-schoolleiding-rod', '12AB')]),
  },
  { id: 'geen-rollen', user: base('h-nieuw', 'Nieuwe medewerker zonder rollen', []) },
]
