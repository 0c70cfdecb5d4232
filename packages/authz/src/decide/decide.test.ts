import { describe, expect, it } from 'vitest'
import { decide, permissionsOn } from './decide.ts'
import { automaticGrantsFor } from './effective-grants.ts'
import { aanZee, duoMedewerker, JULY_2022, medewerker, polder } from '../testing/fixtures.ts'
import type { PermissionId } from '../catalogue/permissions.ts'

const now = JULY_2022
const at = (iso: string) => new Date(`${iso}T12:00:00+01:00`)

describe('login context', () => {
  it('“Hiervoor hebt u een machtiging nodig voor de dienst ‘Mijn Helpdesk po’”', () => {
    const s = medewerker([], aanZee, { machtigingen: ['mijn-duo'] })
    const d = decide(s, 'helpdesk.melding.indienen', { bestuur: aanZee }, { now })
    expect(d.allowed).toBe(false)
    expect(d.reason.code).toBe('geen-machtiging')
    expect(d.reason.nl).toContain(
      '‘Mijn Helpdesk po’. Dit regelt u bij de leverancier van uw eHerkenningsmiddel.',
    )
  })

  it('helpdesk permissions come from the machtiging for the organisation, not from a role', () => {
    const s = medewerker([], aanZee, { machtigingen: ['mijn-helpdesk-po'] })
    for (const p of [
      'helpdesk.melding.lezen',
      'helpdesk.melding.indienen',
      'helpdesk.archief.lezen',
      'helpdesk.contactpersoon.wijzigen',
    ] as const) {
      expect(decide(s, p, { bestuur: aanZee }, { now }).allowed).toBe(true)
    }
    expect(decide(s, 'helpdesk.behandelen', { bestuur: aanZee }, { now }).reason.code).toBe(
      'alleen-duo',
    )
  })

  it('“Hiervoor hebt u een machtiging nodig voor de dienst ‘Mijn DUO voor zakelijke klanten’”', () => {
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }], aanZee, {
      machtigingen: ['mijn-helpdesk-po'],
    })
    const d = decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now })
    expect(d.reason.code).toBe('geen-machtiging')
    expect(d.reason.nl).toContain('Mijn DUO voor zakelijke klanten')
  })

  it('XBRL needs eHerkenning EH3 or higher', () => {
    const grants = [{ role: 'medewerker-verantwoording', kenmerk: '41234' } as const]
    const low = decide(
      medewerker(grants, aanZee, { niveau: 'EH2+' }),
      'xbrl.jaarverantwoording.indienen',
      { bestuur: aanZee },
      { now },
    )
    expect(low.reason.code).toBe('niveau-te-laag')
    expect(low.reason.nl).toBe(
      'Hiervoor moet u inloggen met eHerkenning niveau EH3 of hoger. U bent ingelogd met niveau EH2+.',
    )
    expect(
      decide(
        medewerker(grants, aanZee, { niveau: 'EH4' }),
        'xbrl.jaarverantwoording.indienen',
        { bestuur: aanZee },
        { now },
      ).allowed,
    ).toBe(true)
  })

  it('the required level is configuration', () => {
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }], aanZee, {
      niveau: 'EH2',
    })
    const config = { minimumNiveau: { 'bekostiging.aanvraag.indienen': 'EH3' as const } }
    expect(
      decide(s, 'bekostiging.aanvraag.indienen', { bestuur: aanZee }, { now, config }).reason.code,
    ).toBe('niveau-te-laag')
    // Without the role, the role is the reason, not the level: logging in at EH3 would not help.
    expect(
      decide(s, 'xbrl.jaarverantwoording.raadplegen', { bestuur: aanZee }, { now, config }).reason
        .code,
    ).toBe('rol-ontbreekt')
    const metRol = medewerker([{ role: 'medewerker-verantwoording', kenmerk: '41234' }], aanZee, {
      niveau: 'EH2+',
    })
    expect(
      decide(metRol, 'xbrl.jaarverantwoording.raadplegen', { bestuur: aanZee }, { now }).reason
        .code,
    ).toBe('niveau-te-laag')
  })

  it('a person logged in for another organisation is not let in', () => {
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }], polder)
    const d = decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now })
    expect(d.reason.code).toBe('andere-organisatie')
  })

  it('without a login for an organisation nothing is allowed', () => {
    const s = medewerker([], aanZee, { actsFor: undefined })
    expect(
      decide(s, 'beheer.eigen-rollen.raadplegen', { bestuur: aanZee }, { now }).reason.code,
    ).toBe('niet-ingelogd')
  })

  it('on a ketenmachtiging the person acts for the client and every decision records the intermediary', () => {
    const intermediary = { kvk: '99887766' }
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }], aanZee, {
      intermediary,
    })
    const yes = decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now })
    const no = decide(s, 'rod.dashboard-bestuur.raadplegen', { bestuur: aanZee }, { now })
    expect(yes).toMatchObject({ allowed: true, intermediary })
    expect(no).toMatchObject({ allowed: false, intermediary })
  })

  it('everyone logged in may see his own roles', () => {
    expect(
      decide(medewerker([]), 'beheer.eigen-rollen.raadplegen', { bestuur: aanZee }, { now })
        .allowed,
    ).toBe(true)
    expect(
      decide(duoMedewerker([]), 'beheer.eigen-rollen.raadplegen', { bestuur: aanZee }, { now })
        .allowed,
    ).toBe(true)
  })
})

