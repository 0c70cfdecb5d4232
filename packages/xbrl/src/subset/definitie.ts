/**
 * The project's compact OCW taxonomy subset as data: its concepts (balans, staat van baten en
 * lasten, kasstroomoverzicht, kengetallen, document information, toelichting), their
 * presentation, calculation relations and assertions. `scripts/write-taxonomy.ts` writes it out
 * in the XBRL taxonomy format (schema + label, presentation, calculation and formula
 * linkbases) under `taxonomie/`; the validator reads only those XBRL files, never this module.
 * The instance generator uses it to fill in the facts.
 */
import { ROLLEN } from './namen'

export type SubsetType = 'monetary' | 'pure' | 'string' | 'gYear' | 'date' | 'tekst' | 'abstract'

export interface SubsetConcept {
  naam: string
  type: SubsetType
  periode: 'instant' | 'duration'
  balans?: 'debit' | 'credit'
  nl: string
  en: string
}

const c = (
  naam: string,
  type: SubsetType,
  periode: 'instant' | 'duration',
  nl: string,
  en: string,
  balans?: 'debit' | 'credit',
): SubsetConcept => (balans ? { naam, type, periode, nl, en, balans } : { naam, type, periode, nl, en })

const activa = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'instant', nl, en, 'debit')
const passiva = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'instant', nl, en, 'credit')
const baten = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'duration', nl, en, 'credit')
const lasten = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'duration', nl, en, 'debit')
// Cash flows carry no balance attribute: their sign is their direction.
const kasstroom = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'duration', nl, en)
const kop = (naam: string, nl: string, en: string) => c(naam, 'abstract', 'duration', nl, en)
const tekst = (naam: string, nl: string, en: string) => c(naam, 'tekst', 'duration', nl, en)

