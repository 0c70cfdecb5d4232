import { describe, expect, it } from 'vitest'
import { dutchDay, legacyLoginRefusal, openLegacyLogins } from './login-rules'

const dates = {
  eherkenningVerplichtVanaf: '2022-01-01',
  helpdeskWachtwoordTot: '2022-04-01',
  tokenTot: null,
}

describe("the seed's login dates", () => {
  it('reads dates as Dutch calendar days', () => {
    expect(dutchDay(new Date('2022-03-31T22:30:00Z'))).toBe('2022-04-01')
    expect(dutchDay(new Date('2022-03-31T21:30:00Z'))).toBe('2022-03-31')
  })

  it('keeps passwords open up to and including 31 March 2022', () => {
    expect(
      legacyLoginRefusal(
        'helpdesk-wachtwoord',
        '2021-05-01T00:00:00Z',
        new Date('2022-03-31T12:00:00Z'),
        dates,
      ),
    ).toBeNull()
    expect(
      legacyLoginRefusal(
        'helpdesk-wachtwoord',
        '2021-05-01T00:00:00Z',
        new Date('2022-04-01T08:00:00Z'),
        dates,
      ),
    ).toBe('helpdesk-wachtwoord-verlopen')
  })

  it('treats an account made on 1 January 2022 or later as a new user', () => {
    expect(
      legacyLoginRefusal(
        'mijn-duo-token',
        '2021-12-31T22:59:00Z',
        new Date('2022-02-01T12:00:00Z'),
        dates,
      ),
    ).toBeNull()
    expect(
      legacyLoginRefusal(
        'mijn-duo-token',
        '2021-12-31T23:30:00Z',
        new Date('2022-02-01T12:00:00Z'),
        dates,
      ),
    ).toBe('nieuwe-gebruiker')
  })

  it('keeps token logins open "voorlopig" without an end date, and closes them on a configured one', () => {
    expect(openLegacyLogins(new Date('2030-01-01T12:00:00Z'), dates).token).toBe(true)
    expect(
      openLegacyLogins(new Date('2030-01-01T12:00:00Z'), { ...dates, tokenTot: '2029-06-01' })
        .token,
    ).toBe(false)
  })
})
