import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  parseBestuursnummer,
  parseInstellingscode,
  parseKvkNummer,
  parseOnderwijsaanbiedercode,
  parseOnderwijsbestuurcode,
  parseOnderwijslocatiecode,
  parseRsin,
  parseVestigingscode,
  parseVestigingsnummer,
  passesElfproef,
} from './parse.ts'
import { kenmerkType } from './type.ts'

describe('parsers', () => {
  it.each([
    [parseBestuursnummer, '41234', '41234'],
    [parseInstellingscode, ' 21az ', '21AZ'],
    [parseVestigingscode, '21AZ00', '21AZ00'],
    [parseOnderwijsbestuurcode, '100b490', '100B490'],
    [parseOnderwijsaanbiedercode, '123A456', '123A456'],
    [parseOnderwijslocatiecode, '110X912', '110X912'],
    [parseKvkNummer, '1234 5678', '12345678'],
    [parseVestigingsnummer, '000012345678', '000012345678'],
    [parseRsin, '002165910', '002165910'],
  ] as const)('%o accepts %s as %s', (parse, input, value) => {
    expect(parse(input)).toEqual({ ok: true, value })
  })

  it.each([
    [parseBestuursnummer, '4123'],
    [parseBestuursnummer, '412345'],
    [parseInstellingscode, '2AZ1'],
    [parseVestigingscode, '21AZ0'],
    [parseOnderwijsbestuurcode, '100A490'],
    [parseOnderwijsaanbiedercode, '100B490'],
    [parseOnderwijslocatiecode, '110Y912'],
    [parseKvkNummer, '1234567'],
    [parseVestigingsnummer, '12345678'],
    [parseRsin, '12345678'],
  ] as const)('%o refuses %s with a Dutch and English message', (parse, input) => {
    const r = parse(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('formaat')
    expect(r.error.nl).toContain(`'${input}' is geen geldig`)
    expect(r.error.en).toContain(`'${input}' is not a valid`)
  })

  it('says what a valid code looks like', () => {
    const r = parseInstellingscode('2AZ1')
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'formaat',
        nl: "'2AZ1' is geen geldige instellingscode. Een instellingscode bestaat uit 2 cijfers en 2 hoofdletters, bijvoorbeeld 21AZ.",
        en: "'2AZ1' is not a valid instellingscode. An instellingscode consists of 2 digits and 2 capitals, e.g. 21AZ.",
      },
    })
  })

  it('asks for a value when nothing was entered', () => {
    const r = parseBestuursnummer('  ')
    expect(r.ok || r.error).toMatchObject({
      code: 'leeg',
      nl: 'Vul het bestuursnummer in (5 cijfers, bijvoorbeeld 41234).',
    })
  })

  it('RSIN: 9 digits that fail the 11-proef are refused as such', () => {
    const r = parseRsin('123456789')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('elfproef')
  })

  it('11-proef: changing one digit of a valid RSIN always breaks it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const valid = '002165910'
        const d = (Number(valid[pos]) + delta) % 10
        const changed = valid.slice(0, pos) + d + valid.slice(pos + 1)
        expect(passesElfproef(changed)).toBe(false)
      }),
    )
  })
})

describe('kenmerkType', () => {
  it.each([
    ['41234', 'bestuursnummer'],
    ['12AB', 'instellingscode'],
    ['12AB00', 'vestigingscode'],
    ['100B490', 'onderwijsbestuurcode'],
    ['123A456', 'onderwijsaanbiedercode'],
    ['110X912', 'onderwijslocatiecode'],
    ['12345678', 'kvk'],
    ['000012345678', 'vestigingsnummer'],
    ['002165910', 'rsin'],
    ['DUO', 'duo'],
    ['12ab', null],
    ['123456789', null],
    ['', null],
  ])('classifies %s as %s', (value, type) => {
    expect(kenmerkType(value)).toBe(type)
  })

  it('agrees with the parsers: what a parser accepts, kenmerkType classifies as that type', () => {
    const code = (digits: number) => fc.stringMatching(new RegExp(`^\\d{${digits}}$`))
    fc.assert(
      fc.property(
        fc.oneof(
          code(5).map((v) => [parseBestuursnummer(v), 'bestuursnummer'] as const),
          fc
            .stringMatching(/^\d{2}[A-Z]{2}$/)
            .map((v) => [parseInstellingscode(v), 'instellingscode'] as const),
          fc
            .stringMatching(/^\d{3}B\d{3}$/)
            .map((v) => [parseOnderwijsbestuurcode(v), 'onderwijsbestuurcode'] as const),
          fc
            .stringMatching(/^\d{3}A\d{3}$/)
            .map((v) => [parseOnderwijsaanbiedercode(v), 'onderwijsaanbiedercode'] as const),
          code(8).map((v) => [parseKvkNummer(v), 'kvk'] as const),
        ),
        ([result, type]) => {
          expect(result.ok).toBe(true)
          if (result.ok) expect(kenmerkType(result.value)).toBe(type)
        },
      ),
    )
  })
})