export const CONCEPTEN: readonly SubsetConcept[] = [
  kop('DocumentinformatieTitel', 'Documentinformatie', 'Document information'),
  c('Bestuursnummer', 'string', 'duration', 'Bestuursnummer', 'Bestuursnummer (board number)'),
  c('NaamBestuur', 'string', 'duration', 'Naam bestuur', 'Name of the bestuur (school board)'),
  c('Verslagjaar', 'gYear', 'duration', 'Verslagjaar', 'Verslagjaar (reporting year)'),
  c('DatumVaststelling', 'date', 'duration', 'Datum vaststelling jaarrekening', 'Date the annual accounts were adopted'),

  kop('BalansTitel', 'Balans per 31 december', 'Balance sheet at 31 December'),
  kop('ActivaTitel', 'Activa', 'Assets'),
  activa('ImmaterieleVasteActiva', '1.1 Immateriële vaste activa', '1.1 Intangible fixed assets'),
  activa('MaterieleVasteActiva', '1.2 Materiële vaste activa', '1.2 Tangible fixed assets'),
  activa('FinancieleVasteActiva', '1.3 Financiële vaste activa', '1.3 Financial fixed assets'),
  activa('VasteActiva', 'Totaal vaste activa', 'Total fixed assets'),
  activa('Voorraden', '1.4 Voorraden', '1.4 Inventories'),
  activa('Vorderingen', '1.5 Vorderingen', '1.5 Receivables'),
  activa('Effecten', '1.6 Effecten', '1.6 Securities'),
  activa('LiquideMiddelen', '1.7 Liquide middelen', '1.7 Cash and cash equivalents'),
  activa('VlottendeActiva', 'Totaal vlottende activa', 'Total current assets'),
  activa('TotaalActiva', 'Totaal activa', 'Total assets'),
  kop('PassivaTitel', 'Passiva', 'Equity and liabilities'),
  passiva('AlgemeneReserve', '2.1.1 Algemene reserve', '2.1.1 General reserve'),
  passiva('Bestemmingsreserves', '2.1.2 Bestemmingsreserves', '2.1.2 Appropriated reserves'),
  passiva('Bestemmingsfondsen', '2.1.3 Bestemmingsfondsen', '2.1.3 Appropriated funds'),
  passiva('EigenVermogen', '2.1 Eigen vermogen', '2.1 Equity'),
  passiva('Voorzieningen', '2.2 Voorzieningen', '2.2 Provisions'),
  passiva('LangTermijnSchulden', '2.3 Langlopende schulden', '2.3 Non-current liabilities'),
  passiva('KortTermijnSchulden', '2.4 Kortlopende schulden', '2.4 Current liabilities'),
  passiva('TotaalPassiva', 'Totaal passiva', 'Total equity and liabilities'),

  kop('StaatVanBatenEnLastenTitel', 'Staat van baten en lasten', 'Statement of income and expenditure'),
  kop('BatenTitel', 'Baten', 'Income'),
  baten('RijksbijdragenOCW', '3.1.1 Rijksbijdragen OCW', '3.1.1 Government funding OCW'),
  baten('OverigeSubsidiesOCW', '3.1.2 Overige subsidies OCW', '3.1.2 Other OCW grants'),
  baten('OntvangenDoorbetalingenSWV', '3.1.3 Ontvangen doorbetalingen rijksbijdrage SWV', '3.1.3 Funding passed on by the samenwerkingsverband'),
  baten('Rijksbijdragen', '3.1 Rijksbijdragen', '3.1 Government funding'),
  baten('OverigeOverheidsbijdragen', '3.2 Overige overheidsbijdragen en -subsidies', '3.2 Other government contributions and grants'),
  baten('BatenWerkInOpdracht', '3.4 Baten werk in opdracht van derden', '3.4 Income from work for third parties'),
  baten('OverigeBaten', '3.5 Overige baten', '3.5 Other income'),
  baten('TotaalBaten', 'Totaal baten', 'Total income'),
  kop('LastenTitel', 'Lasten', 'Expenditure'),
  lasten('LonenEnSalarissen', '4.1.1 Lonen en salarissen', '4.1.1 Wages and salaries'),
  lasten('OverigePersoneleLasten', '4.1.2 Overige personele lasten', '4.1.2 Other staff costs'),
  // A reduction of staff costs: credit, so its weight of -1 in Personeelslasten is consistent.
  baten('Uitkeringen', '4.1.3 Af: uitkeringen', '4.1.3 Less: benefits received'),
  lasten('Personeelslasten', '4.1 Personeelslasten', '4.1 Staff costs'),
  lasten('Afschrijvingen', '4.2 Afschrijvingen', '4.2 Depreciation'),
  lasten('Huisvestingslasten', '4.3 Huisvestingslasten', '4.3 Accommodation costs'),
  lasten('OverigeLasten', '4.4 Overige lasten', '4.4 Other expenditure'),
  lasten('TotaalLasten', 'Totaal lasten', 'Total expenditure'),
  baten('SaldoBatenEnLasten', 'Saldo baten en lasten', 'Balance of income and expenditure'),
  baten('SaldoFinancieleBatenEnLasten', '6 Financiële baten en lasten', '6 Financial income and expenditure'),
  baten('Resultaat', 'Totaal resultaat', 'Result'),

  kop('KasstroomoverzichtTitel', 'Kasstroomoverzicht', 'Cash flow statement'),
  kasstroom('MutatieVoorzieningen', 'Mutaties voorzieningen', 'Changes in provisions'),
  kasstroom('VeranderingVorderingen', 'Veranderingen in vorderingen', 'Changes in receivables'),
  kasstroom('VeranderingKortlopendeSchulden', 'Veranderingen in kortlopende schulden', 'Changes in current liabilities'),
  kasstroom('KasstroomBedrijfsoperaties', 'Kasstroom uit bedrijfsoperaties', 'Cash flow from business operations'),
  kasstroom('OntvangenInterest', 'Ontvangen interest', 'Interest received'),
  kasstroom('BetaaldeInterest', 'Betaalde interest', 'Interest paid'),
  kasstroom('KasstroomOperationeleActiviteiten', 'Kasstroom uit operationele activiteiten', 'Cash flow from operating activities'),
  kasstroom('InvesteringenMVA', 'Investeringen in materiële vaste activa', 'Investments in tangible fixed assets'),
  kasstroom('DesinvesteringenMVA', 'Desinvesteringen in materiële vaste activa', 'Disposals of tangible fixed assets'),
  kasstroom('KasstroomInvesteringsactiviteiten', 'Kasstroom uit investeringsactiviteiten', 'Cash flow from investing activities'),
  kasstroom('NieuweLeningen', 'Nieuw opgenomen leningen', 'New loans'),
  kasstroom('AflossingenLeningen', 'Aflossingen van leningen', 'Loan repayments'),
  kasstroom('KasstroomFinancieringsactiviteiten', 'Kasstroom uit financieringsactiviteiten', 'Cash flow from financing activities'),
  kasstroom('MutatieLiquideMiddelen', 'Mutatie liquide middelen', 'Change in cash and cash equivalents'),

  kop('KengetallenTitel', 'Kengetallen', 'Key ratios'),
  c('Rentabiliteit', 'pure', 'duration', 'Rentabiliteit', 'Rentabiliteit (profitability)'),
  c('SolvabiliteitII', 'pure', 'instant', 'Solvabiliteit II', 'Solvabiliteit II (solvency)'),
  c('Liquiditeit', 'pure', 'instant', 'Liquiditeit (current ratio)', 'Liquiditeit (current ratio)'),

  kop('ToelichtingTitel', 'Jaarverslag en toelichting', 'Annual report and notes'),
  tekst('Bestuursverslag', 'Bestuursverslag', 'Board report'),
  tekst('Continuiteitsparagraaf', 'Continuïteitsparagraaf', 'Continuity section'),
  tekst('Risicoparagraaf', 'Risicoparagraaf', 'Risk section'),
  tekst('Treasuryverslag', 'Treasuryverslag', 'Treasury report'),
  tekst('GrondslagenWaardering', 'Grondslagen voor waardering en resultaatbepaling', 'Accounting policies'),
  tekst('ToelichtingBalans', 'Toelichting op de balans', 'Notes to the balance sheet'),
  tekst('ToelichtingStaatVanBatenEnLasten', 'Toelichting op de staat van baten en lasten', 'Notes to the statement of income and expenditure'),
  tekst('ToelichtingKasstroomoverzicht', 'Toelichting op het kasstroomoverzicht', 'Notes to the cash flow statement'),
  tekst('VerbondenPartijen', 'Verbonden partijen', 'Related parties'),
  tekst('GebeurtenissenNaBalansdatum', 'Gebeurtenissen na balansdatum', 'Events after the balance sheet date'),
  tekst('WNTVerantwoording', 'WNT-verantwoording', 'WNT statement (Dutch public sector pay cap act)'),
  tekst('OverigeGegevens', 'Overige gegevens', 'Other information'),
  c('Toelichting', 'string', 'duration', 'Korte toelichting (zonder opmaak)', 'Short explanation (no formatting)'),
]

