import { describe, expect, it } from 'vitest'
import { loadConfig } from './config'
import { loadAuthConfig } from './auth/config'

describe('configuration', () => {
  it('reads the section list from the environment', () => {
    const config = loadConfig({
      DUO_SECTIONS: '[{"id":"rod","manifestUrl":"https://cdn.example/rod/1.4.0/mf-manifest.json"}]',
    })
    expect(config.sections).toEqual([
      { id: 'rod', manifestUrl: 'https://cdn.example/rod/1.4.0/mf-manifest.json' },
    ])
    expect(config.port).toBe(8080)
  })

  it('stops with a clear message on a wrong value', () => {
    expect(() => loadConfig({ DUO_SECTIONS: '[{"id":"kantine","manifestUrl":"x"}]' })).toThrow(
      /Ongeldige sectielijst/,
    )
    expect(() => loadConfig({ DUO_NOW: 'gisteren' })).toThrow(/Ongeldige configuratie/)
    expect(() => loadAuthConfig({ DUO_HELPDESK_WACHTWOORD_TOT: '1-4-2022' })).toThrow(/JJJJ-MM-DD/)
  })

  it('has the seed\'s dates as defaults, and "voorlopig" for tokens', () => {
    expect(loadAuthConfig({}).dates).toEqual({
      eherkenningVerplichtVanaf: '2022-01-01',
      helpdeskWachtwoordTot: '2022-04-01',
      tokenTot: null,
    })
  })
})
