import { ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { navItemOf, paginaToegang, sectieToegang, VOOR_BESTUREN } from './access'
import { createPortalContext } from './create-context'
import type { PortalUser, SectionMeta } from './contract'

const bestuur = {
  bestuursnummer: '41234',
  kvk: '30123456',
  onderwijsbestuurcode: '101B234',
  naam: 'De Linde',
  osrOvereenkomstGetekend: true,
  scholen: [],
}
const bestuurder = (
  grants: PortalUser['grants'],
  niveau: PortalUser['niveau'] = 'EH3',
  machtigingen: PortalUser['machtigingen'] = ['mijn-duo', 'mijn-helpdesk-po'],
): PortalUser => ({
  persoon: { id: 'p', naam: 'P' },
  soort: 'bestuur-medewerker',
  organisatie: { kvk: '30123456', bestuursnummer: '41234', naam: 'De Linde', intermediair: null },
  grants,
  machtigingen,
  niveau,
  bestuur,
})
const servicedesk: PortalUser = {
  ...bestuurder([{ role: 'duo-security-servicedesk', kenmerk: 'DUO', from: null, until: null }]),
  soort: 'duo-medewerker',
  organisatie: null,
  bestuur: null,
  machtigingen: [],
}
const grant = (role: string) => ({ role, kenmerk: '41234', from: null, until: null })
const portalVoor = (user: PortalUser) =>
  createPortalContext({
    user: ref(user),
    locale: ref('nl'),
    fetch,
    now: () => new Date('2022-03-01T10:00:00Z'),
    navigate: async () => {},
  })

const label = { nl: 'x', en: 'x' }
const xbrl: SectionMeta = {
  id: 'xbrl',
  contractVersion: '1.1',
  version: '1',
  title: label,
  description: label,
  dienst: 'mijn-duo',
  nav: [
    { path: '', label },
    { path: 'aanleveren', label, permission: 'xbrl.jaarverantwoording.indienen' },
    { path: 'overzicht', label, permission: 'xbrl.jaarverantwoording.raadplegen' },
  ],
}
const beheer: SectionMeta = {
  ...xbrl,
  id: 'beheer',
  dienst: null,
  nav: [
    { path: '', label },
    { path: 'mijn-rollen', label, permission: 'beheer.eigen-rollen.raadplegen' },
    { path: 'aanmelding', label },
    { path: 'aanmeldingen', label, permission: 'beheer.beheerders.aanstellen' },
  ],
}

describe('why a section is missing from the home page', () => {
  it('tells a raadpleger at EH2+ that the role is missing, not to log in at EH3', () => {
    const user = bestuurder([grant('raadpleger-zaakdossier')], 'EH2+')
    const portal = portalVoor(user)
    // @duo/authz decides the role before the level (since it names a missing role first), and
    // the explanation starts with what the person can act on.
    expect(portal.decide('xbrl.jaarverantwoording.indienen').reason.code).toBe('rol-ontbreekt')
    const w = sectieToegang(xbrl, user, portal)
    expect(w?.code).toBe('rol-ontbreekt')
    expect(w?.reden.nl).toContain('Medewerker verantwoording')
    expect(w?.reden.nl).not.toContain('EH3')
  })

  it('tells the medewerker verantwoording at EH2 to log in at EH3', () => {
    const user = bestuurder([grant('medewerker-verantwoording')], 'EH2')
    const w = sectieToegang(xbrl, user, portalVoor(user))
    expect(w?.code).toBe('niveau-te-laag')
    expect(w?.reden.nl).toContain('EH3')
  })

  it('names the missing machtiging', () => {
    const user = bestuurder([grant('medewerker-verantwoording')], 'EH3', ['mijn-helpdesk-po'])
    const w = sectieToegang(xbrl, user, portalVoor(user))
    expect(w?.code).toBe('geen-machtiging')
    expect(w?.reden.en).toContain('Mijn DUO voor zakelijke klanten')
  })

  it('says nothing about a section the person has', () => {
    const user = bestuurder([grant('medewerker-verantwoording')], 'EH3')
    expect(sectieToegang(xbrl, user, portalVoor(user))).toBeNull()
  })

  it('tells DUO staff a section is for besturen', () => {
    expect(sectieToegang(xbrl, servicedesk, portalVoor(servicedesk))).toEqual(VOOR_BESTUREN)
    expect(sectieToegang(beheer, servicedesk, portalVoor(servicedesk))).toBeNull()
  })
})

describe('a page opened by URL', () => {
  it('finds the menu item a path falls under', () => {
    expect(navItemOf(beheer, 'aanmeldingen/123')?.path).toBe('aanmeldingen')
    expect(navItemOf(beheer, 'aanmelding')?.path).toBe('aanmelding')
    expect(navItemOf(beheer, '')).toBeNull()
  })

  it("refuses the servicedesk's queue to a raadpleger, with the reason", () => {
    const user = bestuurder([grant('raadpleger-zaakdossier')])
    const w = paginaToegang(beheer, 'aanmeldingen', undefined, user, portalVoor(user))
    expect(w?.code).toBe('alleen-duo')
    expect(w?.reden.nl).toContain('DUO security servicedesk')
  })

  it('refuses pages for besturen to DUO staff, and lets them into their own', () => {
    const portal = portalVoor(servicedesk)
    expect(paginaToegang(beheer, 'aanmelding', undefined, servicedesk, portal)).toEqual(
      VOOR_BESTUREN,
    )
    expect(paginaToegang(beheer, 'mijn-rollen', undefined, servicedesk, portal)).toEqual(
      VOOR_BESTUREN,
    )
    expect(paginaToegang(beheer, 'aanmeldingen/7', undefined, servicedesk, portal)).toBeNull()
    expect(paginaToegang(beheer, '', undefined, servicedesk, portal)).toBeNull()
  })

  it("prefers the route's own permission over the menu's", () => {
    const user = bestuurder([grant('raadpleger-zaakdossier')])
    const portal = portalVoor(user)
    expect(paginaToegang(beheer, 'aanmelding', undefined, user, portal)).toBeNull()
    expect(
      paginaToegang(beheer, 'aanmelding', 'beheer.beheerders.aanstellen', user, portal)?.code,
    ).toBe('alleen-duo')
  })
})