/** A presentation tree: a concept, with its children. */
export type Boom = readonly [string, ...Boom[]] | string

export interface Presentatie {
  rol: string
  nl: string
  en: string
  bomen: readonly Boom[]
}

export const PRESENTATIE: readonly Presentatie[] = [
  {
    rol: ROLLEN.documentinformatie,
    nl: 'Documentinformatie',
    en: 'Document information',
    bomen: [['DocumentinformatieTitel', 'Bestuursnummer', 'NaamBestuur', 'Verslagjaar', 'DatumVaststelling']],
  },
  {
    rol: ROLLEN.balans,
    nl: 'Balans',
    en: 'Balance sheet',
    bomen: [
      [
        'BalansTitel',
        ['ActivaTitel', ['VasteActiva', 'ImmaterieleVasteActiva', 'MaterieleVasteActiva', 'FinancieleVasteActiva'], ['VlottendeActiva', 'Voorraden', 'Vorderingen', 'Effecten', 'LiquideMiddelen'], 'TotaalActiva'],
        ['PassivaTitel', ['EigenVermogen', 'AlgemeneReserve', 'Bestemmingsreserves', 'Bestemmingsfondsen'], 'Voorzieningen', 'LangTermijnSchulden', 'KortTermijnSchulden', 'TotaalPassiva'],
      ],
    ],
  },
  {
    rol: ROLLEN.staatVanBatenEnLasten,
    nl: 'Staat van baten en lasten',
    en: 'Statement of income and expenditure',
    bomen: [
      [
        'StaatVanBatenEnLastenTitel',
        ['BatenTitel', ['Rijksbijdragen', 'RijksbijdragenOCW', 'OverigeSubsidiesOCW', 'OntvangenDoorbetalingenSWV'], 'OverigeOverheidsbijdragen', 'BatenWerkInOpdracht', 'OverigeBaten', 'TotaalBaten'],
        ['LastenTitel', ['Personeelslasten', 'LonenEnSalarissen', 'OverigePersoneleLasten', 'Uitkeringen'], 'Afschrijvingen', 'Huisvestingslasten', 'OverigeLasten', 'TotaalLasten'],
        'SaldoBatenEnLasten',
        'SaldoFinancieleBatenEnLasten',
        'Resultaat',
      ],
    ],
  },
  {
    rol: ROLLEN.kasstroomoverzicht,
    nl: 'Kasstroomoverzicht',
    en: 'Cash flow statement',
    bomen: [
      [
        'KasstroomoverzichtTitel',
        ['KasstroomOperationeleActiviteiten', ['KasstroomBedrijfsoperaties', 'SaldoBatenEnLasten', 'Afschrijvingen', 'MutatieVoorzieningen', 'VeranderingVorderingen', 'VeranderingKortlopendeSchulden'], 'OntvangenInterest', 'BetaaldeInterest'],
        ['KasstroomInvesteringsactiviteiten', 'InvesteringenMVA', 'DesinvesteringenMVA'],
        ['KasstroomFinancieringsactiviteiten', 'NieuweLeningen', 'AflossingenLeningen'],
        'MutatieLiquideMiddelen',
      ],
    ],
  },
  {
    rol: ROLLEN.kengetallen,
    nl: 'Kengetallen',
    en: 'Key ratios',
    bomen: [['KengetallenTitel', 'Rentabiliteit', 'SolvabiliteitII', 'Liquiditeit']],
  },
  {
    rol: ROLLEN.toelichting,
    nl: 'Jaarverslag en toelichting',
    en: 'Annual report and notes',
    bomen: [
      [
        'ToelichtingTitel',
        'Bestuursverslag',
        'Continuiteitsparagraaf',
        'Risicoparagraaf',
        'Treasuryverslag',
        'GrondslagenWaardering',
        'ToelichtingBalans',
        'ToelichtingStaatVanBatenEnLasten',
        'ToelichtingKasstroomoverzicht',
        'VerbondenPartijen',
        'GebeurtenissenNaBalansdatum',
        'WNTVerantwoording',
        'OverigeGegevens',
        'Toelichting',
      ],
    ],
  },
]

