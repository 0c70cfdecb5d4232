import { passesElfproef } from './parse.ts'

/**
 * What kind of code a kenmerk is. `duo` is the kenmerk `DUO` of DUO's own staff roles,
 * which apply to every bestuur.
 */
export type KenmerkType =
  | 'bestuursnummer'
  | 'instellingscode'
  | 'vestigingscode'
  | 'onderwijsbestuurcode'
  | 'onderwijsaanbiedercode'
  | 'onderwijslocatiecode'
  | 'kvk'
  | 'vestigingsnummer'
  | 'rsin'
  | 'duo'

/** The kenmerk of DUO-internal role grants. */
export const DUO_KENMERK = 'DUO'

/**
 * Classifies a stored kenmerk. Exact match only: parse user input first (the parsers
 * normalise case and spaces), so that a kenmerk compares equal to the code it names.
 *
 * @example
 * kenmerkType('12AB')    // 'instellingscode'
 * kenmerkType('100B490') // 'onderwijsbestuurcode'
 * kenmerkType('12ab')    // null
 */
export function kenmerkType(value: string): KenmerkType | null {
  // The patterns are disjoint, so the length decides which one to try.
  switch (value.length) {
    case 3:
      return value === DUO_KENMERK ? 'duo' : null
    case 4:
      return /^\d{2}[A-Z]{2}$/.test(value) ? 'instellingscode' : null
    case 5:
      return /^\d{5}$/.test(value) ? 'bestuursnummer' : null
    case 6:
      return /^\d{2}[A-Z]{2}\d{2}$/.test(value) ? 'vestigingscode' : null
    case 7: {
      const m = /^\d{3}([ABX])\d{3}$/.exec(value)
      if (!m) return null
      return m[1] === 'B'
        ? 'onderwijsbestuurcode'
        : m[1] === 'A'
          ? 'onderwijsaanbiedercode'
          : 'onderwijslocatiecode'
    }
    case 8:
      return /^\d{8}$/.test(value) ? 'kvk' : null
    case 9:
      return passesElfproef(value) ? 'rsin' : null
    case 12:
      return /^\d{12}$/.test(value) ? 'vestigingsnummer' : null
    default:
      return null
  }
}

/** Names of kenmerk types for sentences. */
export const kenmerkTypeNames: Readonly<Record<KenmerkType, { nl: string; en: string }>> = {
  bestuursnummer: { nl: 'bestuursnummer', en: 'bestuursnummer' },
  instellingscode: { nl: 'instellingscode', en: 'instellingscode' },
  vestigingscode: { nl: 'vestigingscode', en: 'vestigingscode' },
  onderwijsbestuurcode: { nl: 'onderwijsbestuurcode', en: 'onderwijsbestuurcode' },
  onderwijsaanbiedercode: { nl: 'onderwijsaanbiedercode', en: 'onderwijsaanbiedercode' },
  onderwijslocatiecode: { nl: 'onderwijslocatiecode', en: 'onderwijslocatiecode' },
  kvk: { nl: 'KvK-nummer', en: 'KvK number' },
  vestigingsnummer: { nl: 'vestigingsnummer', en: 'vestigingsnummer' },
  rsin: { nl: 'RSIN', en: 'RSIN' },
  duo: { nl: 'DUO', en: 'DUO' },
}
