/** The domain rules of ROD on their own: PGN, CSV cells, weeks, schooljaren and the advies rule. */
import { describe, expect, it } from 'vitest'
import { isPgn, maskeerPgn, pgnSoort } from './pgn'
import { csvCel, csvRegel } from './csv'
import { isDag, weekUitId, weekVan, wekenTussen } from './dagen'
import {
  NIEUWE_ADVIESREGELS_VANAF,
  adviesRegels,
  controleerAdviesvolgorde,
  isSchooljaar,
  schooljaarVan,
  teldata,
} from './schooljaar'
import { ADVIESWAARDEN, volgordeVan } from './waardelijsten'

describe('PGN', () => {
  it('accepts a BSN that passes the 11-proef and an onderwijsnummer (10…, sum 5 mod 11)', () => {
    expect(pgnSoort('111222333')).toEqual({ soort: 'bsn', pgn: '111222333' })
    expect(pgnSoort('1112.22.333')).toEqual({ soort: 'bsn', pgn: '111222333' })
    expect(pgnSoort('101222331')).toEqual({ soort: 'onderwijsnummer', pgn: '101222331' })
    for (const fout of ['111222334', '101222332', '12345678', '1234567890', 'abcdefghi', ''])
      expect(isPgn(fout), fout).toBe(false)
  })

  it('masks all but the last three digits', () => {
    expect(maskeerPgn('123456782')).toBe('******782')
  })
})

describe('CSV cells', () => {
  it('quotes every cell, doubles quotes, and neutralises formulas', () => {
    expect(csvCel('de "Linde"')).toBe('"de ""Linde"""')
    for (const gevaar of ['=1+2', '+31', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCel(gevaar).startsWith(`"'`), gevaar).toBe(true)
    expect(csvCel(null)).toBe('""')
    expect(csvRegel(['a', 1])).toBe('"a";"1"\r\n')
  })
})

describe('days and weeks', () => {
  it('knows real calendar days only', () => {
    expect(isDag('2024-02-29')).toBe(true)
    expect(isDag('2023-02-29')).toBe(false)
    expect(isDag('2024-2-1')).toBe(false)
  })

  it('numbers ISO weeks, also across a year boundary', () => {
    expect(weekVan('2022-01-03')).toMatchObject({
      id: '2022-W01',
      maandag: '2022-01-03',
      zondag: '2022-01-09',
    })
    expect(weekVan('2022-01-02')).toMatchObject({ id: '2021-W52' })
    expect(weekVan('2024-12-30')).toMatchObject({ id: '2025-W01' })
    expect(weekUitId('2024-W15')).toMatchObject({ maandag: '2024-04-08' })
    expect(weekUitId('2024-W54')).toBeNull()
    expect(weekUitId('2024-15')).toBeNull()
    expect(wekenTussen('2022-01-03', '2022-01-16').map((w) => w.id)).toEqual([
      '2022-W01',
      '2022-W02',
    ])
    expect(wekenTussen('2022-01-04', '2022-01-15').map((w) => w.id)).toEqual(['2022-W01'])
  })
})

describe('schooljaren', () => {
  it('runs from 1 August to 31 July, with teldata 1 October and 1 February', () => {
    expect(schooljaarVan('2023-07-31')).toBe('2022-2023')
    expect(schooljaarVan('2023-08-01')).toBe('2023-2024')
    expect(teldata('2023-2024')).toEqual(['2023-10-01', '2024-02-01'])
    expect(isSchooljaar('2023-2024')).toBe(true)
    expect(isSchooljaar('2023-2025')).toBe(false)
  })

  it('switches the advies regime at 2023-2024, not a year earlier', () => {
    expect(NIEUWE_ADVIESREGELS_VANAF).toBe('2023-2024')
    expect(adviesRegels('2022-2023')).toMatchObject({
      eerste: 'advies',
      tweede: 'herzien',
      toets: 'eindtoets',
      tweedeMinimaal: 'hoger',
    })
    expect(adviesRegels('2023-2024')).toMatchObject({
      eerste: 'voorlopig',
      tweede: 'definitief',
      toets: 'doorstroomtoets',
      tweedeMinimaal: 'gelijk-of-hoger',
      adviesInRodUiterlijk: '2024-02-14',
    })
    expect(adviesRegels('2023-2024').termijnen.map((t) => t.uiterlijk)).toContain('2024-04-07')
  })
})

describe('the advies rule', () => {
  it('never lets a definitief advies be lower than the voorlopig one (equal is fine)', () => {
    expect(controleerAdviesvolgorde('2023-2024', 'havo', 'havo')).toBeNull()
    expect(controleerAdviesvolgorde('2023-2024', 'havo', 'havo-vwo')).toBeNull()
    expect(controleerAdviesvolgorde('2023-2024', 'havo', 'vmbo-tl')?.nl).toContain('niet lager')
    // A "met lwoo" variant sits at the level of its base value.
    expect(controleerAdviesvolgorde('2023-2024', 'vmbo-kb', 'vmbo-kb-lwoo')).toBeNull()
    expect(controleerAdviesvolgorde('2023-2024', null, 'vwo')).toBeNull()
  })

  it('before 2023-24 wants a herzien advies strictly higher', () => {
    expect(controleerAdviesvolgorde('2022-2023', 'havo', 'havo')?.nl).toContain('moet hoger')
    expect(controleerAdviesvolgorde('2022-2023', 'havo', 'vwo')).toBeNull()
  })

  it('orders the value list as DUO does', () => {
    expect(volgordeVan('geen-specifiek-advies')).toBe(0)
    expect(volgordeVan('vwo')).toBe(80)
    expect(volgordeVan('onbekend')).toBe(-1)
    expect(ADVIESWAARDEN.filter((w) => w.lwoo)).toHaveLength(8)
  })
})
