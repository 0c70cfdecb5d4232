import { describe, expect, it } from 'vitest'
import { ACR_VALUES, authorizationParameters, readClaims } from './oidc'

const base = {
  sub: 's1',
  'urn:etoegang:core:LegalSubjectID': '30123456',
  'urn:etoegang:core:ActingSubjectID': 'EH-X',
  'urn:etoegang:core:ServiceID': ['mijn-duo'],
}

describe('the level of assurance of an eHerkenning login', () => {
  it('maps the four accepted levels', () => {
    expect(readClaims({ ...base, acr: 'urn:etoegang:core:assurance-class:loa2plus' }).niveau).toBe(
      'EH2+',
    )
    expect(readClaims({ ...base, acr: 'urn:etoegang:core:assurance-class:loa4' }).niveau).toBe(
      'EH4',
    )
  })

  it('knows no level for loa1, an unknown value or none at all (the login is refused)', () => {
    for (const acr of ['urn:etoegang:core:assurance-class:loa1', 'urn:iets:anders', 3, undefined]) {
      expect(readClaims({ ...base, acr }).niveau).toBeNull()
    }
  })

  it('asks the broker for eHerkenning levels on every login, with PKCE', () => {
    const params = authorizationParameters({
      redirectUri: 'https://portaal/auth/callback',
      state: 's',
      nonce: 'n',
      codeChallenge: 'c',
    })
    expect(params.acr_values?.split(' ')).toEqual(ACR_VALUES)
    expect(ACR_VALUES.some((v) => v.endsWith('loa1'))).toBe(false)
    expect(params).toMatchObject({ code_challenge_method: 'S256', state: 's', nonce: 'n' })
    expect(params.login_hint).toBeUndefined()
  })
})
