/**
 * The rules of bijzondere bekostiging, checked the same way in the form (before sending) and by
 * the API (before accepting): a complete aanvraag, a school that may apply for this category,
 * the deadline of its category on today's Dutch date, and enough qualifying pupils. Every
 * problem names its field and says the rule in Dutch and English.
 */
import { CATEGORIE, MAX_LEERLINGEN, type Categorie, type Schoolsoort } from './categorieen'
import { controleerLeerlingen } from './leerlingen'
import {
  datumTekst as dt,
  eenApril,
  eersteDag,
  isDag,
  isPeildatum,
  isSchooljaar,
  laatsteDag,
  plusDagen,
  plusMaanden,
  schooljaarVan,
  volgendSchooljaar,
  type Dag,
} from './datum'

export interface Leerling {
  leerlingnummer: string
  inschrijfdatum?: string
  uitschrijfdatum?: string
  datumBinnenkomst?: string
  datumToelating?: string
}

/** What a form holds; every field optional, as a saved concept may be unfinished. */
export interface Gegevens {
  instellingscode?: string
  schooljaar?: string
  peildatum?: string
  periodeVan?: string
  periodeTot?: string
  aantalLeerlingen?: number | null
  locatie?: string
  leerlingen?: Leerling[]
}

export type BevindingCode =
  'verplicht' | 'ongeldig' | 'te-laat' | 'te-vroeg' | 'niet-toegestaan' | 'te-weinig'

/** One problem with one field: a `VeldFout` with the kind of rule it broke. */
export interface Bevinding {
  veld: string
  code: BevindingCode
  nl: string
  en: string
}

export interface Controlecontext {
  /** Today, as a Dutch calendar day. */
  vandaag: Dag
  /** The bestuur's schools with their kind (bao unless RIO says sbo). */
  scholen: ReadonlyArray<{ instellingscode: string; naam: string; soort: Schoolsoort }>
  /** Pupils already in another aanvraag for a second year: leerlingnummer → its referentie. */
  alGeclaimd?: ReadonlyMap<string, string>
}

/** Days after the peildatum within which an aanvraag must come in ("binnen 4 weken"). */
export const PEILDATUM_TERMIJN_DAGEN = 28

export type Melder = (veld: string, code: BevindingCode, nl: string, en: string) => void

/** Every problem of the aanvraag, or none when it may be submitted today. */
export function controleerAanvraag(
  categorie: Categorie,
  g: Gegevens,
  ctx: Controlecontext,
): Bevinding[] {
  const def = CATEGORIE[categorie]
  const uit: Bevinding[] = []
  const meld: Melder = (veld, code, nl, en) => uit.push({ veld, code, nl, en })
  const { vandaag } = ctx

  const school = ctx.scholen.find((s) => s.instellingscode === g.instellingscode)
  if (!g.instellingscode)
    meld('instellingscode', 'verplicht', 'Kies een school.', 'Choose a school.')
  else if (!school)
    meld(
      'instellingscode',
      'ongeldig',
      'Kies een school van uw bestuur.',
      'Choose a school of your board.',
    )
  else if (def.alleen === 'sbo' && school.soort !== 'sbo')
    meld(
      'instellingscode',
      'niet-toegestaan',
      `${school.naam} (${school.instellingscode}) is geen speciale school voor basisonderwijs (sbo). Deze categorie is alleen voor sbo-scholen; kies ‘Eerste opvang asielzoekers en overige vreemdelingen’.`,
      `${school.naam} (${school.instellingscode}) is not a special primary school (sbo). This category is for sbo schools only; choose ‘Eerste opvang asielzoekers en overige vreemdelingen’.`,
    )
  else if (def.niet === 'sbo' && school.soort === 'sbo')
    meld(
      'instellingscode',
      'niet-toegestaan',
      `${school.naam} (${school.instellingscode}) is een sbo-school: kies ‘Eerste opvang vreemdelingen op sbo’.`,
      `${school.naam} (${school.instellingscode}) is an sbo school: choose ‘Eerste opvang vreemdelingen op sbo’.`,
    )

  if (def.velden.includes('schooljaar')) controleerSchooljaar(categorie, g, vandaag, meld)
  if (def.velden.includes('peildatum')) controleerPeildatum(g, vandaag, meld)
  if (def.velden.includes('periode')) controleerPeriode(categorie, g, vandaag, meld)
  if (def.velden.includes('aantalLeerlingen')) {
    const n = g.aantalLeerlingen
    if (n === undefined || n === null)
      meld(
        'aantalLeerlingen',
        'verplicht',
        'Vul het aantal leerlingen in.',
        'Enter the number of pupils.',
      )
    else if (!Number.isInteger(n) || n < 0 || n > 10_000)
      meld(
        'aantalLeerlingen',
        'ongeldig',
        'Vul een heel aantal leerlingen in.',
        'Enter a whole number of pupils.',
      )
    else if (n < def.minimum)
      meld(
        'aantalLeerlingen',
        'te-weinig',
        `Voor deze bekostiging zijn minstens ${def.minimum} leerlingen nodig; u noemt er ${n}.`,
        `This funding needs at least ${def.minimum} pupils; you state ${n}.`,
      )
  }
  if (def.velden.includes('locatie')) {
    const l = g.locatie?.trim() ?? ''
    if (!l)
      meld(
        'locatie',
        'verplicht',
        'Vul de naam van de locatie in.',
        'Enter the name of the location.',
      )
    else if (l.length > 100)
      meld(
        'locatie',
        'ongeldig',
        'De naam is te lang (hoogstens 100 tekens).',
        'The name is too long (at most 100 characters).',
      )
  }
  if (def.velden.includes('leerlingen')) {
    const lijst = g.leerlingen ?? []
    if (lijst.length > MAX_LEERLINGEN)
      meld(
        'leerlingen',
        'ongeldig',
        `Hoogstens ${MAX_LEERLINGEN} leerlingen per aanvraag.`,
        `At most ${MAX_LEERLINGEN} pupils per application.`,
      )
    else controleerLeerlingen(categorie, g, ctx, meld)
  }
  return uit
}

