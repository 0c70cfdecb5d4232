/**
 * The eight categories of bijzondere bekostiging in po (shared/sections.md), each with the fields
 * of its own form. The names are the official Dutch ones; English glosses them.
 */
export const CATEGORIEEN = [
  'schipperskinderen',
  'roma-sinti',
  'blijf-van-mijn-lijfhuizen',
  'eerste-opvang',
  'asielzoekers-tweede-jaar',
  'eerste-opvang-sbo',
  'procesopvang-gezinslocaties',
  'emb',
] as const
export type Categorie = (typeof CATEGORIEEN)[number]

export const isCategorie = (s: unknown): s is Categorie =>
  typeof s === 'string' && (CATEGORIEEN as readonly string[]).includes(s)

/** The fields a category's form has (besides the school, which every form has). */
type Veld = 'schooljaar' | 'peildatum' | 'periode' | 'aantalLeerlingen' | 'locatie' | 'leerlingen'
/** The columns of the list of pupils, for the categories that ask for one. */
export type LeerlingVeld =
  'inschrijfdatum' | 'uitschrijfdatum' | 'datumBinnenkomst' | 'datumToelating'
/** Which schools may apply: every school, or speciale scholen voor basisonderwijs only. */
export type Schoolsoort = 'bao' | 'sbo'

export interface CategorieDefinitie {
  id: Categorie
  naam: { nl: string; en: string }
  /** The rule people must know before they start, as on duo.nl. */
  regel: { nl: string; en: string }
  velden: readonly Veld[]
  leerlingVelden: readonly LeerlingVeld[]
  /** The fewest pupils that qualify. */
  minimum: number
  /** Only schools of this kind; undefined: any school of the bestuur. */
  alleen?: Schoolsoort
  /** Not for schools of this kind (it has its own category). */
  niet?: Schoolsoort
}

const d = (def: CategorieDefinitie) => def

