import type { Result } from '../result.ts'

/** Why a code was refused. `leeg`: nothing entered; `formaat`: wrong pattern; `elfproef`: checksum. */
export type ParseErrorCode = 'leeg' | 'formaat' | 'elfproef'

/** A string known to be a valid code of one kind; the brand keeps a KvK-nummer out of a bestuursnummer slot. */
export type Code<K extends string> = string & { readonly __code: K }

interface Format {
  pattern: RegExp
  /** Name with its article in Dutch grammar: `het` words take "geldig", `de` words "geldige". */
  name: { nl: string; en: string; het: boolean }
  /** What a valid code looks like. */
  hint: { nl: string; en: string }
  /** Letters are typed in either case; the registers store capitals. */
  upper: boolean
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

function parser<K extends string>(format: Format) {
  const { name, hint } = format
  return (input: string): Result<Code<K>, ParseErrorCode> => {
    const value = format.upper ? input.trim().toUpperCase() : input.replace(/\s+/g, '')
    if (value === '') {
      return {
        ok: false,
        error: {
          code: 'leeg',
          nl: `Vul ${name.het ? 'het' : 'de'} ${name.nl} in (${hint.nl}).`,
          en: `Enter the ${name.en} (${hint.en}).`,
        },
      }
    }
    if (!format.pattern.test(value)) {
      return {
        ok: false,
        error: {
          code: 'formaat',
          nl: `'${value}' is geen ${name.het ? 'geldig' : 'geldige'} ${name.nl}. Een ${name.nl} bestaat uit ${hint.nl}.`,
          en: `'${value}' is not a valid ${name.en}. ${article(name.en).replace(/^a/, 'A')} ${name.en} consists of ${hint.en}.`,
        },
      }
    }
    return { ok: true, value: value as Code<K> }
  }
}

/**
 * Bestuursnummer: 5 digits (all public examples have 5; assumed).
 * @example parseBestuursnummer('41234') // { ok: true, value: '41234' }
 */
export const parseBestuursnummer = parser<'bestuursnummer'>({
  pattern: /^\d{5}$/,
  name: { nl: 'bestuursnummer', en: 'bestuursnummer', het: true },
  hint: { nl: '5 cijfers, bijvoorbeeld 41234', en: '5 digits, e.g. 41234' },
  upper: false,
})

/**
 * Instellingscode (formerly BRIN): 2 digits and 2 capitals.
 * @example parseInstellingscode('21az') // { ok: true, value: '21AZ' }
 */
export const parseInstellingscode = parser<'instellingscode'>({
  pattern: /^\d{2}[A-Z]{2}$/,
  name: { nl: 'instellingscode', en: 'instellingscode', het: false },
  hint: {
    nl: '2 cijfers en 2 hoofdletters, bijvoorbeeld 21AZ',
    en: '2 digits and 2 capitals, e.g. 21AZ',
  },
  upper: true,
})

/**
 * Vestigingscode: the instellingscode plus 2 digits.
 * @example parseVestigingscode('21AZ00') // { ok: true, value: '21AZ00' }
 */
export const parseVestigingscode = parser<'vestigingscode'>({
  pattern: /^\d{2}[A-Z]{2}\d{2}$/,
  name: { nl: 'vestigingscode', en: 'vestigingscode', het: false },
  hint: {
    nl: 'de instellingscode en 2 cijfers, bijvoorbeeld 21AZ00',
    en: 'the instellingscode and 2 digits, e.g. 21AZ00',
  },
  upper: true,
})

/**
 * RIO onderwijsbestuurcode `999B999`.
 * @example parseOnderwijsbestuurcode('100B490') // { ok: true, value: '100B490' }
 */
export const parseOnderwijsbestuurcode = parser<'onderwijsbestuurcode'>({
  pattern: /^\d{3}B\d{3}$/,
  name: { nl: 'onderwijsbestuurcode', en: 'onderwijsbestuurcode', het: false },
  hint: {
    nl: '3 cijfers, de letter B en 3 cijfers, bijvoorbeeld 100B490',
    en: '3 digits, the letter B and 3 digits, e.g. 100B490',
  },
  upper: true,
})

/**
 * RIO onderwijsaanbiedercode `999A999`.
 * @example parseOnderwijsaanbiedercode('123A456') // { ok: true, value: '123A456' }
 */
export const parseOnderwijsaanbiedercode = parser<'onderwijsaanbiedercode'>({
  pattern: /^\d{3}A\d{3}$/,
  name: { nl: 'onderwijsaanbiedercode', en: 'onderwijsaanbiedercode', het: false },
  hint: {
    nl: '3 cijfers, de letter A en 3 cijfers, bijvoorbeeld 123A456',
    en: '3 digits, the letter A and 3 digits, e.g. 123A456',
  },
  upper: true,
})

/**
 * RIO onderwijslocatiecode `999X999`.
 * @example parseOnderwijslocatiecode('110X912') // { ok: true, value: '110X912' }
 */
export const parseOnderwijslocatiecode = parser<'onderwijslocatiecode'>({
  pattern: /^\d{3}X\d{3}$/,
  name: { nl: 'onderwijslocatiecode', en: 'onderwijslocatiecode', het: false },
  hint: {
    nl: '3 cijfers, de letter X en 3 cijfers, bijvoorbeeld 110X912',
    en: '3 digits, the letter X and 3 digits, e.g. 110X912',
  },
  upper: true,
})

/**
 * KvK-nummer: 8 digits, no checksum (kvk.nl).
 * @example parseKvkNummer('1234 5678') // { ok: true, value: '12345678' }
 */
export const parseKvkNummer = parser<'kvk'>({
  pattern: /^\d{8}$/,
  name: { nl: 'KvK-nummer', en: 'KvK number', het: true },
  hint: { nl: '8 cijfers', en: '8 digits' },
  upper: false,
})

/**
 * KvK vestigingsnummer: 12 digits.
 * @example parseVestigingsnummer('000012345678') // { ok: true, value: '000012345678' }
 */
export const parseVestigingsnummer = parser<'vestigingsnummer'>({
  pattern: /^\d{12}$/,
  name: { nl: 'vestigingsnummer', en: 'vestigingsnummer', het: true },
  hint: { nl: '12 cijfers', en: '12 digits' },
  upper: false,
})

const rsinFormat = parser<'rsin'>({
  pattern: /^\d{9}$/,
  name: { nl: 'RSIN', en: 'RSIN', het: true },
  hint: { nl: '9 cijfers', en: '9 digits' },
  upper: false,
})

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11; all zeros is no number. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48)
  sum -= digits.charCodeAt(8) - 48
  return sum % 11 === 0
}

/**
 * RSIN: 9 digits that pass the 11-proef.
 * @example parseRsin('002165910') // { ok: true, value: '002165910' }
 */
export function parseRsin(input: string): Result<Code<'rsin'>, ParseErrorCode> {
  const r = rsinFormat(input)
  if (!r.ok || passesElfproef(r.value)) return r
  return {
    ok: false,
    error: {
      code: 'elfproef',
      nl: `'${r.value}' is geen geldig RSIN: het voldoet niet aan de elfproef. Controleer de cijfers.`,
      en: `'${r.value}' is not a valid RSIN: it fails the 11-proef checksum. Check the digits.`,
    },
  }
}
