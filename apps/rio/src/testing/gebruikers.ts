/**
 * Harness users for RIO's component tests, added to section-kit's list for this test process:
 * a RIO beheerder with all eight RIO user roles on the bestuur, and a beheerder po who holds
 * only the RIO beheer roles (he may give himself the user roles, but reads nothing yet).
 */
import { HARNESS_USERS } from '@duo/section-kit/harness'

export const RIO_BEHEERDER = 'rio-alle-rollen'
export const ALLEEN_BEHEER = 'rio-alleen-beheer'

const basis = HARNESS_USERS.find((u) => u.id === 'geen-rollen')!.user
const grant = (role: string) => ({ role, kenmerk: '101B234', from: null, until: null })
const ROLLEN = [
  'rio-beheren-onderwijsbestuur',
  'rio-beheren-contactadres',
  'rio-beheren-samenwerkingsvorm',
  'rio-beheren-rpl-context-instellingen',
  'rio-beheren-onderwijsaanbiedersgroep',
  'rio-beheren-onderwijslocatiegebruik',
  'rio-beheren-onderwijsaanbieder',
  'rio-beheren-aangeboden-opleiding',
]

for (const [id, naam, grants] of [
  [RIO_BEHEERDER, 'Hanna de Boer', ROLLEN.map(grant)],
  [
    ALLEEN_BEHEER,
    'Anouk Jansen',
    [
      { role: 'beheerder-po', kenmerk: '41234', from: null, until: null },
      grant('beheerder-rio-algemeen'),
      grant('beheerder-rio-selfservice'),
    ],
  ],
] as const)
  if (!HARNESS_USERS.some((u) => u.id === id))
    HARNESS_USERS.push({
      id,
      user: { ...basis, persoon: { id: `h-${id}`, naam }, grants: [...grants] },
    })

/** The register overview as the API answers it (two aanbieders, two locaties). */
export const overzicht = (over: Record<string, unknown> = {}) => ({
  geldigOp: '2025-03-17',
  vandaag: '2025-03-17',
  bestuur: {
    bestuursnummer: '41234',
    onderwijsbestuurcode: '101B234',
    naam: 'Stichting Openbaar Onderwijs De Linde',
    kvk: '30123456',
  },
  onderwijsbestuur: { code: '101B234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  aantallen: { onderwijsaanbieder: 2, onderwijslocatie: 2, 'aangeboden-opleiding': 3 },
  aanbieders: [
    { code: '101A001', naam: 'IKC De Regenboog' },
    { code: '101A002', naam: 'OBS Het Kompas' },
  ],
  locaties: [
    { code: '101X001', naam: 'Lindelaan 12, Zeist' },
    { code: '101X002', naam: 'Kompasstraat 3, Zeist' },
  ],
  erkenningen: [
    { erkenningscode: '12AB', naam: 'OBS De Regenboog', begindatum: '1997-08-01', einddatum: null },
    { erkenningscode: '34CD', naam: 'OBS Het Kompas', begindatum: '1997-08-01', einddatum: null },
    { erkenningscode: '78GH', naam: 'IKC De Boomgaard', begindatum: '2026-08-01', einddatum: null },
  ],
  waardelijsten: {
    opleidingseenheden: [
      {
        code: '1000O0001',
        nl: 'Basisonderwijs (PO-BAO)',
        en: 'Basisonderwijs (primary education, PO-BAO)',
      },
    ],
    doelgroepen: [
      { code: 'BO', nl: 'Basisonderwijs (BO)', en: 'Basisonderwijs (BO, regular primary)' },
      {
        code: 'SBO',
        nl: 'Speciaal basisonderwijs (SBO)',
        en: 'Speciaal basisonderwijs (SBO, special primary)',
      },
    ],
    onderwijsconcepten: [
      { code: 'GEEN', nl: 'Geen bijzonder concept', en: 'No particular concept' },
      { code: 'DALTON', nl: 'Dalton', en: 'Dalton' },
    ],
    contextsoorten: [{ code: 'ALGEMEEN', nl: 'Algemeen', en: 'General' }],
  },
  ...over,
})
