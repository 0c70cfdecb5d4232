import { describe, expect, it } from 'vitest'
import { loginHref } from './login-link'

describe('the login link after the session ended', () => {
  it('returns to the same page, the same way the person logged in', () => {
    expect(loginHref('eherkenning', '/helpdesk/meldingen/nieuw')).toBe(
      '/auth/login?terug=%2Fhelpdesk%2Fmeldingen%2Fnieuw',
    )
    expect(loginHref('duo', '/beheer/aanmeldingen')).toBe(
      '/auth/intern/login?terug=%2Fbeheer%2Faanmeldingen',
    )
    expect(loginHref('helpdesk-wachtwoord', '/helpdesk/')).toBe('/inloggen?terug=%2Fhelpdesk%2F')
    expect(loginHref('eherkenning', '//elders.example/')).toBe('/auth/login?terug=%2F')
  })
})
