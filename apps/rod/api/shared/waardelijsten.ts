/**
 * ROD's value lists as DUO publishes them (shared/sections.md): schooladviezen with their sort
 * order, referentieniveaus, kinds of schooladvies per regime, voorschoolse programma's. The
 * pages show the labels; the API, the database and the files hold the codes.
 */
import type { Label } from '@duo/server-kit'

export interface AdviesWaarde {
  code: string
  label: Label
  /** DUO's sort order: a higher number is a higher level; a "met lwoo" variant shares it. */
  volgorde: number
  lwoo: boolean
}

const basis: Array<[code: string, nl: string, en: string, volgorde: number, metLwoo: boolean]> = [
  ['geen-specifiek-advies', 'Geen specifiek advies', 'No specific advice', 0, false],
  ['vso', 'Voortgezet speciaal onderwijs (vso)', 'Secondary special education (vso)', 5, false],
  ['praktijkonderwijs', 'Praktijkonderwijs', 'Praktijkonderwijs (practical education)', 10, false],
  ['vmbo-bb', 'vmbo bb', 'vmbo bb', 15, true],
  ['vmbo-bb-kb', 'vmbo bb/kb', 'vmbo bb/kb', 20, true],
  ['vmbo-kb', 'vmbo kb', 'vmbo kb', 30, true],
  ['vmbo-kb-gl', 'vmbo kb/gl', 'vmbo kb/gl', 35, true],
  ['vmbo-kb-tl', 'vmbo kb/tl', 'vmbo kb/tl', 40, true],
  ['vmbo-gl', 'vmbo gl', 'vmbo gl', 50, true],
  ['vmbo-gl-tl', 'vmbo gl/tl', 'vmbo gl/tl', 55, true],
  ['vmbo-gl-havo', 'vmbo gl/havo', 'vmbo gl/havo', 60, false],
  ['vmbo-tl', 'vmbo tl', 'vmbo tl', 65, true],
  ['vmbo-tl-havo', 'vmbo tl/havo', 'vmbo tl/havo', 66, false],
  ['havo', 'havo', 'havo', 70, false],
  ['havo-vwo', 'havo/vwo', 'havo/vwo', 75, false],
  ['vwo', 'vwo', 'vwo', 80, false],
]

/** Every schooladvies value in DUO's order; vmbo values are followed by their "met lwoo" variant. */
export const ADVIESWAARDEN: readonly AdviesWaarde[] = basis.flatMap(
  ([code, nl, en, volgorde, metLwoo]) => {
    const eigen: AdviesWaarde = { code, label: { nl, en }, volgorde, lwoo: false }
    if (!metLwoo) return [eigen]
    return [
      eigen,
      {
        code: `${code}-lwoo`,
        label: { nl: `${nl} met lwoo`, en: `${en} with lwoo (learning support)` },
        volgorde,
        lwoo: true,
      },
    ]
  },
)

const perCode = new Map(ADVIESWAARDEN.map((w) => [w.code, w]))

/** The value of a code; undefined for a code DUO does not know. */
export const adviesWaarde = (code: string): AdviesWaarde | undefined => perCode.get(code)

/** DUO's sort order of a code (-1 for an unknown code, so it never counts as high). */
export const volgordeVan = (code: string): number => perCode.get(code)?.volgorde ?? -1

/** The kinds of schooladvies: two regimes, split at schooljaar 2023-2024. */
export type AdviesSoort = 'advies' | 'herzien' | 'voorlopig' | 'definitief'

export const ADVIESSOORT_LABEL: Record<AdviesSoort, Label> = {
  advies: { nl: 'Schooladvies (advies 1)', en: 'Schooladvies (advice 1)' },
  herzien: { nl: 'Herzien schooladvies (advies 2)', en: 'Revised schooladvies (advice 2)' },
  voorlopig: { nl: 'Voorlopig schooladvies', en: 'Provisional schooladvies' },
  definitief: { nl: 'Definitief schooladvies', en: 'Final schooladvies' },
}

/** Referentieniveaus per domain of the doorstroomtoets (eindtoets before 2023-24). */
export const DOMEINEN = ['lezen', 'taalverzorging', 'rekenen'] as const
export type Domein = (typeof DOMEINEN)[number]
export const NIVEAUS: Record<Domein, readonly string[]> = {
  lezen: ['<1F', '1F', '2F'],
  taalverzorging: ['<1F', '1F', '2F'],
  rekenen: ['<1F', '1F', '1S'],
}

export type Toets = 'eindtoets' | 'doorstroomtoets'

/** Voorschoolse (VVE) programma's a school registers for a pupil (names of common programmes). */
export const PROGRAMMAS: Record<string, Label> = {
  piramide: { nl: 'Piramide', en: 'Piramide' },
  kaleidoscoop: { nl: 'Kaleidoscoop', en: 'Kaleidoscoop' },
  startblokken: { nl: 'Startblokken', en: 'Startblokken' },
  'uk-en-puk': { nl: 'Uk & Puk', en: 'Uk & Puk' },
  'ko-totaal': { nl: 'Ko-totaal', en: 'Ko-totaal' },
}

export const REDENEN_UITSCHRIJVING: Record<string, Label> = {
  'einde-basisonderwijs': { nl: 'Einde basisonderwijs', en: 'End of primary education' },
  verhuizing: { nl: 'Verhuizing', en: 'Moved house' },
  overstap: { nl: 'Overstap naar een andere school', en: 'Moved to another school' },
  overig: { nl: 'Overig', en: 'Other' },
}
