/** Fixtures of the helpdesk's component tests; the fake BFF itself is section-kit's. */
export { fakeBff } from '@duo/section-kit/testing'

export const melding = (over: Record<string, unknown> = {}) => ({
  id: 'm-1',
  referentie: 'HD-2022-ABCDEF12',
  bestuursnummer: '41234',
  instellingscode: null,
  onderwerp: 'Leerling dubbel ingeschreven',
  categorie: 'rod',
  status: 'wacht-op-reactie',
  ingediendDoor: 'Anouk Jansen',
  legacyAccountId: null,
  createdAt: '2022-01-10T09:12:00.000Z',
  updatedAt: '2022-01-11T13:40:00.000Z',
  laatsteAntwoordHelpdeskAt: '2022-01-11T13:40:00.000Z',
  ongelezen: true,
  ...over,
})