export const CATEGORIE: Record<Categorie, CategorieDefinitie> = {
  schipperskinderen: d({
    id: 'schipperskinderen',
    naam: {
      nl: 'Aanwezigheid schipperskinderen',
      en: 'Aanwezigheid schipperskinderen (children of bargees)',
    },
    regel: {
      nl: 'Minimaal 3 schipperskinderen, op school vóór 1 april van het schooljaar. Vraag aan vóór 1 april; een periode na 1 april wordt afgewezen.',
      en: 'At least 3 children of bargees, at school before 1 April of the school year. Apply before 1 April; a period after 1 April is refused.',
    },
    velden: ['schooljaar', 'periode', 'aantalLeerlingen'],
    leerlingVelden: [],
    minimum: 3,
  }),
  'roma-sinti': d({
    id: 'roma-sinti',
    naam: { nl: 'Roma en Sinti', en: 'Roma en Sinti (Roma and Sinti pupils)' },
    regel: {
      nl: 'Minimaal 4 leerlingen. Vraag aan vóór 1 april van het schooljaar; alleen aantallen.',
      en: 'At least 4 pupils. Apply before 1 April of the school year; numbers only.',
    },
    velden: ['schooljaar', 'aantalLeerlingen'],
    leerlingVelden: [],
    minimum: 4,
  }),
  'blijf-van-mijn-lijfhuizen': d({
    id: 'blijf-van-mijn-lijfhuizen',
    naam: {
      nl: 'Blijf-van-mijn-lijfhuizen',
      en: 'Blijf-van-mijn-lijfhuizen (women’s shelters)',
    },
    regel: {
      nl: 'Minimaal 10 leerlingen ingeschreven in het jaar vóór de aanvraag, met hun in- en uitschrijfdata. De periode is hoogstens 12 maanden.',
      en: 'At least 10 pupils enrolled in the year before the application, with their enrolment and de-registration dates. The period is at most 12 months.',
    },
    velden: ['periode', 'leerlingen'],
    leerlingVelden: ['inschrijfdatum', 'uitschrijfdatum'],
    minimum: 10,
  }),
  'eerste-opvang': d({
    id: 'eerste-opvang',
    naam: {
      nl: 'Eerste opvang asielzoekers en overige vreemdelingen',
      en: 'Eerste opvang asielzoekers en overige vreemdelingen (first reception of asylum seekers and other newcomers)',
    },
    regel: {
      nl: 'Minimaal 4 leerlingen die op de peildatum korter dan 1 jaar in Nederland zijn (peildata 1 oktober 2020 tot en met 1 juni 2022: korter dan 1 jaar en 3 maanden). Peildata 1 oktober, 1 februari en 1 juni; vraag aan binnen 4 weken na de peildatum.',
      en: 'At least 4 pupils who on the reference date have been in the Netherlands for less than 1 year (reference dates 1 October 2020 to 1 June 2022: less than 1 year and 3 months). Reference dates 1 October, 1 February and 1 June; apply within 4 weeks after the reference date.',
    },
    velden: ['peildatum', 'leerlingen'],
    leerlingVelden: ['datumBinnenkomst', 'datumToelating'],
    minimum: 4,
    niet: 'sbo',
  }),
  'asielzoekers-tweede-jaar': d({
    id: 'asielzoekers-tweede-jaar',
    naam: {
      nl: 'Asielzoekers gedurende tweede jaar in Nederland',
      en: 'Asielzoekers gedurende tweede jaar (asylum seekers in their second year in the Netherlands)',
    },
    regel: {
      nl: 'Minimaal 1 leerling die op de peildatum tussen 1 en 2 jaar in Nederland is. Per leerling hoogstens 1 jaar. Vraag aan binnen 4 weken na de peildatum.',
      en: 'At least 1 pupil who on the reference date has been in the Netherlands for between 1 and 2 years. At most 1 year per pupil. Apply within 4 weeks after the reference date.',
    },
    velden: ['peildatum', 'leerlingen'],
    leerlingVelden: ['datumBinnenkomst', 'datumToelating'],
    minimum: 1,
  }),
  'eerste-opvang-sbo': d({
    id: 'eerste-opvang-sbo',
    naam: {
      nl: 'Eerste opvang vreemdelingen op sbo',
      en: 'Eerste opvang vreemdelingen op sbo (first reception of newcomers at special primary schools)',
    },
    regel: {
      nl: 'Als eerste opvang, voor speciale scholen voor basisonderwijs (sbo): minimaal 4 leerlingen korter dan 1 jaar in Nederland; vraag aan binnen 4 weken na de peildatum.',
      en: 'As first reception, for special primary schools (sbo): at least 4 pupils in the Netherlands for less than 1 year; apply within 4 weeks after the reference date.',
    },
    velden: ['peildatum', 'leerlingen'],
    leerlingVelden: ['datumBinnenkomst', 'datumToelating'],
    minimum: 4,
    alleen: 'sbo',
  }),
  'procesopvang-gezinslocaties': d({
    id: 'procesopvang-gezinslocaties',
    naam: {
      nl: 'Asielzoekers in procesopvang- en gezinslocaties',
      en: 'Asielzoekers in procesopvang- en gezinslocaties (asylum seekers in process and family locations)',
    },
    regel: {
      nl: 'Een bedrag per leerling die op de peildatum in een procesopvang- of gezinslocatie woont. Vraag aan binnen 4 weken na de peildatum.',
      en: 'An amount per pupil who on the reference date lives in a process reception or family location. Apply within 4 weeks after the reference date.',
    },
    velden: ['peildatum', 'aantalLeerlingen', 'locatie'],
    leerlingVelden: [],
    minimum: 1,
  }),
  emb: d({
    id: 'emb',
    naam: {
      nl: 'Leerlingen met een ernstige meervoudige beperking (EMB, cluster 3)',
      en: 'Leerlingen met een ernstige meervoudige beperking (EMB, cluster 3: pupils with severe multiple disabilities)',
    },
    regel: {
      nl: 'Voor leerlingen die op 1 oktober van het vorige schooljaar ingeschreven waren. Vraag aan uiterlijk 15 september.',
      en: 'For pupils enrolled on 1 October of the previous school year. Apply by 15 September.',
    },
    velden: ['schooljaar', 'leerlingen'],
    leerlingVelden: ['inschrijfdatum'],
    minimum: 1,
  }),
}

/** Most pupils one aanvraag can list (a big school's whole intake stays far below this). */
export const MAX_LEERLINGEN = 200
/** Schipperskinderen are funded in bands of pupils present. */
const SCHIPPERS_BANDEN = [
  [3, 6],
  [7, 10],
  [11, 14],
  [15, 18],
] as const

/** The band of a number of schipperskinderen ("3–6"); above 18 the highest band (assumed). */
export function schippersBand(aantal: number): string | null {
  if (aantal < 3) return null
  const band = SCHIPPERS_BANDEN.find(([, tot]) => aantal <= tot) ?? SCHIPPERS_BANDEN[3]
  return `${band[0]}–${band[1]}`
}
