/** Fixtures of bekostiging's component tests; the fake BFF itself is section-kit's. */
import { DUO_KENMERK } from '@duo/authz'
import { HARNESS_USERS } from '@duo/section-kit/harness'

export { fakeBff, apiFoutAntwoord } from '@duo/section-kit/testing'

export const SCHOLEN = {
  scholen: [
    { instellingscode: '12AB', naam: 'OBS De Regenboog', soort: 'bao' },
    { instellingscode: '34CD', naam: 'OBS Het Kompas', soort: 'bao' },
  ],
}

export const aanvraag = (over: Record<string, unknown> = {}) => ({
  id: 'a-1',
  referentie: null,
  bestuursnummer: '41234',
  instellingscode: '12AB',
  categorie: 'eerste-opvang',
  status: 'concept',
  gegevens: { instellingscode: '12AB', peildatum: '2022-02-01', leerlingen: [] },
  eigenaarPersoonId: 'h-alles',
  eigenaarNaam: 'Testgebruiker',
  ingediendOp: null,
  ingediendDoor: null,
  intermediairKvk: null,
  ontvangenDag: null,
  uitersteBeslisdatum: null,
  ingangsdatum: null,
  indicatiefBedrag: null,
  behandelaarNaam: null,
  afgerondOp: null,
  createdAt: '2022-02-09T10:00:00.000Z',
  updatedAt: '2022-02-09T10:00:00.000Z',
  schoolNaam: 'OBS De Regenboog',
  bestuurNaam: 'Stichting Openbaar Onderwijs De Linde',
  ...over,
})

/** A DUO behandelaar bekostiging for the back office's tests, for this test process only. */
export const BEHANDELAAR = 'behandelaar'
if (!HARNESS_USERS.some((u) => u.id === BEHANDELAAR))
  HARNESS_USERS.push({
    id: BEHANDELAAR,
    user: {
      persoon: { id: 'h-behandelaar', naam: 'Frank de Graaf' },
      soort: 'duo-medewerker',
      organisatie: null,
      grants: [
        { role: 'duo-behandelaar-bekostiging', kenmerk: DUO_KENMERK, from: null, until: null },
      ],
      machtigingen: [],
      niveau: null,
      bestuur: null,
    },
  })

/** The raadpleger zaakdossier and the beheerder bekostiging of bestuur A. */
const alles = HARNESS_USERS.find((u) => u.id === 'alles')!.user
for (const [id, role] of [
  ['raadpleger', 'raadpleger-zaakdossier'],
  ['beheerder-bekostiging', 'beheerder-bekostiging-opleidingen'],
] as const)
  if (!HARNESS_USERS.some((u) => u.id === id))
    HARNESS_USERS.push({
      id,
      user: {
        ...alles,
        persoon: { id: `h-${id}`, naam: id },
        grants: [{ role, kenmerk: '41234', from: null, until: null }],
      },
    })