function controleerSchooljaar(categorie: Categorie, g: Gegevens, vandaag: Dag, meld: Melder) {
  const sj = g.schooljaar
  if (!sj) return meld('schooljaar', 'verplicht', 'Kies het schooljaar.', 'Choose the school year.')
  if (!isSchooljaar(sj))
    return meld(
      'schooljaar',
      'ongeldig',
      'Kies een schooljaar zoals 2021-2022.',
      'Choose a school year such as 2021-2022.',
    )
  const huidig = schooljaarVan(vandaag)
  if (categorie === 'emb') {
    // EMB: funding of a schooljaar is asked by 15 September at its start, for pupils counted earlier.
    const uiterlijk = `${sj.slice(0, 4)}-09-15`
    if (sj > volgendSchooljaar(huidig))
      meld(
        'schooljaar',
        'te-vroeg',
        `Voor schooljaar ${sj} kunt u nog niet aanvragen.`,
        `You cannot apply for school year ${sj} yet.`,
      )
    else if (vandaag > uiterlijk)
      meld(
        'schooljaar',
        'te-laat',
        `Voor schooljaar ${sj} kon u aanvragen tot en met ${dt(uiterlijk, 'nl')}. Vandaag is het ${dt(vandaag, 'nl')}: de aanvraag is te laat.`,
        `For school year ${sj} you could apply until ${dt(uiterlijk, 'en')} inclusive. Today is ${dt(vandaag, 'en')}: the application is too late.`,
      )
    return
  }
  if (sj > huidig)
    return meld(
      'schooljaar',
      'te-vroeg',
      `Voor schooljaar ${sj} kunt u aanvragen vanaf ${dt(eersteDag(sj), 'nl')}.`,
      `For school year ${sj} you can apply from ${dt(eersteDag(sj), 'en')}.`,
    )
  // Schipperskinderen and Roma en Sinti: before 1 April of the schooljaar itself.
  if (vandaag >= eenApril(sj))
    meld(
      'schooljaar',
      'te-laat',
      `U kunt deze bekostiging voor schooljaar ${sj} aanvragen tot 1 april ${eenApril(sj).slice(0, 4)}. Vandaag is het ${dt(vandaag, 'nl')}: de aanvraag is te laat.`,
      `You can apply for this funding for school year ${sj} until 1 April ${eenApril(sj).slice(0, 4)}. Today is ${dt(vandaag, 'en')}: the application is too late.`,
    )
}