/** A summation: the total equals the weighted sum of its items (XBRL 2.1 summation-item). */
export interface Optelling {
  totaal: string
  items: ReadonlyArray<readonly [string, 1 | -1]>
}

const som = (totaal: string, ...items: Array<string | [string, -1]>): Optelling => ({
  totaal,
  items: items.map((i) => (typeof i === 'string' ? ([i, 1] as const) : ([i[0], -1] as const))),
})

/** Calculation networks per extended link role. */
export const BEREKENINGEN: ReadonlyArray<{ rol: string; optellingen: readonly Optelling[] }> = [
  {
    rol: ROLLEN.balans,
    optellingen: [
      som('TotaalActiva', 'ImmaterieleVasteActiva', 'MaterieleVasteActiva', 'FinancieleVasteActiva', 'Voorraden', 'Vorderingen', 'Effecten', 'LiquideMiddelen'),
      som('EigenVermogen', 'AlgemeneReserve', 'Bestemmingsreserves', 'Bestemmingsfondsen'),
      som('TotaalPassiva', 'EigenVermogen', 'Voorzieningen', 'LangTermijnSchulden', 'KortTermijnSchulden'),
    ],
  },
  {
    rol: ROLLEN.balansSubtotalen,
    optellingen: [
      som('VasteActiva', 'ImmaterieleVasteActiva', 'MaterieleVasteActiva', 'FinancieleVasteActiva'),
      som('VlottendeActiva', 'Voorraden', 'Vorderingen', 'Effecten', 'LiquideMiddelen'),
    ],
  },
  {
    rol: ROLLEN.staatVanBatenEnLasten,
    optellingen: [
      som('Rijksbijdragen', 'RijksbijdragenOCW', 'OverigeSubsidiesOCW', 'OntvangenDoorbetalingenSWV'),
      som('TotaalBaten', 'Rijksbijdragen', 'OverigeOverheidsbijdragen', 'BatenWerkInOpdracht', 'OverigeBaten'),
      som('Personeelslasten', 'LonenEnSalarissen', 'OverigePersoneleLasten', ['Uitkeringen', -1]),
      som('TotaalLasten', 'Personeelslasten', 'Afschrijvingen', 'Huisvestingslasten', 'OverigeLasten'),
      som('SaldoBatenEnLasten', 'TotaalBaten', ['TotaalLasten', -1]),
      som('Resultaat', 'SaldoBatenEnLasten', 'SaldoFinancieleBatenEnLasten'),
    ],
  },
  {
    rol: ROLLEN.kasstroomoverzicht,
    optellingen: [
      som('KasstroomBedrijfsoperaties', 'SaldoBatenEnLasten', 'Afschrijvingen', 'MutatieVoorzieningen', 'VeranderingVorderingen', 'VeranderingKortlopendeSchulden'),
      som('KasstroomOperationeleActiviteiten', 'KasstroomBedrijfsoperaties', 'OntvangenInterest', ['BetaaldeInterest', -1]),
      som('KasstroomInvesteringsactiviteiten', ['InvesteringenMVA', -1], 'DesinvesteringenMVA'),
      som('KasstroomFinancieringsactiviteiten', 'NieuweLeningen', ['AflossingenLeningen', -1]),
      som('MutatieLiquideMiddelen', 'KasstroomOperationeleActiviteiten', 'KasstroomInvesteringsactiviteiten', 'KasstroomFinancieringsactiviteiten'),
    ],
  },
]

