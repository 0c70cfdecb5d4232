/**
 * The concepts of the project's OCW taxonomy subset: balans, staat van baten en lasten,
 * kasstroomoverzicht, kengetallen, document information and toelichting, with their types,
 * period types, balance and labels (RJ 660 numbering).
 */
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
): SubsetConcept =>
  balans ? { naam, type, periode, nl, en, balans } : { naam, type, periode, nl, en }

const activa = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'instant', nl, en, 'debit')
const passiva = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'instant', nl, en, 'credit')
const baten = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'duration', nl, en, 'credit')
const lasten = (naam: string, nl: string, en: string) =>
  c(naam, 'monetary', 'duration', nl, en, 'debit')
// Cash flows carry no balance attribute: their sign is their direction.
const kasstroom = (naam: string, nl: string, en: string) => c(naam, 'monetary', 'duration', nl, en)
const kop = (naam: string, nl: string, en: string) => c(naam, 'abstract', 'duration', nl, en)
const tekst = (naam: string, nl: string, en: string) => c(naam, 'tekst', 'duration', nl, en)

export const CONCEPTEN: readonly SubsetConcept[] = [
  kop('DocumentinformatieTitel', 'Documentinformatie', 'Document information'),
  c('Bestuursnummer', 'string', 'duration', 'Bestuursnummer', 'Bestuursnummer (board number)'),
  c('NaamBestuur', 'string', 'duration', 'Naam bestuur', 'Name of the bestuur (school board)'),
  c('Verslagjaar', 'gYear', 'duration', 'Verslagjaar', 'Verslagjaar (reporting year)'),
  c(
    'DatumVaststelling',
    'date',
    'duration',
    'Datum vaststelling jaarrekening',
    'Date the annual accounts were adopted',
  ),

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

  kop(
    'StaatVanBatenEnLastenTitel',
    'Staat van baten en lasten',
    'Statement of income and expenditure',
  ),
  kop('BatenTitel', 'Baten', 'Income'),
  baten('RijksbijdragenOCW', '3.1.1 Rijksbijdragen OCW', '3.1.1 Government funding OCW'),
  baten('OverigeSubsidiesOCW', '3.1.2 Overige subsidies OCW', '3.1.2 Other OCW grants'),
  baten(
    'OntvangenDoorbetalingenSWV',
    '3.1.3 Ontvangen doorbetalingen rijksbijdrage SWV',
    '3.1.3 Funding passed on by the samenwerkingsverband',
  ),
  baten('Rijksbijdragen', '3.1 Rijksbijdragen', '3.1 Government funding'),
  baten(
    'OverigeOverheidsbijdragen',
    '3.2 Overige overheidsbijdragen en -subsidies',
    '3.2 Other government contributions and grants',
  ),
  baten(
    'BatenWerkInOpdracht',
    '3.4 Baten werk in opdracht van derden',
    '3.4 Income from work for third parties',
  ),
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
  baten(
    'SaldoFinancieleBatenEnLasten',
    '6 Financiële baten en lasten',
    '6 Financial income and expenditure',
  ),
  baten('Resultaat', 'Totaal resultaat', 'Result'),

  kop('KasstroomoverzichtTitel', 'Kasstroomoverzicht', 'Cash flow statement'),
  kasstroom('MutatieVoorzieningen', 'Mutaties voorzieningen', 'Changes in provisions'),
  kasstroom('VeranderingVorderingen', 'Veranderingen in vorderingen', 'Changes in receivables'),
  kasstroom(
    'VeranderingKortlopendeSchulden',
    'Veranderingen in kortlopende schulden',
    'Changes in current liabilities',
  ),
  kasstroom(
    'KasstroomBedrijfsoperaties',
    'Kasstroom uit bedrijfsoperaties',
    'Cash flow from business operations',
  ),
  kasstroom('OntvangenInterest', 'Ontvangen interest', 'Interest received'),
  kasstroom('BetaaldeInterest', 'Betaalde interest', 'Interest paid'),
  kasstroom(
    'KasstroomOperationeleActiviteiten',
    'Kasstroom uit operationele activiteiten',
    'Cash flow from operating activities',
  ),
  kasstroom(
    'InvesteringenMVA',
    'Investeringen in materiële vaste activa',
    'Investments in tangible fixed assets',
  ),
  kasstroom(
    'DesinvesteringenMVA',
    'Desinvesteringen in materiële vaste activa',
    'Disposals of tangible fixed assets',
  ),
  kasstroom(
    'KasstroomInvesteringsactiviteiten',
    'Kasstroom uit investeringsactiviteiten',
    'Cash flow from investing activities',
  ),
  kasstroom('NieuweLeningen', 'Nieuw opgenomen leningen', 'New loans'),
  kasstroom('AflossingenLeningen', 'Aflossingen van leningen', 'Loan repayments'),
  kasstroom(
    'KasstroomFinancieringsactiviteiten',
    'Kasstroom uit financieringsactiviteiten',
    'Cash flow from financing activities',
  ),
  kasstroom(
    'MutatieLiquideMiddelen',
    'Mutatie liquide middelen',
    'Change in cash and cash equivalents',
  ),

  kop('KengetallenTitel', 'Kengetallen', 'Key ratios'),
  c('Rentabiliteit', 'pure', 'duration', 'Rentabiliteit', 'Rentabiliteit (profitability)'),
  c('SolvabiliteitII', 'pure', 'instant', 'Solvabiliteit II', 'Solvabiliteit II (solvency)'),
  c('Liquiditeit', 'pure', 'instant', 'Liquiditeit (current ratio)', 'Liquiditeit (current ratio)'),

  kop('ToelichtingTitel', 'Jaarverslag en toelichting', 'Annual report and notes'),
  tekst('Bestuursverslag', 'Bestuursverslag', 'Board report'),
  tekst('Continuiteitsparagraaf', 'Continuïteitsparagraaf', 'Continuity section'),
  tekst('Risicoparagraaf', 'Risicoparagraaf', 'Risk section'),
  tekst('Treasuryverslag', 'Treasuryverslag', 'Treasury report'),
  tekst(
    'GrondslagenWaardering',
    'Grondslagen voor waardering en resultaatbepaling',
    'Accounting policies',
  ),
  tekst('ToelichtingBalans', 'Toelichting op de balans', 'Notes to the balance sheet'),
  tekst(
    'ToelichtingStaatVanBatenEnLasten',
    'Toelichting op de staat van baten en lasten',
    'Notes to the statement of income and expenditure',
  ),
  tekst(
    'ToelichtingKasstroomoverzicht',
    'Toelichting op het kasstroomoverzicht',
    'Notes to the cash flow statement',
  ),
  tekst('VerbondenPartijen', 'Verbonden partijen', 'Related parties'),
  tekst(
    'GebeurtenissenNaBalansdatum',
    'Gebeurtenissen na balansdatum',
    'Events after the balance sheet date',
  ),
  tekst(
    'WNTVerantwoording',
    'WNT-verantwoording',
    'WNT statement (Dutch public sector pay cap act)',
  ),
  tekst('OverigeGegevens', 'Overige gegevens', 'Other information'),
  c(
    'Toelichting',
    'string',
    'duration',
    'Korte toelichting (zonder opmaak)',
    'Short explanation (no formatting)',
  ),
]
