/** The subset's assertions: facts that must be there, and value checks with their messages. */

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
  variabelen: ReadonlyArray<{
    naam: string
    concept: string
    grens?: { van: string; rand: 'start' | 'end' }
  }>
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
