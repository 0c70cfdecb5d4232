import { describe, expect, it } from 'vitest'
import { assignableRoles, mayAssign } from './may-assign.ts'
import { aanZee, duoMedewerker, JULY_2022, medewerker, polder } from '../testing/fixtures.ts'

const now = JULY_2022
const colleague = { personId: 'p-2', bestuur: aanZee }
const bekostigingBeheerder = medewerker([
  { role: 'beheerder-bekostiging-opleidingen', kenmerk: '41234' },
])
const poBeheerder = medewerker([{ role: 'beheerder-po', kenmerk: '41234' }])
const servicedesk = duoMedewerker([{ role: 'duo-security-servicedesk', kenmerk: 'DUO' }])

describe('beheerder bekostiging en opleidingen', () => {
  it('“De beheerder bekostiging en opleidingen kent vervolgens de gebruikersrollen en autorisaties toe aan andere medewerkers.”', () => {
    for (const role of [
      'medewerker-bekostiging',
      'medewerker-opleidingen',
      'raadpleger-zaakdossier',
      'medewerker-verantwoording',
    ] as const) {
      const d = mayAssign(bekostigingBeheerder, role, '41234', colleague, { now })
      expect(d).toMatchObject({
        allowed: true,
        grant: { role: 'beheerder-bekostiging-opleidingen' },
      })
    }
  })

  it('“Hij heeft zelf geen toegang tot gegevens”: he may not give himself a data role', () => {
    const d = mayAssign(
      bekostigingBeheerder,
      'medewerker-bekostiging',
      '41234',
      { personId: 'p-1', bestuur: aanZee },
      { now },
    )
    expect(d.reason.code).toBe('geen-data-toegang')
  })

  it('nor may a data role be given to someone who is beheerder bekostiging', () => {
    const other = medewerker(
      [{ role: 'beheerder-bekostiging-opleidingen', kenmerk: '41234' }],
      aanZee,
      { personId: 'p-9' },
    )
    const target = { personId: 'p-1', bestuur: aanZee, grants: bekostigingBeheerder.grants }
    expect(mayAssign(other, 'raadpleger-zaakdossier', '41234', target, { now }).reason.code).toBe(
      'geen-data-toegang',
    )
  })

  it('cannot assign the ROD, RIO or OSR roles', () => {
    const d = mayAssign(bekostigingBeheerder, 'po-informatiediensten', '41234', colleague, { now })
    expect(d.reason).toMatchObject({
      code: 'geen-beheerder-voor-rol',
      nl: 'U kunt de rol PO-informatiediensten niet toekennen. Dat doet uw beheerder po.',
    })
  })
})

describe('beheerder po', () => {
  it('“De beheerder po kan gebruikersrollen en autorisaties toekennen aan andere medewerkers.”', () => {
    expect(
      mayAssign(poBeheerder, 'po-informatiediensten', '41234', colleague, { now }).allowed,
    ).toBe(true)
    expect(
      mayAssign(poBeheerder, 'medewerker-schoolleiding-rod', '12AB', colleague, { now }).allowed,
    ).toBe(true)
    expect(
      mayAssign(poBeheerder, 'medewerker-bekostiging', '41234', colleague, { now }).reason.code,
    ).toBe('geen-beheerder-voor-rol')
  })

  it('“DUO informeert de beheerder po wanneer het mogelijk is deze rollen aan medewerkers toe te wijzen.”', () => {
    const jan = new Date('2022-01-15T12:00:00+01:00')
    expect(
      mayAssign(poBeheerder, 'medewerker-bestuur-rod', '41234', colleague, { now: jan }).reason
        .code,
    ).toBe('nog-niet-beschikbaar')
    expect(
      mayAssign(poBeheerder, 'po-informatiediensten', '41234', colleague, { now: jan }).allowed,
    ).toBe(true)
    const config = { roleAvailableFrom: { 'medewerker-bestuur-rod': '2022-01-10' } }
    expect(
      mayAssign(poBeheerder, 'medewerker-bestuur-rod', '41234', colleague, { now: jan, config })
        .allowed,
    ).toBe(true)
  })

  it('“Met de beheerdersrollen kan de beheerder po gebruikersrollen toewijzen aan zichzelf of een collega.”', () => {
    const self = { personId: 'p-1', bestuur: aanZee }
    const d = mayAssign(poBeheerder, 'rio-beheren-onderwijsaanbieder', '123A456', self, { now })
    expect(d).toMatchObject({
      allowed: true,
      grant: { role: 'beheerder-rio-algemeen', kenmerk: '100B490' },
    })
    expect(
      mayAssign(poBeheerder, 'rio-beheren-onderwijsbestuur', '100B490', colleague, { now }).allowed,
    ).toBe(true)
    // ROD roles give data: not to himself
    expect(
      mayAssign(poBeheerder, 'po-informatiediensten', '41234', self, { now }).reason.code,
    ).toBe('geen-data-toegang')
  })

  it('“Als de overeenkomst OSR is getekend, kan de beheerder in Mijn DUO de rol ‘OSR-toegang’ toekennen.”', () => {
    expect(mayAssign(poBeheerder, 'osr-toegang', '41234', colleague, { now }).allowed).toBe(true)
    const polderPo = medewerker([{ role: 'beheerder-po', kenmerk: '52345' }], polder)
    const d = mayAssign(
      polderPo,
      'osr-toegang',
      '52345',
      { personId: 'p-2', bestuur: polder },
      { now },
    )
    expect(d.reason.code).toBe('osr-overeenkomst-ontbreekt')
  })

  it('a kenmerk outside his own bestuur is never allowed', () => {
    const d = mayAssign(poBeheerder, 'medewerker-schoolleiding-rod', '56EF', colleague, { now })
    expect(d.reason).toMatchObject({ code: 'kenmerk-buiten-bestuur' })
    const elsewhere = mayAssign(
      poBeheerder,
      'po-informatiediensten',
      '52345',
      { personId: 'p-2', bestuur: polder },
      { now },
    )
    expect(elsewhere.allowed).toBe(false)
  })

  it('the kenmerk must match the role’s kenmerk types', () => {
    const d = mayAssign(poBeheerder, 'medewerker-schoolleiding-rod', '41234', colleague, { now })
    expect(d.reason).toEqual({
      code: 'kenmerk-ongeldig',
      nl: 'Bij de rol Medewerker schoolleiding ROD hoort als kenmerk een instellingscode; ‘41234’ is dat niet.',
      en: 'The role Medewerker schoolleiding ROD takes an instellingscode as kenmerk; ‘41234’ is not one.',
    })
  })

  it('the RIO beheer roles are not assigned: they come automatically', () => {
    expect(
      mayAssign(poBeheerder, 'beheerder-rio-algemeen', '100B490', colleague, { now }).reason.code,
    ).toBe('automatisch-toegekend')
  })

  it('an expired beheerder grant assigns nothing', () => {
    const expired = medewerker([{ role: 'beheerder-po', kenmerk: '41234', until: '2022-06-30' }])
    expect(
      mayAssign(expired, 'po-informatiediensten', '41234', colleague, { now }).reason.code,
    ).toBe('grant-verlopen')
  })
})