function controleerPeildatum(g: Gegevens, vandaag: Dag, meld: Melder) {
  const p = g.peildatum
  if (!p) return meld('peildatum', 'verplicht', 'Kies de peildatum.', 'Choose the reference date.')
  if (!isPeildatum(p))
    return meld(
      'peildatum',
      'ongeldig',
      'De peildatum is 1 oktober, 1 februari of 1 juni.',
      'The reference date is 1 October, 1 February or 1 June.',
    )
  const tot = plusDagen(p, PEILDATUM_TERMIJN_DAGEN)
  if (vandaag < p)
    meld(
      'peildatum',
      'te-vroeg',
      `Voor peildatum ${dt(p, 'nl')} kunt u aanvragen vanaf ${dt(p, 'nl')} tot en met ${dt(tot, 'nl')}.`,
      `For reference date ${dt(p, 'en')} you can apply from ${dt(p, 'en')} until ${dt(tot, 'en')} inclusive.`,
    )
  else if (vandaag > tot)
    meld(
      'peildatum',
      'te-laat',
      `Voor peildatum ${dt(p, 'nl')} kon u aanvragen tot en met ${dt(tot, 'nl')} (4 weken na de peildatum). Vandaag is het ${dt(vandaag, 'nl')}: de aanvraag is te laat.`,
      `For reference date ${dt(p, 'en')} you could apply until ${dt(tot, 'en')} inclusive (4 weeks after the reference date). Today is ${dt(vandaag, 'en')}: the application is too late.`,
    )
}

function controleerPeriode(categorie: Categorie, g: Gegevens, vandaag: Dag, meld: Melder) {
  const { periodeVan: van, periodeTot: tot } = g
  if (!van) meld('periodeVan', 'verplicht', 'Vul de begindatum in.', 'Enter the start date.')
  else if (!isDag(van))
    meld('periodeVan', 'ongeldig', 'Vul een geldige begindatum in.', 'Enter a valid start date.')
  if (!tot) meld('periodeTot', 'verplicht', 'Vul de einddatum in.', 'Enter the end date.')
  else if (!isDag(tot))
    meld('periodeTot', 'ongeldig', 'Vul een geldige einddatum in.', 'Enter a valid end date.')
  if (!isDag(van) || !isDag(tot)) return
  if (tot < van)
    return meld(
      'periodeTot',
      'ongeldig',
      'De einddatum ligt vóór de begindatum.',
      'The end date is before the start date.',
    )

  if (categorie === 'schipperskinderen') {
    const sj = g.schooljaar
    if (!isSchooljaar(sj)) return
    if (van < eersteDag(sj) || tot > laatsteDag(sj))
      meld(
        'periodeVan',
        'ongeldig',
        `De periode valt in schooljaar ${sj}: van ${dt(eersteDag(sj), 'nl')} tot en met ${dt(laatsteDag(sj), 'nl')}.`,
        `The period lies in school year ${sj}: from ${dt(eersteDag(sj), 'en')} to ${dt(laatsteDag(sj), 'en')}.`,
      )
    else if (van >= eenApril(sj))
      meld(
        'periodeVan',
        'niet-toegestaan',
        `Een periode na 1 april wordt afgewezen: de schipperskinderen moeten vóór ${dt(eenApril(sj), 'nl')} op school zijn.`,
        `A period after 1 April is refused: the children must be at school before ${dt(eenApril(sj), 'en')}.`,
      )
    return
  }
  // Blijf-van-mijn-lijfhuizen: a period of at most 12 months, in the year before the aanvraag.
  if (tot >= plusMaanden(van, 12))
    meld(
      'periodeTot',
      'ongeldig',
      'De periode is hoogstens 12 maanden.',
      'The period is at most 12 months.',
    )
  if (tot > vandaag)
    meld(
      'periodeTot',
      'ongeldig',
      'De periode ligt vóór de aanvraag: de einddatum is uiterlijk vandaag.',
      'The period lies before the application: the end date is today at the latest.',
    )
  const grens = plusMaanden(vandaag, -12)
  if (van < grens)
    meld(
      'periodeVan',
      'te-laat',
      `Alleen leerlingen uit het jaar vóór de aanvraag tellen: de periode begint op of na ${dt(grens, 'nl')}.`,
      `Only pupils from the year before the application count: the period starts on or after ${dt(grens, 'en')}.`,
    )
}

/** The error code of an answer that refuses these problems: the rule that blocks, first. */
export function hoofdcode(bevindingen: readonly Bevinding[]): BevindingCode | 'ongeldige-invoer' {
  for (const code of ['te-laat', 'te-vroeg', 'niet-toegestaan', 'te-weinig'] as const)
    if (bevindingen.some((b) => b.code === code)) return code
  return 'ongeldige-invoer'
}

/** The first rule that blocks the aanvraag (a date, the school, too few pupils); null if none. */
export function blokkerendeRegel(bevindingen: readonly Bevinding[]): Bevinding | null {
  const code = hoofdcode(bevindingen)
  return code === 'ongeldige-invoer' ? null : (bevindingen.find((b) => b.code === code) ?? null)
}
