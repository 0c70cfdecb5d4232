/** Answers of the XBRL API for the component tests (the fake BFF is section-kit's). */
import { DUO_KENMERK } from '@duo/authz'
import { HARNESS_USERS } from '@duo/section-kit/harness'

export { fakeBff, apiFoutAntwoord } from '@duo/section-kit/testing'

export const BEHANDELAAR = 'xbrl-behandelaar'

// DUO's behandelaar jaarverantwoording, for this test process only.
if (!HARNESS_USERS.some((u) => u.id === BEHANDELAAR)) {
  HARNESS_USERS.push({
    id: BEHANDELAAR,
    user: {
      persoon: { id: 'h-xbrl', naam: 'Ingrid Mulder' },
      soort: 'duo-medewerker',
      organisatie: null,
      grants: [{ role: 'duo-behandelaar-xbrl', kenmerk: DUO_KENMERK, from: null, until: null }],
      machtigingen: [],
      niveau: null,
      bestuur: null,
    },
  })
}

export const validatie = (over: Record<string, unknown> = {}) => ({
  status: 'klaar',
  voortgang: 100,
  stap: null,
  fout: null,
  op: '2027-03-02T09:31:00.000Z',
  fouten: 2,
  waarschuwingen: 1,
  ...over,
})

export function detail(
  over: {
    aanlevering?: Record<string, unknown>
    mag?: Record<string, boolean>
    venster?: Record<string, unknown>
  } = {},
) {
  return {
    aanlevering: {
      id: 'a-1',
      jaarverantwoordingId: 'jv-1',
      bestuursnummer: '41234',
      bestuurNaam: 'Stichting Openbaar Onderwijs De Linde',
      verslagjaar: 2026,
      versie: 1,
      status: 'concept',
      referentie: null,
      bestand: {
        naam: 'jv-2026.xbrl',
        grootte: 14_000,
        geuploadOp: '2027-03-02T09:30:00.000Z',
        geuploadDoor: 'Joost van Dijk',
      },
      gevalideerd: null,
      ingediendOp: null,
      ingediendDoor: null,
      createdAt: '2027-03-01T08:00:00.000Z',
      updatedAt: '2027-03-02T09:31:00.000Z',
      laatste: true,
      validatie: validatie(),
      ...over.aanlevering,
    },
    venster: {
      verslagjaar: 2026,
      termijn: '2027-07-01',
      indienenVanaf: '2027-01-01',
      open: true,
      indienen: true,
      ...over.venster,
    },
    mag: { uploaden: true, indienen: false, corrigeren: false, beoordelen: false, ...over.mag },
    geschiedenis: [
      {
        status: 'concept',
        op: '2027-03-01T08:00:00.000Z',
        door: 'Joost van Dijk',
        toelichting: null,
      },
    ],
    versies: [{ id: 'a-1', versie: 1, status: 'concept', ingediendOp: null }],
  }
}

export const bevindingen = () => ({
  validatie: validatie(),
  nietGetoond: 0,
  onderdelen: [
    {
      onderdeel: 'balans',
      fouten: 2,
      waarschuwingen: 0,
      bevindingen: [
        {
          regelId: 'OCW-CALC',
          ernst: 'error',
          regel: 21,
          kolom: 3,
          concept: 'ocw-i:VlottendeActiva',
          onderdeel: 'balans',
          nl: 'Totaal vlottende activa is 2.438.635, maar de onderdelen tellen op tot 2.441.135 (verschil -2.500).',
          en: 'Total current assets is 2,438,635, but its parts add up to 2,441,135 (difference -2,500).',
        },
        {
          regelId: 'OCW-CALC',
          ernst: 'error',
          regel: 22,
          kolom: 3,
          concept: 'ocw-i:TotaalActiva',
          onderdeel: 'balans',
          nl: 'Totaal activa is 5.172.871, maar de onderdelen tellen op tot 5.175.371 (verschil -2.500).',
          en: 'Total assets is 5,172,871, but its parts add up to 5,175,371 (difference -2,500).',
        },
      ],
    },
    {
      onderdeel: 'bestand',
      fouten: 0,
      waarschuwingen: 1,
      bevindingen: [
        {
          regelId: 'XBRL-CONTEXT-UNUSED',
          ernst: 'warning',
          regel: 7,
          kolom: 3,
          concept: null,
          onderdeel: 'bestand',
          nl: "De context 'ONGEBRUIKT' wordt door geen feit gebruikt.",
          en: "The context 'ONGEBRUIKT' is used by no fact.",
        },
      ],
    },
  ],
})

