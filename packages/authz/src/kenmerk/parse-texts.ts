import type { CodeKind, ParseErrorCode } from './parse.ts'

interface Format {
  /** Name with its article in Dutch grammar: `het` words take "geldig", `de` words "geldige". */
  name: { nl: string; en: string; het: boolean }
  /** What a valid code looks like. */
  hint: { nl: string; en: string }
}

const FORMATS: Record<CodeKind, Format> = {
  bestuursnummer: {
    name: { nl: 'bestuursnummer', en: 'bestuursnummer', het: true },
    hint: { nl: '5 cijfers, bijvoorbeeld 41234', en: '5 digits, e.g. 41234' },
  },
  instellingscode: {
    name: { nl: 'instellingscode', en: 'instellingscode', het: false },
    hint: {
      nl: '2 cijfers en 2 hoofdletters, bijvoorbeeld 21AZ',
      en: '2 digits and 2 capitals, e.g. 21AZ',
    },
  },
  vestigingscode: {
    name: { nl: 'vestigingscode', en: 'vestigingscode', het: false },
    hint: {
      nl: 'de instellingscode en 2 cijfers, bijvoorbeeld 21AZ00',
      en: 'the instellingscode and 2 digits, e.g. 21AZ00',
    },
  },
  onderwijsbestuurcode: {
    name: { nl: 'onderwijsbestuurcode', en: 'onderwijsbestuurcode', het: false },
    hint: {
      nl: '3 cijfers, de letter B en 3 cijfers, bijvoorbeeld 100B490',
      en: '3 digits, the letter B and 3 digits, e.g. 100B490',
    },
  },
  onderwijsaanbiedercode: {
    name: { nl: 'onderwijsaanbiedercode', en: 'onderwijsaanbiedercode', het: false },
    hint: {
      nl: '3 cijfers, de letter A en 3 cijfers, bijvoorbeeld 123A456',
      en: '3 digits, the letter A and 3 digits, e.g. 123A456',
    },
  },
  onderwijslocatiecode: {
    name: { nl: 'onderwijslocatiecode', en: 'onderwijslocatiecode', het: false },
    hint: {
      nl: '3 cijfers, de letter X en 3 cijfers, bijvoorbeeld 110X912',
      en: '3 digits, the letter X and 3 digits, e.g. 110X912',
    },
  },
  kvk: {
    name: { nl: 'KvK-nummer', en: 'KvK number', het: true },
    hint: { nl: '8 cijfers', en: '8 digits' },
  },
  vestigingsnummer: {
    name: { nl: 'vestigingsnummer', en: 'vestigingsnummer', het: true },
    hint: { nl: '12 cijfers', en: '12 digits' },
  },
  rsin: { name: { nl: 'RSIN', en: 'RSIN', het: true }, hint: { nl: '9 cijfers', en: '9 digits' } },
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

/** The texts of a refused code, by why it was refused: texts of `@duo/authz/teksten`. */
export function parseErrorText(
  code: ParseErrorCode,
  kind: CodeKind,
  value: string,
): { nl: string; en: string } {
  const { name, hint } = FORMATS[kind]
  if (code === 'leeg')
    return {
      nl: `Vul ${name.het ? 'het' : 'de'} ${name.nl} in (${hint.nl}).`,
      en: `Enter the ${name.en} (${hint.en}).`,
    }
  if (code === 'elfproef')
    return {
      nl: `'${value}' is geen geldig RSIN: het voldoet niet aan de elfproef. Controleer de cijfers.`,
      en: `'${value}' is not a valid RSIN: it fails the 11-proef checksum. Check the digits.`,
    }
  return {
    nl: `'${value}' is geen ${name.het ? 'geldig' : 'geldige'} ${name.nl}. Een ${name.nl} bestaat uit ${hint.nl}.`,
    en: `'${value}' is not a valid ${name.en}. ${article(name.en).replace(/^a/, 'A')} ${name.en} consists of ${hint.en}.`,
  }
}