describe('bekostiging roles', () => {
  it('“De medewerker bekostiging voert taken uit … zoals het aanvragen van bekostiging en subsidies of het controleren van bekostigingsgegevens”', () => {
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }])
    const d = decide(s, 'bekostiging.aanvraag.indienen', { bestuur: aanZee }, { now })
    expect(d).toMatchObject({
      allowed: true,
      reason: { code: 'toegestaan' },
      grant: { role: 'medewerker-bekostiging' },
    })
    expect(decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now }).allowed).toBe(true)
  })

  it('“Overzicht vaststelling tellingen (vanaf april 2022)” and “Dashboard bekostiging (vanaf maart 2022)”', () => {
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }])
    const feb = decide(
      s,
      'bekostiging.dashboard.raadplegen',
      { bestuur: aanZee },
      { now: at('2022-02-28') },
    )
    expect(feb.reason).toMatchObject({
      code: 'nog-niet-beschikbaar',
      nl: 'Dashboard bekostiging raadplegen is beschikbaar vanaf 1 maart 2022.',
    })
    expect(
      decide(s, 'bekostiging.dashboard.raadplegen', { bestuur: aanZee }, { now: at('2022-03-01') })
        .allowed,
    ).toBe(true)
    expect(
      decide(
        s,
        'bekostiging.vaststelling-tellingen.raadplegen',
        { bestuur: aanZee },
        { now: at('2022-03-31') },
      ).allowed,
    ).toBe(false)
    expect(
      decide(
        s,
        'bekostiging.vaststelling-tellingen.raadplegen',
        { bestuur: aanZee },
        { now: at('2022-04-01') },
      ).allowed,
    ).toBe(true)
  })

  it('availability dates are configuration', () => {
    const s = medewerker([{ role: 'medewerker-bekostiging', kenmerk: '41234' }])
    const config = { permissionAvailableFrom: { 'bekostiging.dashboard.raadplegen': '2022-08-01' } }
    expect(
      decide(s, 'bekostiging.dashboard.raadplegen', { bestuur: aanZee }, { now, config }).allowed,
    ).toBe(false)
    // the other dates keep their defaults
    expect(
      decide(
        s,
        'bekostiging.vaststelling-tellingen.raadplegen',
        { bestuur: aanZee },
        { now: at('2022-03-31'), config },
      ).allowed,
    ).toBe(false)
  })

  it('“De raadpleger zaakdossier kan lopende aanvragen volgen … Hij kan zelf geen wijzigingen of aanvragen doorgeven.”', () => {
    const s = medewerker([{ role: 'raadpleger-zaakdossier', kenmerk: '41234' }])
    expect(decide(s, 'zaakdossier.raadplegen', { bestuur: aanZee }, { now }).allowed).toBe(true)
    const d = decide(s, 'bekostiging.aanvraag.indienen', { bestuur: aanZee }, { now })
    expect(d.reason).toMatchObject({
      code: 'rol-ontbreekt',
      nl: 'U heeft de rol Medewerker bekostiging met kenmerk 41234 nodig. Uw beheerder bekostiging en opleidingen kan die toekennen.',
    })
  })

  it('“De medewerker opleidingen … het bijwerken van het opleidingsaanbod of het uitwisselen van examenresultaten”', () => {
    const s = medewerker([{ role: 'medewerker-opleidingen', kenmerk: '41234' }])
    expect(decide(s, 'opleidingen.aanbod.wijzigen', { bestuur: aanZee }, { now }).allowed).toBe(
      true,
    )
    expect(
      decide(s, 'opleidingen.examenresultaten.uitwisselen', { bestuur: aanZee }, { now }).allowed,
    ).toBe(true)
  })

  it('“Hij heeft zelf geen toegang tot gegevens en kan geen wijzigingen of aanvragen doorgeven” — even if someone gave him a data role', () => {
    const s = medewerker([
      { role: 'beheerder-bekostiging-opleidingen', kenmerk: '41234' },
      { role: 'medewerker-bekostiging', kenmerk: '41234' },
    ])
    const d = decide(s, 'bekostiging.aanvraag.indienen', { bestuur: aanZee }, { now })
    expect(d.reason.code).toBe('geen-data-toegang')
    expect(
      decide(s, 'beheer.rollen-bekostiging.toekennen', { bestuur: aanZee }, { now }).allowed,
    ).toBe(true)
  })
})

