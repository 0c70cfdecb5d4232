import { describe, expect, it } from 'vitest'
import { dutchDate } from './date.ts'
import { meetsNiveau } from './login.ts'
import { grantStatus } from './subject.ts'

describe('dutchDate', () => {
  it('uses the Dutch calendar day, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(dutchDate(new Date('2022-01-31T22:59:59Z'))).toBe('2022-01-31')
    expect(dutchDate(new Date('2022-01-31T23:00:00Z'))).toBe('2022-02-01')
    expect(dutchDate(new Date('2022-05-31T21:59:59Z'))).toBe('2022-05-31')
    expect(dutchDate(new Date('2022-05-31T22:00:00Z'))).toBe('2022-06-01')
  })

  it('switches at 01:00 UTC on the last Sunday of March and October', () => {
    // 2022-03-27 and 2022-10-30 are the switch days.
    expect(dutchDate(new Date('2022-03-27T22:30:00Z'))).toBe('2022-03-28')
    expect(dutchDate(new Date('2022-10-30T22:30:00Z'))).toBe('2022-10-30')
    expect(dutchDate(new Date('2022-10-30T23:00:00Z'))).toBe('2022-10-31')
  })
})

describe('meetsNiveau', () => {
  it('orders EH2 < EH2+ < EH3 < EH4', () => {
    expect(meetsNiveau('EH2+', 'EH3')).toBe(false)
    expect(meetsNiveau('EH3', 'EH3')).toBe(true)
    expect(meetsNiveau('EH4', 'EH3')).toBe(true)
  })

  it('refuses a level it does not know, such as the ended EH1', () => {
    expect(meetsNiveau('EH1' as never, 'EH2')).toBe(false)
  })
})

describe('grantStatus: from and until are both inclusive', () => {
  const grant = {
    role: 'osr-toegang',
    kenmerk: '41234',
    from: '2022-03-01',
    until: '2022-05-31',
  } as const
  it.each([
    ['2022-02-28', 'nog-niet-geldig'],
    ['2022-03-01', 'geldig'],
    ['2022-05-31', 'geldig'],
    ['2022-06-01', 'verlopen'],
  ])('on %s the grant is %s', (today, status) => {
    expect(grantStatus(grant, today)).toBe(status)
  })

  it('a malformed date makes the grant invalid, never open-ended', () => {
    expect(grantStatus({ ...grant, until: '31-05-2022' }, '2022-04-01')).toBe('ongeldig')
  })
})
