import { ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { createPortalContext } from './create-context'
import type { PortalUser } from './contract'

const bestuur = {
  bestuursnummer: '41234',
  kvk: '30123456',
  onderwijsbestuurcode: '101B234',
  naam: 'De Linde',
  osrOvereenkomstGetekend: true,
  scholen: [
    {
      instellingscode: '12AB',
      naam: 'De Regenboog',
      vestigingscodes: ['12AB00'],
      onderwijsaanbiedercode: '101A001',
    },
    {
      instellingscode: '34CD',
      naam: 'Het Kompas',
      vestigingscodes: ['34CD00'],
      onderwijsaanbiedercode: '101A002',
    },
  ],
}
const schoolleider: PortalUser = {
  persoon: { id: 'p1', naam: 'Eva' },
  soort: 'bestuur-medewerker',
  organisatie: { kvk: '30123456', bestuursnummer: '41234', naam: 'De Linde', intermediair: null },
  grants: [{ role: 'medewerker-schoolleiding-rod', kenmerk: '12AB', from: null, until: null }],
  machtigingen: ['mijn-duo'],
  niveau: 'EH3',
  bestuur,
}

function contextFor(user: PortalUser | null, now = '2022-03-01T10:00:00Z') {
  return createPortalContext({
    user: ref(user),
    locale: ref('nl'),
    fetch,
    now: () => new Date(now),
    navigate: async () => {},
  })
}

describe('the portal context bound to @duo/authz', () => {
  it('scopes a school-level kenmerk to that school', () => {
    const portal = contextFor(schoolleider)
    expect(portal.can('rod.dashboard-school.raadplegen', { school: '12AB' })).toBe(true)
    expect(portal.can('rod.dashboard-school.raadplegen', { school: '34CD' })).toBe(false)
    expect(portal.can('rod.dashboard-school.raadplegen')).toBe(false)
    expect(portal.canAnywhere('rod.dashboard-school.raadplegen')).toBe(true)
    expect(portal.canAnywhere('bekostiging.raadplegen')).toBe(false)
  })

  it("explains a refusal in the user's words", () => {
    const decision = contextFor(schoolleider).decide('rod.dashboard-school.raadplegen', {
      school: '34CD',
    })
    expect(decision.allowed).toBe(false)
    expect(decision.reason.nl).toMatch(/34CD|12AB/)
  })

  it('follows the clock: the dashboard ROD opens on 1 February 2022', () => {
    expect(
      contextFor(schoolleider, '2022-01-31T10:00:00Z').can('rod.dashboard-school.raadplegen', {
        school: '12AB',
      }),
    ).toBe(false)
    expect(
      contextFor(schoolleider, '2022-02-01T10:00:00Z').can('rod.dashboard-school.raadplegen', {
        school: '12AB',
      }),
    ).toBe(true)
  })

  it('allows nothing while anonymous', () => {
    const portal = contextFor(null)
    expect(portal.can('beheer.eigen-rollen.raadplegen')).toBe(false)
    expect(portal.decide('beheer.eigen-rollen.raadplegen').reason.code).toBe('niet-ingelogd')
  })

  it('lets DUO staff use their internal role without a bestuur', () => {
    const staff: PortalUser = {
      ...schoolleider,
      soort: 'duo-medewerker',
      organisatie: null,
      bestuur: null,
      machtigingen: [],
      grants: [{ role: 'duo-helpdeskmedewerker', kenmerk: 'DUO', from: null, until: null }],
    }
    expect(contextFor(staff).can('helpdesk.behandelen')).toBe(true)
    expect(contextFor(staff).can('bekostiging.raadplegen')).toBe(false)
  })
})