describe('ROD roles', () => {
  it('“De medewerker met de rol ‘PO-informatiediensten’ kan de bestanden met de schooladviezen en het niveau vo … ophalen. Dit kenmerk is het bestuursnummer.”', () => {
    const s = medewerker([{ role: 'po-informatiediensten', kenmerk: '41234' }])
    expect(
      decide(s, 'rod.bestanden-schooladviezen.ophalen', { bestuur: aanZee }, { now }).allowed,
    ).toBe(true)
    expect(
      decide(
        s,
        'rod.bestanden-schooladviezen.ophalen',
        { bestuur: aanZee, school: '34CD' },
        { now },
      ).allowed,
    ).toBe(true)
  })

  it('a bestuursnummer covers the bestuur’s own data, not another bestuur’s', () => {
    const s = medewerker([{ role: 'po-informatiediensten', kenmerk: '52345' }])
    const d = decide(s, 'rod.bestanden-schooladviezen.ophalen', { bestuur: aanZee }, { now })
    expect(d.reason.code).toBe('kenmerk-buiten-bestuur')
  })

  it('“De rol ‘Medewerker schoolleiding ROD’ geeft toegang tot het dasboard ROD school … Het kenmerk bij deze rol is de instellingscode”', () => {
    const s = medewerker([{ role: 'medewerker-schoolleiding-rod', kenmerk: '12AB' }])
    expect(
      decide(s, 'rod.dashboard-school.raadplegen', { bestuur: aanZee, school: '12AB' }, { now })
        .allowed,
    ).toBe(true)
    expect(
      decide(
        s,
        'rod.bestanden-schooladviezen.ophalen',
        { bestuur: aanZee, school: '12AB' },
        { now },
      ).allowed,
    ).toBe(true)
    const other = decide(
      s,
      'rod.dashboard-school.raadplegen',
      { bestuur: aanZee, school: '34CD' },
      { now },
    )
    expect(other.reason).toMatchObject({
      code: 'kenmerk-dekt-niet',
      nl: 'Uw rol Medewerker schoolleiding ROD geldt voor 12AB, niet voor 34CD. U heeft de rol Medewerker schoolleiding ROD met kenmerk 34CD nodig. Uw beheerder po kan die toekennen.',
    })
    expect(
      decide(s, 'rod.bestanden-schooladviezen.ophalen', { bestuur: aanZee }, { now }).reason.code,
    ).toBe('kenmerk-dekt-niet')
  })

  it('tells what is missing: “U heeft de rol Medewerker schoolleiding ROD met kenmerk 12AB nodig. Uw beheerder po kan die toekennen.”', () => {
    const d = decide(
      medewerker([]),
      'rod.dashboard-school.raadplegen',
      { bestuur: aanZee, school: '12AB' },
      { now },
    )
    expect(d.reason).toEqual({
      code: 'rol-ontbreekt',
      nl: 'U heeft de rol Medewerker schoolleiding ROD met kenmerk 12AB nodig. Uw beheerder po kan die toekennen.',
      en: 'You need the role Medewerker schoolleiding ROD with kenmerk 12AB. Your beheerder po can assign it.',
    })
  })

  it('“dashboard ROD bevoegd gezag (vanaf februari 2022)”: the new ROD roles and their products count only from their dates', () => {
    const s = medewerker([{ role: 'medewerker-bestuur-rod', kenmerk: '41234' }])
    const jan = decide(
      s,
      'rod.bestanden-schooladviezen.ophalen',
      { bestuur: aanZee },
      { now: at('2022-01-31') },
    )
    expect(jan.reason.code).toBe('nog-niet-beschikbaar')
    expect(jan.reason.nl).toContain(
      'De rol Medewerker bestuur ROD is beschikbaar vanaf 1 februari 2022.',
    )
    expect(
      decide(s, 'rod.dashboard-bestuur.raadplegen', { bestuur: aanZee }, { now: at('2022-02-01') })
        .allowed,
    ).toBe(true)
  })

  it('“het leerlingdossier (vanaf juni 2022) en het formulier handmatige mutatie (vanaf juni 2022)”', () => {
    const s = medewerker([{ role: 'medewerker-schooladministratie-rod', kenmerk: '34CD' }])
    const res = { bestuur: aanZee, school: '34CD' }
    expect(
      decide(s, 'rod.kwaliteitscontrole.raadplegen', res, { now: at('2022-05-31') }).allowed,
    ).toBe(true)
    expect(
      decide(s, 'rod.leerlingdossier.raadplegen', res, { now: at('2022-05-31') }).reason.code,
    ).toBe('nog-niet-beschikbaar')
    expect(
      decide(s, 'rod.leerlingdossier.raadplegen', res, { now: at('2022-06-01') }).allowed,
    ).toBe(true)
    expect(
      decide(s, 'rod.handmatige-mutatie.indienen', res, { now: at('2022-06-01') }).allowed,
    ).toBe(true)
  })

  it('a school that is not the bestuur’s is refused as unknown', () => {
    const s = medewerker([{ role: 'medewerker-bestuur-rod', kenmerk: '41234' }])
    expect(
      decide(
        s,
        'rod.bestanden-schooladviezen.ophalen',
        { bestuur: aanZee, school: '56EF' },
        { now },
      ).reason.code,
    ).toBe('onbekende-organisatie')
  })
})

