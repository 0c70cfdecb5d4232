import { describe, expect, it } from 'vitest'
import {
  checkContractVersion,
  CONTRACT_VERSION,
  validateSectionMeta,
  veiligTerugpad,
  type SectionMeta,
} from './contract'

const meta: SectionMeta = {
  id: 'rod',
  contractVersion: CONTRACT_VERSION,
  version: '1.0.0',
  title: { nl: 'ROD', en: 'ROD' },
  description: { nl: 'Register', en: 'Register' },
  dienst: 'mijn-duo',
  nav: [{ path: '', label: { nl: 'Overzicht', en: 'Overview' } }],
}

describe('the contract version', () => {
  it('accepts the same major with another minor', () => {
    expect(checkContractVersion('1.0', '1.3')).toBeNull()
    expect(checkContractVersion('1.7', '1.0')).toBeNull()
  })

  it('refuses another major with a sentence in both languages', () => {
    const refusal = checkContractVersion('2.0', '1.0')
    expect(refusal?.code).toBe('contract-major')
    expect(refusal?.nl).toContain('portaalcontract 2.0')
    expect(refusal?.en).toContain('portal contract 2.0')
  })

  it('refuses a missing or malformed version', () => {
    expect(checkContractVersion(undefined)?.code).toBe('contract-onleesbaar')
    expect(checkContractVersion('1')?.code).toBe('contract-onleesbaar')
    expect(checkContractVersion(1.0)?.code).toBe('contract-onleesbaar')
  })
})

describe('section.json validation', () => {
  it('accepts a complete description', () => {
    expect(validateSectionMeta(meta)).toEqual([])
  })

  it('names every problem', () => {
    const problems = validateSectionMeta({
      ...meta,
      id: 'Kantine/..',
      title: { nl: 'x' },
      dienst: 'digid',
      nav: [{ path: 3 }],
    })
    expect(problems).toEqual([
      'ongeldige sectie-id Kantine/..',
      'title moet nl en en hebben',
      'dienst moet mijn-duo, mijn-helpdesk-po of null zijn',
      'nav[0] is ongeldig',
    ])
    expect(validateSectionMeta(null)).toEqual(['section.json is geen object'])
  })
})

describe('a return path after login', () => {
  it('keeps a path of the portal and refuses every way to another site', () => {
    expect(veiligTerugpad('/helpdesk/meldingen?status=nieuw#top')).toBe(
      '/helpdesk/meldingen?status=nieuw#top',
    )
    for (const bad of [
      '//other.example/',
      '/\\other.example',
      'https://other.example',
      'javascript:alert(1)',
      '/auth/logout',
      '/a b',
      null,
      3,
    ])
      expect(veiligTerugpad(bad)).toBe('/')
  })
})