/** Facts every jaarverantwoording must hold (OCW's existence assertions). */
export const VERPLICHT: readonly string[] = [
  'Bestuursnummer',
  'NaamBestuur',
  'Verslagjaar',
  'TotaalActiva',
  'TotaalPassiva',
  'EigenVermogen',
  'Voorzieningen',
  'VlottendeActiva',
  'KortTermijnSchulden',
  'LiquideMiddelen',
  'TotaalBaten',
  'TotaalLasten',
  'Resultaat',
  'MutatieLiquideMiddelen',
  'Continuiteitsparagraaf',
  'WNTVerantwoording',
]

export interface Waardecontrole {
  id: string
  /** Fact variables: name → concept, optionally the instant at the start or end of another variable's duration. */
  variabelen: ReadonlyArray<{ naam: string; concept: string; grens?: { van: string; rand: 'start' | 'end' } }>
  test: string
  nl: string
  en: string
}

/** OCW-like value assertions, with their messages. */
export const WAARDECONTROLES: readonly Waardecontrole[] = [
  {
    id: 'OCW-VA-001',
    variabelen: [
      { naam: 'activa', concept: 'TotaalActiva' },
      { naam: 'passiva', concept: 'TotaalPassiva' },
    ],
    test: '$activa eq $passiva',
    nl: 'Totaal activa ({$activa}) is niet gelijk aan totaal passiva ({$passiva}).',
    en: 'Total assets ({$activa}) do not equal total equity and liabilities ({$passiva}).',
  },
  {
    id: 'OCW-VA-002',
    variabelen: [
      { naam: 'mutatie', concept: 'MutatieLiquideMiddelen' },
      { naam: 'begin', concept: 'LiquideMiddelen', grens: { van: 'mutatie', rand: 'start' } },
      { naam: 'eind', concept: 'LiquideMiddelen', grens: { van: 'mutatie', rand: 'end' } },
    ],
    test: 'abs($begin + $mutatie - $eind) le 1',
    nl: 'Liquide middelen aan het begin ({$begin}) plus de mutatie uit het kasstroomoverzicht ({$mutatie}) is niet gelijk aan de liquide middelen aan het eind van het jaar ({$eind}).',
    en: 'Cash at the start of the year ({$begin}) plus the change in the cash flow statement ({$mutatie}) does not equal cash at the end of the year ({$eind}).',
  },
  {
    id: 'OCW-VA-003',
    variabelen: [{ naam: 'voorzieningen', concept: 'Voorzieningen' }],
    test: '$voorzieningen ge 0',
    nl: 'Voorzieningen kunnen niet negatief zijn ({$voorzieningen}).',
    en: 'Provisions cannot be negative ({$voorzieningen}).',
  },
  {
    id: 'OCW-VA-004',
    variabelen: [{ naam: 'baten', concept: 'TotaalBaten' }],
    test: '$baten gt 0',
    nl: 'Totaal baten moet groter zijn dan nul ({$baten}).',
    en: 'Total income must be greater than zero ({$baten}).',
  },
  {
    id: 'OCW-VA-005',
    variabelen: [{ naam: 'liquide', concept: 'LiquideMiddelen' }],
    test: '$liquide ge 0',
    nl: 'Liquide middelen kunnen niet negatief zijn ({$liquide}).',
    en: 'Cash and cash equivalents cannot be negative ({$liquide}).',
  },
]
