/** Answers of the OSR's API as the pages receive them, for component tests. */
export const LP = '11111111-1111-4111-8111-111111111111'
export const WISE = '22222222-2222-4222-8222-222222222222'
export const MANDAAT = '33333333-3333-4333-8333-333333333333'

const dienst = (code: string, naam: string, extra: Record<string, unknown> = {}) => ({
  dienst: code,
  naam: { nl: naam, en: naam },
  verplicht: ['rod-po', 'rio', 'doorstroomtoets'].includes(code),
  actief: null,
  volgend: null,
  waarschuwing: null,
  ...extra,
})

const mandaat = (extra: Record<string, unknown> = {}) => ({
  id: MANDAAT,
  bestuursnummer: '41234',
  instellingscode: '12AB',
  schoolNaam: 'OBS De Regenboog',
  dienst: 'oso',
  systeem: { id: LP, naam: 'LeerlingPlan', leverancier: 'Leerling Online B.V.' },
  startdatum: '2022-06-01',
  einddatum: null,
  ingetrokkenOp: null,
  gegevenOp: '2022-06-01T08:00:00.000Z',
  gegevenDoor: 'Iris Dekker',
  gekopieerdVan: null,
  status: 'actief',
  ...extra,
})

export const scholen = () => ({
  vandaag: '2022-06-01',
  bestuur: { bestuursnummer: '41234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  scholen: [
    {
      instellingscode: '12AB',
      naam: 'OBS De Regenboog',
      systeem: { id: LP, naam: 'LeerlingPlan', leverancier: 'Leerling Online B.V.' },
      diensten: [
        dienst('rod-po', 'ROD PO', { actief: mandaat({ dienst: 'rod-po' }) }),
        dienst('verzuim', 'Verzuim'),
        dienst('rio', 'RIO', { actief: mandaat({ dienst: 'rio' }) }),
        dienst('doorstroomtoets', 'Doorstroomtoets po', {
          actief: mandaat({ dienst: 'doorstroomtoets' }),
        }),
        dienst('oso', 'OSO'),
      ],
    },
    {
      instellingscode: '34CD',
      naam: 'OBS Het Kompas',
      systeem: { id: WISE, naam: 'Wise LAS', leverancier: 'Schoolwise B.V.' },
      diensten: [
        dienst('rod-po', 'ROD PO', {
          actief: mandaat({ dienst: 'rod-po', instellingscode: '34CD' }),
        }),
        dienst('verzuim', 'Verzuim'),
        dienst('rio', 'RIO', {
          waarschuwing: {
            code: 'ontbreekt',
            nl: 'Geen mandaat voor RIO.',
            en: 'No mandaat for RIO.',
          },
        }),
        dienst('doorstroomtoets', 'Doorstroomtoets po', {
          actief: mandaat({ dienst: 'doorstroomtoets' }),
        }),
        dienst('oso', 'OSO'),
      ],
    },
  ],
  waarschuwingen: 1,
})

export const systemen = () => ({
  systemen: [
    {
      id: LP,
      naam: 'LeerlingPlan',
      leverancier: 'Leerling Online B.V.',
      diensten: ['rod-po', 'verzuim', 'rio', 'doorstroomtoets', 'oso'],
      kwalificatieOp: '2019-01-01',
    },
    {
      id: WISE,
      naam: 'Wise LAS',
      leverancier: 'Schoolwise B.V.',
      diensten: ['rod-po', 'verzuim', 'rio', 'doorstroomtoets'],
      kwalificatieOp: '2019-06-01',
    },
  ],
})

export const detail = (extra: Record<string, unknown> = {}) => ({
  mandaat: mandaat(extra),
  gebeurtenissen: [
    {
      soort: 'gegeven',
      op: '2022-06-01T08:00:00.000Z',
      door: 'Iris Dekker',
      einddatum: null,
      vanMandaat: null,
    },
  ],
  kopieerbaarNaar: [{ instellingscode: '78GH', naam: 'OBS De Vlieger' }],
})