export const jaarverantwoordingen = () => ({
  vandaag: '2027-03-02',
  verslagjaren: [
    {
      verslagjaar: 2027,
      termijn: '2028-07-01',
      indienenVanaf: '2028-01-01',
      open: true,
      indienen: false,
      jaarverantwoordingId: null,
      laatste: null,
      versies: 0,
    },
    {
      verslagjaar: 2026,
      termijn: '2027-07-01',
      indienenVanaf: '2027-01-01',
      open: true,
      indienen: true,
      jaarverantwoordingId: 'jv-1',
      laatste: {
        id: 'a-1',
        versie: 1,
        status: 'concept',
        referentie: null,
        ingediendOp: null,
        validatie: validatie(),
      },
      versies: 1,
    },
    {
      verslagjaar: 2025,
      termijn: '2026-07-01',
      indienenVanaf: '2026-01-01',
      open: false,
      indienen: false,
      jaarverantwoordingId: 'jv-0',
      laatste: {
        id: 'a-0',
        versie: 2,
        status: 'geaccepteerd',
        referentie: 'JV-2026-ABC123',
        ingediendOp: '2026-05-28T09:30:00.000Z',
        validatie: validatie({ fouten: 0, waarschuwingen: 0 }),
      },
      versies: 2,
    },
  ],
})

export const overzicht = () => ({
  verslagjaar: 2025,
  versie: 2,
  instance: null,
  kengetallen: [
    {
      id: 'rentabiliteit',
      nl: 'Rentabiliteit',
      en: 'Rentabiliteit (profitability)',
      waarde: 0.0123,
      gerapporteerd: 0.0123,
      formule: { nl: 'resultaat / totale baten', en: 'result / total income' },
    },
    {
      id: 'solvabiliteit-ii',
      nl: 'Solvabiliteit II',
      en: 'Solvabiliteit II (solvency)',
      waarde: 0.7546,
      gerapporteerd: null,
      formule: {
        nl: '(eigen vermogen + voorzieningen) / totale passiva',
        en: '(equity + provisions) / total equity and liabilities',
      },
    },
    {
      id: 'liquiditeit',
      nl: 'Liquiditeit (current ratio)',
      en: 'Liquiditeit (current ratio)',
      waarde: null,
      gerapporteerd: null,
      formule: {
        nl: 'vlottende activa / kortlopende schulden',
        en: 'current assets / current liabilities',
      },
    },
  ],
  staten: [
    {
      onderdeel: 'balans',
      nl: 'Balans per 31 december',
      en: 'Balance sheet at 31 December',
      regels: [
        {
          concept: 'ocw-i:BalansTitel',
          nl: 'Balans per 31 december',
          en: 'Balance sheet at 31 December',
          diepte: 0,
          kop: true,
          waarde: null,
          tekst: null,
        },
        {
          concept: 'ocw-i:ActivaTitel',
          nl: 'Activa',
          en: 'Assets',
          diepte: 1,
          kop: true,
          waarde: null,
          tekst: null,
        },
        {
          concept: 'ocw-i:TotaalActiva',
          nl: 'Totaal activa',
          en: 'Total assets',
          diepte: 2,
          kop: false,
          waarde: 5172871,
          tekst: null,
        },
      ],
    },
  ],
})
