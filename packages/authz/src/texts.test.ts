import { describe, expect, it, vi } from 'vitest'
import { aanZee, JULY_2022, medewerker } from './testing/fixtures.ts'

/** The browser entry in a fresh module graph: no texts registered yet. */
async function browserEntry() {
  vi.resetModules()
  const authz = await import('./browser.ts')
  const { authzTexts } = await import('./teksten.ts')
  return { authz, authzTexts }
}

describe('the texts of @duo/authz in a browser bundle', () => {
  it('decides without them: the code at once, the texts once registered', async () => {
    const { authz, authzTexts } = await browserEntry()
    const s = medewerker([], aanZee, { machtigingen: ['mijn-duo'] })
    const d = authz.decide(s, 'helpdesk.melding.indienen', { bestuur: aanZee }, { now: JULY_2022 })
    expect(d.allowed).toBe(false)
    expect(d.reason.code).toBe('geen-machtiging')

    const early = authz.decide(s, 'helpdesk.melding.lezen', { bestuur: aanZee }, { now: JULY_2022 })
    authz.registerAuthzTexts(authzTexts)
    // Made before the texts were there, read after: the full texts.
    expect(d.reason.nl).toContain('‘Mijn Helpdesk po’')
    expect(d.reason.en).toContain('‘Mijn Helpdesk po’')
    expect(early.reason.code).toBe('geen-machtiging')
    expect(JSON.parse(JSON.stringify(early.reason))).toEqual({
      code: 'geen-machtiging',
      nl: early.reason.nl,
      en: early.reason.en,
    })
    expect(authz.roles['beheerder-po'].description.nl).toContain('Kent de rollen')
    expect(authz.permissions['rod.leerlingdossier.raadplegen']).toMatchObject({
      nl: 'Leerlingdossier raadplegen',
      en: 'View the leerlingdossier',
      availableFrom: '2022-06-01',
    })
    expect(authz.parseBestuursnummer('').ok).toBe(false)
  })

  it('says only that access is refused, and describes no role, while they are missing', async () => {
    const { authz } = await browserEntry()
    const s = medewerker([], aanZee, { machtigingen: ['mijn-duo'] })
    const d = authz.decide(s, 'helpdesk.melding.indienen', { bestuur: aanZee }, { now: JULY_2022 })
    expect(d.reason).toEqual({
      code: 'geen-machtiging',
      nl: 'Geen toegang (geen-machtiging).',
      en: 'No access (geen-machtiging).',
    })
    expect(authz.roles['beheerder-po'].description).toEqual({ nl: '', en: '' })
    expect(authz.permissions['helpdesk.melding.lezen']).toMatchObject({ nl: '', en: '' })
    expect(authz.permissions['helpdesk.melding.lezen'].kind).toBe('lezen')
    const r = authz.parseKvkNummer('12')
    expect(r.ok ? null : r.error.code).toBe('formaat')
  })

  it('the Node entry has them from the start', async () => {
    vi.resetModules()
    const authz = await import('./index.ts')
    const r = authz.parseKvkNummer('12')
    expect(r.ok ? null : r.error).toEqual({
      code: 'formaat',
      nl: "'12' is geen geldig KvK-nummer. Een KvK-nummer bestaat uit 8 cijfers.",
      en: "'12' is not a valid KvK number. A KvK number consists of 8 digits.",
    })
  })
})
