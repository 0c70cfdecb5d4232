import type { Result } from '../result.ts'
import { parseError } from '../texts.ts'

/** Why a code was refused. `leeg`: nothing entered; `formaat`: wrong pattern; `elfproef`: checksum. */
export type ParseErrorCode = 'leeg' | 'formaat' | 'elfproef'

/** A string known to be a valid code of one kind; the brand keeps a KvK-nummer out of a bestuursnummer slot. */
export type Code<K extends string> = string & { readonly __code: K }

/** The kinds of code the parsers read; their names and hints are texts (`parse-texts.ts`). */
export type CodeKind =
  | 'bestuursnummer'
  | 'instellingscode'
  | 'vestigingscode'
  | 'onderwijsbestuurcode'
  | 'onderwijsaanbiedercode'
  | 'onderwijslocatiecode'
  | 'kvk'
  | 'vestigingsnummer'
  | 'rsin'

/** `upper`: letters are typed in either case; the registers store capitals. */
function parser<K extends CodeKind>(kind: K, pattern: RegExp, upper: boolean) {
  return (input: string): Result<Code<K>, ParseErrorCode> => {
    const value = upper ? input.trim().toUpperCase() : input.replace(/\s+/g, '')
    if (value === '') return { ok: false, error: parseError('leeg', kind, value) }
    if (!pattern.test(value)) return { ok: false, error: parseError('formaat', kind, value) }
    return { ok: true, value: value as Code<K> }
  }
}

/**
 * Bestuursnummer: 5 digits (all public examples have 5; assumed).
 * @example parseBestuursnummer('41234') // { ok: true, value: '41234' }
 */
export const parseBestuursnummer = parser('bestuursnummer', /^\d{5}$/, false)

/**
 * Instellingscode (formerly BRIN): 2 digits and 2 capitals.
 * @example parseInstellingscode('21az') // { ok: true, value: '21AZ' }
 */
export const parseInstellingscode = parser('instellingscode', /^\d{2}[A-Z]{2}$/, true)

/**
 * Vestigingscode: the instellingscode plus 2 digits.
 * @example parseVestigingscode('21AZ00') // { ok: true, value: '21AZ00' }
 */
export const parseVestigingscode = parser('vestigingscode', /^\d{2}[A-Z]{2}\d{2}$/, true)

/**
 * RIO onderwijsbestuurcode `999B999`.
 * @example parseOnderwijsbestuurcode('100B490') // { ok: true, value: '100B490' }
 */
export const parseOnderwijsbestuurcode = parser('onderwijsbestuurcode', /^\d{3}B\d{3}$/, true)

/**
 * RIO onderwijsaanbiedercode `999A999`.
 * @example parseOnderwijsaanbiedercode('123A456') // { ok: true, value: '123A456' }
 */
export const parseOnderwijsaanbiedercode = parser('onderwijsaanbiedercode', /^\d{3}A\d{3}$/, true)

/**
 * RIO onderwijslocatiecode `999X999`.
 * @example parseOnderwijslocatiecode('110X912') // { ok: true, value: '110X912' }
 */
export const parseOnderwijslocatiecode = parser('onderwijslocatiecode', /^\d{3}X\d{3}$/, true)

/**
 * KvK-nummer: 8 digits, no checksum (kvk.nl).
 * @example parseKvkNummer('1234 5678') // { ok: true, value: '12345678' }
 */
export const parseKvkNummer = parser('kvk', /^\d{8}$/, false)

/**
 * KvK vestigingsnummer: 12 digits.
 * @example parseVestigingsnummer('000012345678') // { ok: true, value: '000012345678' }
 */
export const parseVestigingsnummer = parser('vestigingsnummer', /^\d{12}$/, false)

const rsinFormat = parser('rsin', /^\d{9}$/, false)

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
  return { ok: false, error: parseError('elfproef', 'rsin', r.value) }
}