describe('the DUO security servicedesk', () => {
  it('“Het bestuur meldt de beheerders aan via het formulier … E-mail het formulier naar securityservicedesk@duo.”', () => {
    expect(mayAssign(servicedesk, 'beheerder-po', '41234', colleague, { now }).allowed).toBe(true)
    expect(
      mayAssign(
        servicedesk,
        'beheerder-bekostiging-opleidingen',
        '52345',
        { personId: 'x', bestuur: polder },
        { now },
      ).allowed,
    ).toBe(true)
  })

  it('nobody else assigns the two beheerder roles', () => {
    for (const admin of [
      poBeheerder,
      bekostigingBeheerder,
      duoMedewerker([{ role: 'duo-helpdeskmedewerker', kenmerk: 'DUO' }]),
    ]) {
      expect(mayAssign(admin, 'beheerder-po', '41234', colleague, { now }).reason.code).toBe(
        'alleen-servicedesk',
      )
    }
  })

  it('assigns no user roles and no DUO roles', () => {
    expect(
      mayAssign(servicedesk, 'medewerker-bekostiging', '41234', colleague, { now }).allowed,
    ).toBe(false)
    expect(
      mayAssign(servicedesk, 'duo-helpdeskmedewerker', 'DUO', colleague, { now }).reason.code,
    ).toBe('niet-toekenbaar')
  })
})

describe('assignableRoles', () => {
  it('builds the assign form of the beheerder po', () => {
    const form = assignableRoles(poBeheerder, aanZee, { now })
    expect(form.find((r) => r.role === 'medewerker-schoolleiding-rod')?.kenmerken).toEqual([
      '12AB',
      '34CD',
    ])
    expect(form.find((r) => r.role === 'rio-beheren-contactadres')?.kenmerken).toEqual([
      '100B490',
      '123A456',
      '234A567',
    ])
    expect(form.map((r) => r.role)).not.toContain('medewerker-bekostiging')
    expect(form.map((r) => r.role)).toContain('osr-toegang')
  })

  it('for himself the beheerder po only sees the RIO user roles', () => {
    const form = assignableRoles(poBeheerder, aanZee, { now, target: { personId: 'p-1' } })
    expect(form.every((r) => r.role.startsWith('rio-beheren-'))).toBe(true)
    expect(form).toHaveLength(8)
  })

  it('the beheerder bekostiging sees his four roles', () => {
    expect(assignableRoles(bekostigingBeheerder, aanZee, { now }).map((r) => r.role)).toEqual([
      'medewerker-bekostiging',
      'medewerker-opleidingen',
      'raadpleger-zaakdossier',
      'medewerker-verantwoording',
    ])
  })
})