describe('RIO roles', () => {
  it('“Dit kenmerk is de code van bijvoorbeeld het onderwijsbestuur (xxxBxxx) of de onderwijsaanbieder (xxxAxxx).”', () => {
    const bestuurbreed = medewerker([
      { role: 'rio-beheren-aangeboden-opleiding', kenmerk: '100B490' },
    ])
    expect(
      decide(
        bestuurbreed,
        'rio.aangeboden-opleiding.wijzigen',
        { bestuur: aanZee, onderwijsaanbieder: '234A567' },
        { now },
      ).allowed,
    ).toBe(true)
    const aanbieder = medewerker([{ role: 'rio-beheren-aangeboden-opleiding', kenmerk: '123A456' }])
    expect(
      decide(
        aanbieder,
        'rio.aangeboden-opleiding.wijzigen',
        { bestuur: aanZee, onderwijsaanbieder: '123A456' },
        { now },
      ).allowed,
    ).toBe(true)
    expect(
      decide(
        aanbieder,
        'rio.aangeboden-opleiding.wijzigen',
        { bestuur: aanZee, onderwijsaanbieder: '234A567' },
        { now },
      ).reason.code,
    ).toBe('kenmerk-dekt-niet')
    expect(
      decide(
        aanbieder,
        'rio.raadplegen',
        { bestuur: aanZee, onderwijsaanbieder: '123A456' },
        { now },
      ).allowed,
    ).toBe(true)
  })

  it('a grant with a kenmerk of the wrong type does not count', () => {
    const s = medewerker([{ role: 'rio-beheren-onderwijsbestuur', kenmerk: '41234' }])
    expect(
      decide(s, 'rio.onderwijsbestuur.wijzigen', { bestuur: aanZee }, { now }).reason.code,
    ).toBe('kenmerk-ongeldig')
  })

  it('“Deze beheerdersrollen worden samen met het kenmerk automatisch toegekend aan de beheerder po.”', () => {
    expect(automaticGrantsFor('beheerder-po', aanZee)).toEqual([
      { role: 'beheerder-rio-algemeen', kenmerk: '100B490' },
      { role: 'beheerder-rio-selfservice', kenmerk: '100B490' },
    ])
    expect(automaticGrantsFor('medewerker-bekostiging', aanZee)).toEqual([])
    const po = medewerker([{ role: 'beheerder-po', kenmerk: '41234' }])
    expect(decide(po, 'beheer.rollen-rio.toekennen', { bestuur: aanZee }, { now }).allowed).toBe(
      true,
    )
  })

  it('beheerder roles give no data access', () => {
    const po = medewerker([{ role: 'beheerder-po', kenmerk: '41234' }])
    expect(decide(po, 'rio.raadplegen', { bestuur: aanZee }, { now }).allowed).toBe(false)
    expect(
      decide(po, 'rod.bestanden-schooladviezen.ophalen', { bestuur: aanZee }, { now }).allowed,
    ).toBe(false)
  })
})

