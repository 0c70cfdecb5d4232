/**
 * RIO's value lists for po, with a label in both languages (official Dutch terms stay Dutch in
 * English, with a short gloss). Codes marked "assumed" are ours where no public list was found;
 * see the section's README.
 */

export interface Waarde {
  code: string
  nl: string
  en: string
}

/** The opleidingen a po aanbieder can offer (sections.md); the opleidingseenheidcodes are assumed. */
export const OPLEIDINGSEENHEDEN = [
  {
    code: '1000O0001',
    nl: 'Basisonderwijs (PO-BAO)',
    en: 'Basisonderwijs (primary education, PO-BAO)',
  },
  {
    code: '1000O0002',
    nl: 'Eerste onderwijs anderstaligen',
    en: 'Eerste onderwijs anderstaligen (first education for non-native speakers)',
  },
] as const satisfies readonly Waarde[]

/** Doelgroepen of an aangeboden opleiding in po (the forms of basisonderwijs RIO po covers). */
export const DOELGROEPEN = [
  { code: 'BO', nl: 'Basisonderwijs (BO)', en: 'Basisonderwijs (BO, regular primary)' },
  {
    code: 'SBO',
    nl: 'Speciaal basisonderwijs (SBO)',
    en: 'Speciaal basisonderwijs (SBO, special primary)',
  },
  {
    code: 'IGBO',
    nl: 'Internationaal georiënteerd basisonderwijs (IGBO)',
    en: 'Internationaal georiënteerd basisonderwijs (IGBO, internationally oriented primary)',
  },
  {
    code: 'EBO',
    nl: 'Europees basisonderwijs (EBO)',
    en: 'Europees basisonderwijs (EBO, European primary)',
  },
  {
    code: 'OVK',
    nl: 'Onderwijs aan varende kinderen (OVK)',
    en: 'Onderwijs aan varende kinderen (OVK, children of bargees)',
  },
  {
    code: 'OMK',
    nl: 'Onderwijs aan mobiele kinderen (OMK)',
    en: 'Onderwijs aan mobiele kinderen (OMK, children of travelling families)',
  },
] as const satisfies readonly Waarde[]

/** Onderwijsconcepten (assumed list: the concepts known from school guides). */
export const ONDERWIJSCONCEPTEN = [
  { code: 'GEEN', nl: 'Geen bijzonder concept', en: 'No particular concept' },
  { code: 'MONTESSORI', nl: 'Montessori', en: 'Montessori' },
  { code: 'DALTON', nl: 'Dalton', en: 'Dalton' },
  { code: 'JENAPLAN', nl: 'Jenaplan', en: 'Jenaplan' },
  { code: 'VRIJESCHOOL', nl: 'Vrije school', en: 'Vrije school (Steiner/Waldorf)' },
  { code: 'FREINET', nl: 'Freinet', en: 'Freinet' },
  {
    code: 'OGO',
    nl: 'Ontwikkelingsgericht onderwijs',
    en: 'Ontwikkelingsgericht onderwijs (development-oriented)',
  },
] as const satisfies readonly Waarde[]

/** What a communicatiecontext is for (assumed list). */
export const CONTEXTSOORTEN = [
  { code: 'ALGEMEEN', nl: 'Algemeen', en: 'General' },
  { code: 'ADMINISTRATIE', nl: 'Administratie', en: 'Administration' },
  { code: 'BEKOSTIGING', nl: 'Bekostiging', en: 'Bekostiging (funding)' },
  {
    code: 'LEERPLICHT',
    nl: 'Leerplicht en verzuim',
    en: 'Leerplicht (compulsory attendance) and absence',
  },
  {
    code: 'INSPECTIE',
    nl: 'Inspectie van het Onderwijs',
    en: 'Inspectie van het Onderwijs (schools inspectorate)',
  },
  {
    code: 'PRIVACY',
    nl: 'Privacy (functionaris gegevensbescherming)',
    en: 'Privacy (data protection officer)',
  },
] as const satisfies readonly Waarde[]

export const codesVan = <T extends readonly Waarde[]>(lijst: T) =>
  lijst.map((w) => w.code) as unknown as [T[number]['code'], ...Array<T[number]['code']>]

/** Every value list, for the pages' select boxes. */
export const WAARDELIJSTEN = {
  opleidingseenheden: OPLEIDINGSEENHEDEN,
  doelgroepen: DOELGROEPEN,
  onderwijsconcepten: ONDERWIJSCONCEPTEN,
  contextsoorten: CONTEXTSOORTEN,
} as const
