/** Answers of ROD's API for the component tests, in the shapes the API gives. */
export { fakeBff } from '@duo/section-kit/testing'

const teldatum = (teldatum: string, bereikt: boolean, n: number) => ({
  teldatum,
  bereikt,
  perLeerjaar: bereikt
    ? [1, 2, 3, 4, 5, 6, 7, 8].map((leerjaar) => ({ leerjaar, aantal: n + leerjaar }))
    : [],
  perSchool: bereikt ? [{ instellingscode: '12AB', aantal: 8 * n + 36 }] : [],
  totaal: bereikt ? 8 * n + 36 : 0,
})

export const dashboard = (over: Record<string, unknown> = {}) => ({
  bestuur: { bestuursnummer: '41234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  school: { instellingscode: '12AB', naam: 'OBS De Regenboog' },
  scholen: [{ instellingscode: '12AB', naam: 'OBS De Regenboog' }],
  schooljaren: ['2023-2024', '2022-2023', '2021-2022'],
  schooljaar: '2023-2024',
  vandaag: '2024-01-15',
  leerlingen: [teldatum('2023-10-01', true, 30), teldatum('2024-02-01', false, 0)],
  schooladviezen: {
    regime: 'vanaf-2023',
    eerste: {
      soort: 'voorlopig',
      label: { nl: 'Voorlopig schooladvies', en: 'Provisional schooladvies' },
    },
    tweede: {
      soort: 'definitief',
      label: { nl: 'Definitief schooladvies', en: 'Final schooladvies' },
    },
    perWaarde: [
      { code: 'havo', label: { nl: 'havo', en: 'havo' }, aantal: 12 },
      {
        code: 'vmbo-kb-lwoo',
        label: { nl: 'vmbo kb met lwoo', en: 'vmbo kb with lwoo (learning support)' },
        aantal: 3,
      },
    ],
    geenAdvies: 2,
    tweedeHoger: 4,
    tweedeGelijk: 11,
    totaal: 17,
  },
  toetsresultaten: {
    toets: 'doorstroomtoets',
    perDomein: ['lezen', 'taalverzorging', 'rekenen'].map((domein) => ({
      domein,
      perNiveau: (domein === 'rekenen' ? ['<1F', '1F', '1S'] : ['<1F', '1F', '2F']).map(
        (niveau, i) => ({ niveau, aantal: i + 4 }),
      ),
      geenUitslag: 2,
    })),
    totaal: 17,
  },
  bevindingen: {
    peildatum: '2024-01-15',
    open: [
      {
        soort: 'signaal',
        code: '168',
        aantal: 2,
        soortLabel: { nl: 'Signaal', en: 'Signaal (signal in the quality control file)' },
        omschrijving: {
          nl: 'Geen schooladvies geregistreerd voor een leerling in leerjaar 8.',
          en: 'No schooladvies registered.',
        },
      },
    ],
    perSchool: [{ instellingscode: '12AB', aantal: 2 }],
    totaal: 2,
  },
  ...over,
})

export const bestand = (over: Record<string, unknown> = {}) => ({
  id: 'b-1',
  soort: 'schooladviezen',
  soortLabel: { nl: 'Schooladviezen', en: 'Schooladviezen (school advice)' },
  schooljaar: '2023-2024',
  instellingscode: '12AB',
  schoolNaam: 'OBS De Regenboog',
  status: 'klaar',
  voortgang: 100,
  stap: null,
  fout: null,
  aangevraagdOp: '2024-04-15T10:00:00.000Z',
  klaarOp: '2024-04-15T10:00:02.000Z',
  bewaarTot: '2024-04-29T10:00:00.000Z',
  aantal: 36,
  bestandsnaam: 'schooladviezen-12AB-2023-2024',
  csv: { grootte: 5120 },
  xlsx: { grootte: 8200 },
  ...over,
})

export const keuze = (over: Record<string, unknown> = {}) => ({
  heleBestuur: false,
  scholen: [{ instellingscode: '12AB', naam: 'OBS De Regenboog' }],
  schooljaren: ['2023-2024', '2022-2023'],
  bewaartermijnDagen: 14,
  ...over,
})

const leerling = {
  id: 'l-1',
  pgn: '123456782',
  pgnSoort: 'bsn',
  voornamen: 'Noor',
  voorvoegsel: 'de',
  achternaam: 'Vries',
  geboortedatum: '2012-05-04',
  geslacht: 'vrouw',
}

const advies = (id: string, soort: string, waarde: string, label: string) => ({
  id,
  soort,
  soortLabel: {
    nl: soort === 'voorlopig' ? 'Voorlopig schooladvies' : 'Definitief schooladvies',
    en: soort,
  },
  waarde,
  label: { nl: label, en: label },
  adviesdatum: '2024-01-20',
  registratiedatum: '2024-02-01',
})

export const dossier = (over: Record<string, unknown> = {}) => ({
  leerling,
  school: { instellingscode: '34CD', naam: 'OBS Het Kompas' },
  bestuur: { bestuursnummer: '41234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  magMutatieIndienen: true,
  inschrijvingen: [
    {
      id: 'i-1',
      vestigingscode: '34CD00',
      inschrijfdatum: '2016-05-04',
      uitschrijfdatum: '2024-07-31',
      redenUitschrijving: { nl: 'Einde basisonderwijs', en: 'End of primary education' },
      doorgegevenOp: '2016-05-06',
      leerjaren: [
        {
          id: 'lj-1',
          schooljaar: '2022-2023',
          leerjaar: 7,
          begindatum: '2022-08-01',
          einddatum: '2023-07-31',
        },
        {
          id: 'lj-2',
          schooljaar: '2023-2024',
          leerjaar: 8,
          begindatum: '2023-08-01',
          einddatum: '2024-07-31',
        },
      ],
    },
  ],
  toetsresultaten: [
    {
      id: 't-1',
      schooljaar: '2023-2024',
      toets: 'doorstroomtoets',
      afnamedatum: '2024-02-06',
      lezen: '2F',
      taalverzorging: '1F',
      rekenen: null,
      registratiedatum: '2024-03-20',
    },
  ],
  schooladviezen: [
    {
      schooljaar: '2023-2024',
      regime: 'vanaf-2023',
      tweedeMinimaal: 'gelijk-of-hoger',
      termijnen: [
        {
          wat: { nl: 'Definitief schooladvies in ROD', en: 'Final schooladvies in ROD' },
          uiterlijk: '2024-04-07',
        },
      ],
      eerste: advies('a-1', 'voorlopig', 'vmbo-tl', 'vmbo tl'),
      tweede: advies('a-2', 'definitief', 'havo', 'havo'),
      regelFout: null,
    },
  ],
  programmas: [],
  bevindingen: [
    {
      id: 'f-1',
      soort: 'signaal',
      soortLabel: { nl: 'Signaal', en: 'Signaal' },
      code: '167',
      omschrijving: {
        nl: 'De uitslag van de doorstroomtoets is onvolledig.',
        en: 'Incomplete result.',
      },
      actie: { nl: 'Vraag de toetsaanbieder om de volledige uitslag.', en: 'Ask the provider.' },
      schooljaar: '2023-2024',
      gesignaleerdOp: '2024-03-30',
      opgelostOp: null,
      open: true,
    },
  ],
  niveauVo: [],
  historie: [],
  verzoeken: [],
  ...over,
})

export const adviezen = {
  adviezen: [
    {
      code: 'praktijkonderwijs',
      label: { nl: 'Praktijkonderwijs', en: 'Praktijkonderwijs' },
      volgorde: 10,
    },
    { code: 'vmbo-tl', label: { nl: 'vmbo tl', en: 'vmbo tl' }, volgorde: 65 },
    { code: 'havo', label: { nl: 'havo', en: 'havo' }, volgorde: 70 },
    { code: 'vwo', label: { nl: 'vwo', en: 'vwo' }, volgorde: 80 },
  ],
  onderdelen: [],
}

export const verzoek = (over: Record<string, unknown> = {}) => ({
  id: 'v-1',
  referentie: 'HM-2024-ABCDEF12',
  leerlingId: 'l-1',
  bestuursnummer: '41234',
  instellingscode: '34CD',
  onderdeel: 'leerjaar',
  onderdeelLabel: { nl: 'Leerjaar', en: 'Leerjaar (year group)' },
  objectId: 'lj-1',
  huidigeWaarde: '7',
  huidigeWaardeLabel: { nl: '7', en: '7' },
  voorgesteldeWaarde: '6',
  voorgesteldeWaardeLabel: { nl: '6', en: '6' },
  reden: 'De leerling doet groep 7 over.',
  bijlage: { naam: 'verklaring.pdf', type: 'application/pdf', grootte: 2048 },
  status: 'ingediend',
  afwijsreden: null,
  ingediendDoor: 'Femke Bos',
  ingediendOp: '2024-03-11T09:14:00.000Z',
  behandeldDoor: null,
  behandeldOp: null,
  ...over,
})
