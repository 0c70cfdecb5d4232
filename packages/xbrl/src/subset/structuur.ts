/**
 * How the subset's statements are presented (parent-child trees per extended link role) and
 * which totals are sums of which items (summation-item, with weights).
 */
import { ROLLEN } from './namen'

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
    bomen: [
      [
        'DocumentinformatieTitel',
        'Bestuursnummer',
        'NaamBestuur',
        'Verslagjaar',
        'DatumVaststelling',
      ],
    ],
  },
  {
    rol: ROLLEN.balans,
    nl: 'Balans',
    en: 'Balance sheet',
    bomen: [
      [
        'BalansTitel',
        [
          'ActivaTitel',
          [
            'VasteActiva',
            'ImmaterieleVasteActiva',
            'MaterieleVasteActiva',
            'FinancieleVasteActiva',
          ],
          ['VlottendeActiva', 'Voorraden', 'Vorderingen', 'Effecten', 'LiquideMiddelen'],
          'TotaalActiva',
        ],
        [
          'PassivaTitel',
          ['EigenVermogen', 'AlgemeneReserve', 'Bestemmingsreserves', 'Bestemmingsfondsen'],
          'Voorzieningen',
          'LangTermijnSchulden',
          'KortTermijnSchulden',
          'TotaalPassiva',
        ],
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
        [
          'BatenTitel',
          [
            'Rijksbijdragen',
            'RijksbijdragenOCW',
            'OverigeSubsidiesOCW',
            'OntvangenDoorbetalingenSWV',
          ],
          'OverigeOverheidsbijdragen',
          'BatenWerkInOpdracht',
          'OverigeBaten',
          'TotaalBaten',
        ],
        [
          'LastenTitel',
          ['Personeelslasten', 'LonenEnSalarissen', 'OverigePersoneleLasten', 'Uitkeringen'],
          'Afschrijvingen',
          'Huisvestingslasten',
          'OverigeLasten',
          'TotaalLasten',
        ],
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
        [
          'KasstroomOperationeleActiviteiten',
          [
            'KasstroomBedrijfsoperaties',
            'SaldoBatenEnLasten',
            'Afschrijvingen',
            'MutatieVoorzieningen',
            'VeranderingVorderingen',
            'VeranderingKortlopendeSchulden',
          ],
          'OntvangenInterest',
          'BetaaldeInterest',
        ],
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
      som(
        'TotaalActiva',
        'ImmaterieleVasteActiva',
        'MaterieleVasteActiva',
        'FinancieleVasteActiva',
        'Voorraden',
        'Vorderingen',
        'Effecten',
        'LiquideMiddelen',
      ),
      som('EigenVermogen', 'AlgemeneReserve', 'Bestemmingsreserves', 'Bestemmingsfondsen'),
      som(
        'TotaalPassiva',
        'EigenVermogen',
        'Voorzieningen',
        'LangTermijnSchulden',
        'KortTermijnSchulden',
      ),
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
      som(
        'Rijksbijdragen',
        'RijksbijdragenOCW',
        'OverigeSubsidiesOCW',
        'OntvangenDoorbetalingenSWV',
      ),
      som(
        'TotaalBaten',
        'Rijksbijdragen',
        'OverigeOverheidsbijdragen',
        'BatenWerkInOpdracht',
        'OverigeBaten',
      ),
      som('Personeelslasten', 'LonenEnSalarissen', 'OverigePersoneleLasten', ['Uitkeringen', -1]),
      som(
        'TotaalLasten',
        'Personeelslasten',
        'Afschrijvingen',
        'Huisvestingslasten',
        'OverigeLasten',
      ),
      som('SaldoBatenEnLasten', 'TotaalBaten', ['TotaalLasten', -1]),
      som('Resultaat', 'SaldoBatenEnLasten', 'SaldoFinancieleBatenEnLasten'),
    ],
  },
  {
    rol: ROLLEN.kasstroomoverzicht,
    optellingen: [
      som(
        'KasstroomBedrijfsoperaties',
        'SaldoBatenEnLasten',
        'Afschrijvingen',
        'MutatieVoorzieningen',
        'VeranderingVorderingen',
        'VeranderingKortlopendeSchulden',
      ),
      som('KasstroomOperationeleActiviteiten', 'KasstroomBedrijfsoperaties', 'OntvangenInterest', [
        'BetaaldeInterest',
        -1,
      ]),
      som('KasstroomInvesteringsactiviteiten', ['InvesteringenMVA', -1], 'DesinvesteringenMVA'),
      som('KasstroomFinancieringsactiviteiten', 'NieuweLeningen', ['AflossingenLeningen', -1]),
      som(
        'MutatieLiquideMiddelen',
        'KasstroomOperationeleActiviteiten',
        'KasstroomInvesteringsactiviteiten',
        'KasstroomFinancieringsactiviteiten',
      ),
    ],
  },
]
