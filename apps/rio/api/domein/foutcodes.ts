/**
 * RIO's answer to a refused change: foutmeldingen with a foutcode, a fouttekst (both
 * languages), the field and the object concerned (sleutelgegeven), like the service answers
 * of RIO. The codes are ours (RIO's own catalogue is not public); they are stable.
 */

export interface Foutmelding {
  foutcode: string
  nl: string
  en: string
  /** Which mutatie of the change it concerns (index), -1 for the change as a whole. */
  mutatie: number
  /** The field, as the API names it: `mutaties.2.gegevens.erkenningscode`. */
  veld: string
  /** The code (or sleutel) of the object concerned. */
  sleutelgegeven: string | null
}

/** RIO answers with at most this many foutmeldingen. */
export const MAX_FOUTMELDINGEN = 99

type Tekst = { nl: string; en: string }

const NL_MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
const EN_MAANDEN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** '2022-08-01' as "1 augustus 2022" / "1 August 2022". */
function datumTekst(dag: string): Tekst {
  const [j, m, d] = dag.split('-').map(Number) as [number, number, number]
  return { nl: `${d} ${NL_MAANDEN[m - 1]} ${j}`, en: `${d} ${EN_MAANDEN[m - 1]} ${j}` }
}

/** The catalogue: each foutcode with its text. */
export const FOUT = {
  geenErkenning: (code: string): Tekst & { foutcode: string } => ({
    foutcode: 'RIO-F001',
    nl: code
      ? `De onderwijsaanbieder moet een juridische relatie hebben met een instellingserkenning van uw bestuur; ${code} is dat niet.`
      : 'De onderwijsaanbieder moet een juridische relatie hebben met een instellingserkenning. Kies de erkenning.',
    en: code
      ? `The onderwijsaanbieder (education provider) needs a legal relation to an instellingserkenning of your board; ${code} is not one.`
      : 'The onderwijsaanbieder (education provider) needs a legal relation to an instellingserkenning (recognition). Choose the recognition.',
  }),
  oprichtingVoorErkenning: (begin: string, erkenning: string, sinds: string) => ({
    foutcode: 'RIO-F002',
    nl: `De oprichtingsdatum ${datumTekst(begin).nl} ligt vóór de erkenning ${erkenning} (geldig vanaf ${datumTekst(sinds).nl}).`,
    en: `The founding date ${datumTekst(begin).en} is before recognition ${erkenning} (valid from ${datumTekst(sinds).en}).`,
  }),
  overlap: (vanaf: string) => ({
    foutcode: 'RIO-F003',
    nl: `De periode overlapt met een andere periode van dit object (vanaf ${datumTekst(vanaf).nl}).`,
    en: `The period overlaps another period of this object (from ${datumTekst(vanaf).en}).`,
  }),
  overlapContext: (vanaf: string) => ({
    foutcode: 'RIO-F003',
    nl: `Er zijn al contactgegevens voor dit doel in deze periode (vanaf ${datumTekst(vanaf).nl}). Wijzig die in plaats van nieuwe te registreren.`,
    en: `There are already contact details for this purpose in this period (from ${datumTekst(vanaf).en}). Change those instead of registering new ones.`,
  }),
  geenOpleiding: (naam: string, vanaf: string) => ({
    foutcode: 'RIO-F004',
    nl: `Onderwijsaanbieder ${naam} heeft vanaf ${datumTekst(vanaf).nl} geen aangeboden opleiding. Een onderwijsaanbieder biedt altijd minstens één opleiding aan.`,
    en: `Onderwijsaanbieder ${naam} offers no opleiding (programme) from ${datumTekst(vanaf).en}. An education provider always offers at least one.`,
  }),
  eindeVoorBegin: () => ({
    foutcode: 'RIO-F005',
    nl: 'De einddatum ligt niet na de ingangsdatum (de einddatum telt niet mee).',
    en: 'The end date is not after the start date (the end date itself is not included).',
  }),
  locatieBuitenBedrijf: (locatie: string, vanaf: string, gebruiker: Tekst) => ({
    foutcode: 'RIO-F006',
    nl: `Onderwijslocatie ${locatie} is op ${datumTekst(vanaf).nl} niet in bedrijf, maar ${gebruiker.nl} gebruikt de locatie dan nog.`,
    en: `Location ${locatie} is not in operation on ${datumTekst(vanaf).en}, but ${gebruiker.en} still uses it then.`,
  }),
  onbekend: (code: string) => ({
    foutcode: 'RIO-F007',
    nl: `${code} is geen object in het register van uw bestuur (of niet van de juiste soort).`,
    en: `${code} is not an object in your board's register (or not of the right kind).`,
  }),
  bestaatNietOp: (dag: string) => ({
    foutcode: 'RIO-F008',
    nl: `Het object bestaat niet op ${datumTekst(dag).nl}: een wijziging valt binnen de looptijd van het object.`,
    en: `The object does not exist on ${datumTekst(dag).en}: a change must fall within the object's lifetime.`,
  }),
  alBeeindigd: (dag: string) => ({
    foutcode: 'RIO-F009',
    nl: `Het object bestaat al niet meer vanaf ${datumTekst(dag).nl}.`,
    en: `The object no longer exists from ${datumTekst(dag).en}.`,
  }),
  eindeVoorbij: (dag: string) => ({
    foutcode: 'RIO-F009',
    nl: `Het object is beëindigd per ${datumTekst(dag).nl}; een einde dat voorbij is, kan niet meer worden verschoven. Registreer het object opnieuw.`,
    en: `The object ended on ${datumTekst(dag).en}; an end that has passed cannot be moved any more. Register the object again.`,
  }),
  buitenOuder: (ouder: string, vanaf: string) => ({
    foutcode: 'RIO-F010',
    nl: `${ouder} bestaat niet op ${datumTekst(vanaf).nl}; dit object kan niet buiten de looptijd daarvan bestaan.`,
    en: `${ouder} does not exist on ${datumTekst(vanaf).en}; this object cannot exist outside its lifetime.`,
  }),
  bestuurAlGeregistreerd: () => ({
    foutcode: 'RIO-F011',
    nl: 'Het onderwijsbestuur is al geregistreerd. Wijzig het in plaats van het opnieuw te registreren.',
    en: 'The onderwijsbestuur is already registered. Change it instead of registering it again.',
  }),
  gebruikBestaatAl: (locatie: string) => ({
    foutcode: 'RIO-F012',
    nl: `Uw bestuur heeft al onderwijslocatiegebruik voor ${locatie}. Wijzig dat gebruik.`,
    en: `Your board already has onderwijslocatiegebruik (use of location) for ${locatie}. Change that instead.`,
  }),
  locatieNietInGebruik: (locatie: string, vanaf: string) => ({
    foutcode: 'RIO-F013',
    nl: `Onderwijslocatie ${locatie} is op ${datumTekst(vanaf).nl} niet in gebruik bij uw bestuur (geen onderwijslocatiegebruik).`,
    en: `Location ${locatie} is not in use by your board on ${datumTekst(vanaf).en} (no onderwijslocatiegebruik).`,
  }),
  ouderOntbreekt: () => ({
    foutcode: 'RIO-F014',
    nl: 'Geef aan bij welk object dit hoort (de ouder).',
    en: 'Say which object this belongs to (the parent).',
  }),
  teVeel: (aantal: number) => ({
    foutcode: 'RIO-F099',
    nl: `Er zijn nog ${aantal} foutmeldingen; los eerst de bovenstaande op.`,
    en: `There are ${aantal} more foutmeldingen (errors); fix the ones above first.`,
  }),
} as const
