/**
 * Schooljaren and the rules that depend on them: the teldata, and the two regimes of the
 * schooladvies (before 2023-24: advies and herzien advies after the eindtoets; from 2023-24:
 * voorlopig and definitief advies around the doorstroomtoets). Dates are data here, not code
 * spread over the routes: every rule reads them from this file and the one clock.
 */
import type { Label } from '@duo/server-kit'
import type { AdviesSoort, Toets } from './waardelijsten'
import { adviesWaarde, volgordeVan } from './waardelijsten'
import type { Dag } from './dagen'

/** `2023-2024`. */
export type Schooljaar = string

const SCHOOLJAAR = /^(\d{4})-(\d{4})$/

export function isSchooljaar(s: string): boolean {
  const m = SCHOOLJAAR.exec(s)
  return !!m && Number(m[2]) === Number(m[1]) + 1
}

const startjaar = (sj: Schooljaar) => Number(sj.slice(0, 4))

/** The schooljaar a day falls in (1 August to 31 July). */
export function schooljaarVan(dag: Dag): Schooljaar {
  const jaar = Number(dag.slice(0, 4))
  const maand = Number(dag.slice(5, 7))
  const start = maand >= 8 ? jaar : jaar - 1
  return `${start}-${start + 1}`
}

export const beginVan = (sj: Schooljaar): Dag => `${startjaar(sj)}-08-01`
/** The year-end uitschrijfdatum: 31 July. */
export const eindVan = (sj: Schooljaar): Dag => `${startjaar(sj) + 1}-07-31`
export const vorigSchooljaar = (sj: Schooljaar): Schooljaar =>
  `${startjaar(sj) - 1}-${startjaar(sj)}`
export const volgendSchooljaar = (sj: Schooljaar): Schooljaar =>
  `${startjaar(sj) + 1}-${startjaar(sj) + 2}`

/** ROD replaced BRON po on this day; the kwaliteitscontrolebestand exists from then on. */
export const ROD_START: Dag = '2022-01-03'

/** The teldata of a schooljaar: 1 October and 1 February. */
export const teldata = (sj: Schooljaar): [Dag, Dag] => [
  `${startjaar(sj)}-10-01`,
  `${startjaar(sj) + 1}-02-01`,
]

/** The first schooljaar with voorlopig and definitief advies and the doorstroomtoets. */
export const NIEUWE_ADVIESREGELS_VANAF: Schooljaar = '2023-2024'

interface Termijn {
  wat: Label
  /** Last day (inclusive). */
  uiterlijk: Dag
}

export interface AdviesRegels {
  regime: 'voor-2023' | 'vanaf-2023'
  /** The first advies and the one that may follow it. */
  eerste: AdviesSoort
  tweede: AdviesSoort
  toets: Toets
  /** Whether the second advies may equal the first ('gelijk-of-hoger') or must be higher. */
  tweedeMinimaal: 'gelijk-of-hoger' | 'hoger'
  /** When an advies must be in ROD: after this day signaal 168 is raised. */
  adviesInRodUiterlijk: Dag
  /** When the toets results must be in ROD: after this day signaal 166/167 is raised. */
  toetsInRodUiterlijk: Dag
  termijnen: Termijn[]
}

/** The rules of the schooladvies in a schooljaar. */
export function adviesRegels(sj: Schooljaar): AdviesRegels {
  const j = startjaar(sj) + 1 // the calendar year of the spring
  if (sj >= NIEUWE_ADVIESREGELS_VANAF) {
    return {
      regime: 'vanaf-2023',
      eerste: 'voorlopig',
      tweede: 'definitief',
      toets: 'doorstroomtoets',
      tweedeMinimaal: 'gelijk-of-hoger',
      adviesInRodUiterlijk: `${j}-02-14`,
      toetsInRodUiterlijk: `${j}-03-29`,
      termijnen: [
        {
          wat: {
            nl: 'Voorlopig schooladvies gegeven (10 tot en met 31 januari)',
            en: 'Provisional schooladvies given (10 to 31 January)',
          },
          uiterlijk: `${j}-01-31`,
        },
        {
          wat: { nl: 'Voorlopig schooladvies in ROD', en: 'Provisional schooladvies in ROD' },
          uiterlijk: `${j}-02-14`,
        },
        {
          wat: {
            nl: 'Doorstroomtoets afgenomen (eerste twee weken van februari)',
            en: 'Doorstroomtoets taken (first two weeks of February)',
          },
          uiterlijk: `${j}-02-14`,
        },
        {
          wat: {
            nl: 'Uitslag doorstroomtoets in ROD (binnen 14 dagen na 15 maart)',
            en: 'Doorstroomtoets results in ROD (within 14 days of 15 March)',
          },
          uiterlijk: `${j}-03-29`,
        },
        {
          wat: { nl: 'Definitief schooladvies gegeven', en: 'Final schooladvies given' },
          uiterlijk: `${j}-03-24`,
        },
        {
          wat: { nl: 'Definitief schooladvies in ROD', en: 'Final schooladvies in ROD' },
          uiterlijk: `${j}-04-07`,
        },
      ],
    }
  }
  return {
    regime: 'voor-2023',
    eerste: 'advies',
    tweede: 'herzien',
    toets: 'eindtoets',
    tweedeMinimaal: 'hoger',
    // Assumed: DUO published no registration deadline for the old advies; one month after 1 March.
    adviesInRodUiterlijk: `${j}-03-31`,
    toetsInRodUiterlijk: `${j}-05-31`,
    termijnen: [
      {
        wat: {
          nl: 'Schooladvies gegeven (voor 1 maart)',
          en: 'Schooladvies given (before 1 March)',
        },
        uiterlijk: `${j}-02-28`,
      },
      {
        wat: {
          nl: 'Herzien schooladvies na de eindtoets (alleen naar boven)',
          en: 'Revised schooladvies after the eindtoets (upward only)',
        },
        uiterlijk: `${j}-07-31`,
      },
    ],
  }
}

/**
 * The advies rule: the second advies (definitief; before 2023-24 the herzien advies) is never
 * lower than the first. Null when the pair is allowed, otherwise the reason.
 */
export function controleerAdviesvolgorde(
  sj: Schooljaar,
  eerste: string | null,
  tweede: string | null,
): Label | null {
  if (eerste === null || tweede === null) return null
  const regels = adviesRegels(sj)
  const a = volgordeVan(eerste)
  const b = volgordeVan(tweede)
  const naamA = adviesWaarde(eerste)?.label ?? { nl: eerste, en: eerste }
  const naamB = adviesWaarde(tweede)?.label ?? { nl: tweede, en: tweede }
  if (regels.tweedeMinimaal === 'gelijk-of-hoger' && b < a)
    return {
      nl: `Het definitieve schooladvies (${naamB.nl}) mag niet lager zijn dan het voorlopige (${naamA.nl}).`,
      en: `The final schooladvies (${naamB.en}) may not be lower than the provisional one (${naamA.en}).`,
    }
  if (regels.tweedeMinimaal === 'hoger' && b <= a)
    return {
      nl: `Een herzien schooladvies (${naamB.nl}) moet hoger zijn dan het eerste advies (${naamA.nl}).`,
      en: `A revised schooladvies (${naamB.en}) must be higher than the first advice (${naamA.en}).`,
    }
  return null
}