describe('OSR', () => {
  it('“De medewerker met de rol ‘OSR-toegang’ in Mijn DUO kan vervolgens inloggen in het Onderwijs Serviceregister”', () => {
    const s = medewerker([{ role: 'osr-toegang', kenmerk: '41234' }])
    for (const p of ['osr.raadplegen', 'osr.las.wijzigen', 'osr.mandaat.wijzigen'] as const) {
      expect(decide(s, p, { bestuur: aanZee }, { now }).allowed).toBe(true)
    }
  })

  it('without a signed overeenkomst OSR the role gives nothing', () => {
    const s = medewerker([{ role: 'osr-toegang', kenmerk: '52345' }], polder)
    expect(decide(s, 'osr.raadplegen', { bestuur: polder }, { now }).reason.code).toBe(
      'osr-overeenkomst-ontbreekt',
    )
  })

  it('tells someone without the role of a bestuur without the agreement that the agreement is missing', () => {
    const s = medewerker([], polder)
    const d = decide(s, 'osr.mandaat.wijzigen', { bestuur: polder }, { now })
    expect(d.reason.code).toBe('osr-overeenkomst-ontbreekt')
    // With the agreement, the missing role is the reason.
    const a = decide(medewerker([]), 'osr.mandaat.wijzigen', { bestuur: aanZee }, { now })
    expect(a.reason.code).toBe('rol-ontbreekt')
  })
})

describe('grant validity', () => {
  const s = medewerker([
    { role: 'medewerker-bekostiging', kenmerk: '41234', from: '2022-03-01', until: '2022-05-31' },
  ])
  it('counts from `from` up to and including `until`', () => {
    expect(
      decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now: at('2022-02-28') }).reason
        .code,
    ).toBe('grant-nog-niet-geldig')
    expect(
      decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now: at('2022-05-31') }).allowed,
    ).toBe(true)
    const june = decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now: at('2022-06-01') })
    expect(june.reason).toMatchObject({ code: 'grant-verlopen' })
    expect(june.reason.nl).toContain('was geldig tot en met 31 mei 2022')
  })

  it('a valid grant wins over an expired one', () => {
    const both = medewerker([
      ...s.grants,
      { role: 'medewerker-bekostiging', kenmerk: '41234', from: '2022-06-01' },
    ])
    expect(
      decide(both, 'bekostiging.raadplegen', { bestuur: aanZee }, { now: at('2022-06-01') })
        .allowed,
    ).toBe(true)
  })
})

describe('DUO staff', () => {
  it('the helpdeskmedewerker works the helpdesk queue of all besturen, without eHerkenning', () => {
    const s = duoMedewerker([{ role: 'duo-helpdeskmedewerker', kenmerk: 'DUO' }])
    expect(decide(s, 'helpdesk.behandelen', { bestuur: aanZee }, { now }).allowed).toBe(true)
    expect(decide(s, 'helpdesk.behandelen', { bestuur: polder }, { now }).allowed).toBe(true)
    expect(decide(s, 'bekostiging.raadplegen', { bestuur: aanZee }, { now }).allowed).toBe(false)
  })

  it('the security servicedesk sees all audit', () => {
    const s = duoMedewerker([{ role: 'duo-security-servicedesk', kenmerk: 'DUO' }])
    expect(decide(s, 'beheer.audit.raadplegen', { bestuur: polder }, { now }).allowed).toBe(true)
    expect(decide(s, 'beheer.beheerders.aanstellen', { bestuur: polder }, { now }).allowed).toBe(
      true,
    )
  })

  it('a bestuur employee holding an internal role gains nothing from it', () => {
    const s = medewerker([{ role: 'duo-helpdeskmedewerker', kenmerk: 'DUO' }])
    expect(decide(s, 'helpdesk.behandelen', { bestuur: aanZee }, { now }).allowed).toBe(false)
  })
})

describe('permissionsOn', () => {
  it('lists exactly the permissions decide allows, to build menus', () => {
    const s = medewerker([
      { role: 'medewerker-schoolleiding-rod', kenmerk: '12AB' },
      { role: 'osr-toegang', kenmerk: '41234' },
    ])
    const set = permissionsOn(s, { bestuur: aanZee, school: '12AB' }, { now })
    expect([...set].sort()).toEqual(
      [
        'beheer.eigen-rollen.raadplegen',
        'helpdesk.archief.lezen',
        'helpdesk.contactpersoon.wijzigen',
        'helpdesk.melding.indienen',
        'helpdesk.melding.lezen',
        'osr.las.wijzigen',
        'osr.mandaat.wijzigen',
        'osr.raadplegen',
        'rod.bestanden-schooladviezen.ophalen',
        'rod.dashboard-school.raadplegen',
      ].sort(),
    )
  })

  it('refuses an unknown permission id at run time', () => {
    expect(
      decide(medewerker([]), 'bekostiging.alles' as PermissionId, { bestuur: aanZee }, { now })
        .reason.code,
    ).toBe('onbekend')
  })
})
