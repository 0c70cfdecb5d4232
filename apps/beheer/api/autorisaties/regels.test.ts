/** Every refusal of `@duo/authz` and every input check, through the API: nothing changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  B,
  VOOR_ROD,
  beheer,
  beheerTestApp,
  expectRefused,
  id,
  snapshot,
  toekennen,
  type BeheerTestApp,
  type Json,
} from '../test-support'

describe.each(dialectsUnderTest)('beheer API: rules and input of a grant (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
  })
  afterAll(() => t.close())

  describe('every refusal of the rules, through the API', () => {
    const cases: Array<[string, string, () => Record<string, unknown>, string]> = [
      [
        'a kenmerk of another bestuur',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: '56EF' }),
        'kenmerk-buiten-bestuur',
      ],
      [
        'a bestuursnummer of another bestuur',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: B }),
        'kenmerk-buiten-bestuur',
      ],
      [
        'a role of another domain (beheerder po → bekostiging)',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-bekostiging', kenmerk: A }),
        'geen-beheerder-voor-rol',
      ],
      [
        'a role of another domain (beheerder bekostiging → ROD)',
        'beheerder-bekostiging',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: '12AB' }),
        'geen-beheerder-voor-rol',
      ],
      [
        'the beheerder bekostiging giving himself data access',
        'beheerder-bekostiging',
        () => ({
          persoonId: id('beheerder-bekostiging'),
          rol: 'medewerker-bekostiging',
          kenmerk: A,
        }),
        'geen-data-toegang',
      ],
      [
        'the beheerder po giving himself a data role',
        'beheerder-po',
        () => ({ persoonId: id('beheerder-po'), rol: 'medewerker-bestuur-rod', kenmerk: A }),
        'geen-data-toegang',
      ],
      [
        'OSR-toegang without the overeenkomst OSR',
        'beheerder-po-b',
        () => ({ persoonId: id('bekostiging-b'), rol: 'osr-toegang', kenmerk: B }),
        'osr-overeenkomst-ontbreekt',
      ],
      [
        'a beheerder role by a beheerder',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-po', kenmerk: A }),
        'alleen-servicedesk',
      ],
      [
        'a beheerder bekostiging role by a beheerder',
        'beheerder-bekostiging',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-bekostiging-opleidingen', kenmerk: A }),
        'alleen-servicedesk',
      ],
      [
        'an automatic RIO beheer role',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-rio-algemeen', kenmerk: '101B234' }),
        'automatisch-toegekend',
      ],
      [
        'a DUO-internal role',
        'beheerder-po',
        () => ({ persoonId: id('nieuw'), rol: 'duo-security-servicedesk', kenmerk: 'DUO' }),
        'niet-toekenbaar',
      ],
      [
        'anything by someone without a beheerder role',
        'medewerker-bekostiging',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-bekostiging', kenmerk: A }),
        'geen-beheerder-voor-rol',
      ],
      [
        'a role by DUO staff through the beheerder form',
        'servicedesk',
        () => ({ persoonId: id('nieuw'), rol: 'beheerder-po', kenmerk: A }),
        'alleen-bestuur',
      ],
    ]
    it.each(cases)(
      'refuses %s with 403 and the reason, changing nothing',
      async (_what, as, body, code) => {
        const before = await snapshot(t)
        const refused = await expectRefused(t, await toekennen(t, as, body()), 403, code, before)
        expect(refused.nl.length).toBeGreaterThan(20)
      },
    )

    it('refuses a data role to a beheerder bekostiging, given by a colleague beheerder', async () => {
      const { rollen } = beheer(t)
      const other = await rollen.toekennen({
        persoonId: id('helpdesk'),
        bestuursnummer: A,
        role: 'beheerder-bekostiging-opleidingen',
        kenmerk: A,
      })
      try {
        const before = await snapshot(t)
        await expectRefused(
          t,
          await toekennen(t, 'beheerder-bekostiging', {
            persoonId: id('helpdesk'),
            rol: 'raadpleger-zaakdossier',
            kenmerk: A,
          }),
          403,
          'geen-data-toegang',
          before,
        )
      } finally {
        await rollen.intrekken(other.id, id('servicedesk'))
      }
    })

    it('refuses a beheerder without the machtiging Mijn DUO', async () => {
      const cookie = await t.loginAs('beheerder-po', { machtigingen: ['mijn-helpdesk-po'] })
      const before = await snapshot(t)
      await expectRefused(
        t,
        await toekennen(t, cookie, {
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
        }),
        403,
        'geen-machtiging',
        before,
      )
    })
  })

  describe('bad input: 400 with a Dutch and English message per field, nothing changed', () => {
    const cases: Array<[string, () => Record<string, unknown>, string]> = [
      [
        'an unknown role',
        () => ({ persoonId: id('nieuw'), rol: 'super-admin', kenmerk: A }),
        'rol',
      ],
      [
        'a malformed kenmerk',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: '2AZ1' }),
        'kenmerk',
      ],
      [
        'a kenmerk of the wrong kind',
        () => ({ persoonId: id('nieuw'), rol: 'medewerker-schoolleiding-rod', kenmerk: A }),
        'kenmerk',
      ],
      [
        'an empty kenmerk',
        () => ({ persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: '' }),
        'kenmerk',
      ],
      [
        'a date that does not exist',
        () => ({
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
          vanaf: '2022-02-30',
        }),
        'vanaf',
      ],
      [
        'a period ending before it starts',
        () => ({
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
          vanaf: '2022-06-01',
          tot: '2022-05-01',
        }),
        'tot',
      ],
      [
        'a period already over',
        () => ({
          persoonId: id('nieuw'),
          rol: 'po-informatiediensten',
          kenmerk: A,
          tot: '2022-01-01',
        }),
        'tot',
      ],
      [
        'a person of another bestuur',
        () => ({ persoonId: id('bekostiging-b'), rol: 'po-informatiediensten', kenmerk: A }),
        'persoonId',
      ],
      ['a missing person', () => ({ rol: 'po-informatiediensten', kenmerk: A }), 'persoonId'],
      [
        'a kenmerk that is not text',
        () => ({ persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: 41234 }),
        'kenmerk',
      ],
    ]
    it.each(cases)('%s', async (_what, body, veld) => {
      const before = await snapshot(t)
      const refused = await expectRefused(
        t,
        await toekennen(t, 'beheerder-po', body()),
        400,
        'ongeldige-invoer',
        before,
      )
      const field = refused.velden.find((d: Json) => d.veld === veld)
      expect(field).toBeTruthy()
      expect(field.nl).toBeTruthy()
      expect(field.en).toBeTruthy()
      expect(field.nl).not.toBe(field.en)
    })
  })

  it('says a kenmerk that is too long is too long, not that it is missing', async () => {
    const before = await snapshot(t)
    const refused = await expectRefused(
      t,
      await toekennen(t, 'beheerder-po', {
        persoonId: id('nieuw'),
        rol: 'po-informatiediensten',
        kenmerk: 'X'.repeat(41),
      }),
      400,
      'ongeldige-invoer',
      before,
    )
    expect(refused.velden).toContainEqual({
      veld: 'kenmerk',
      nl: 'Het kenmerk is te lang: ten hoogste 40 tekens.',
      en: 'The kenmerk is too long: at most 40 characters.',
    })
  })
})

describe.each(dialectsUnderTest)(
  'beheer API: a grant before the ROD roles are available (%s)',
  (dialect) => {
    let t: BeheerTestApp
    beforeAll(async () => {
      t = await beheerTestApp(dialect, VOOR_ROD)
    })
    afterAll(() => t.close())

    it('refuses a role not yet available with 403 and the date, changing nothing', async () => {
      const before = await snapshot(t)
      const body = await expectRefused(
        t,
        await toekennen(t, 'beheerder-po', {
          persoonId: id('nieuw'),
          rol: 'medewerker-schoolleiding-rod',
          kenmerk: '12AB',
        }),
        403,
        'nog-niet-beschikbaar',
        before,
      )
      expect(body.nl).toContain('1 februari 2022')
    })
  },
)
