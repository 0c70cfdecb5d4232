import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  B,
  beheer,
  beheerTestApp,
  expectRefused,
  id,
  snapshot,
  toekennen,
  type BeheerTestApp,
  type Json,
} from '../test-support'

describe.each(dialectsUnderTest)('beheer API: autorisatiebeheer (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
  })
  afterAll(() => t.close())

  it('lists the people of the bestuur, including a ketenmachtiging, with what may be assigned and what not', async () => {
    const res = await t.request('GET', '/api/beheer/autorisaties', { as: 'beheerder-po' })
    expect(res.status).toBe(200)
    const body = await res.json()
    const names = body.personen.map((p: Json) => p.naam)
    expect(names).toContain('Lars Hendriks')
    expect(names).not.toContain('Tom van Leeuwen')
    const kantoor = body.personen.find((p: Json) => p.naam === 'Ruud Vermeulen')
    expect(kantoor.intermediairKvk).toBe('30999999')
    expect(body.toekenbaar).toContainEqual({
      role: 'medewerker-schoolleiding-rod',
      kenmerken: ['12AB', '34CD'],
    })
    expect(body.toekenbaar.map((r: Json) => r.role)).toContain('osr-toegang')
    expect(body.toekenbaar.map((r: Json) => r.role)).not.toContain('medewerker-bekostiging')
    const bek = body.nietMogelijk.find((r: Json) => r.rol === 'medewerker-bekostiging')
    expect(bek.reden.code).toBe('geen-beheerder-voor-rol')
    const self = body.personen.find((p: Json) => p.ikZelf)
    expect(self.toekenbaar.map((r: Json) => r.role)).not.toContain('medewerker-schoolleiding-rod')
    expect(
      self.nietVoorDezePersoon.find((r: Json) => r.rol === 'medewerker-schoolleiding-rod').reden
        .code,
    ).toBe('geen-data-toegang')
  })

  it('refuses the list to someone who administers nothing', async () => {
    const res = await t.request('GET', '/api/beheer/autorisaties', { as: 'raadpleger' })
    expect(res.status).toBe(403)
    expect((await res.json()).code).toBe('rol-ontbreekt')
    const desk = await t.request('GET', '/api/beheer/autorisaties', { as: 'servicedesk' })
    expect(desk.status).toBe(403)
    expect((await desk.json()).code).toBe('alleen-bestuur')
  })

  it('assigns a role with kenmerk and a period, records it, and revokes it', async () => {
    const res = await toekennen(t, 'beheerder-po', {
      persoonId: id('nieuw'),
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: ' 34cd ',
      vanaf: '2022-03-01',
      tot: '2022-12-31',
    })
    expect(res.status).toBe(201)
    const { grant } = await res.json()
    expect(grant).toMatchObject({
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '34CD',
      vanaf: '2022-03-01',
      tot: '2022-12-31',
      status: 'geldig',
    })
    const { rollen, audit } = beheer(t)
    const active = await rollen.actief(id('nieuw'), t.clock.now())
    expect(active.map((g) => `${g.role}:${g.kenmerk}`)).toEqual([
      'medewerker-schoolleiding-rod:34CD',
    ])
    const log = (
      await audit.list({ actie: 'beheer.rol.toegekend', onderwerpPersoonId: id('nieuw') })
    ).entries[0]!
    expect(log).toMatchObject({
      actie: 'beheer.rol.toegekend',
      actorPersoonId: id('beheerder-po'),
      bestuursnummer: A,
      actorOmschrijving: 'Anouk Jansen (Beheerder po)',
    })
    expect(log.sessieRef).toMatch(/^[0-9a-f]{16}$/)
    expect(log.details).toMatchObject({
      grantId: grant.id,
      rol: 'medewerker-schoolleiding-rod',
      kenmerk: '34CD',
    })

    // The same again is a conflict, not a second grant.
    const before = await snapshot(t)
    await expectRefused(
      t,
      await toekennen(t, 'beheerder-po', {
        persoonId: id('nieuw'),
        rol: 'medewerker-schoolleiding-rod',
        kenmerk: '34CD',
      }),
      409,
      'bestaat-al',
      before,
    )

    const revoke = await t.request('POST', `/api/beheer/autorisaties/${grant.id}/intrekken`, {
      as: 'beheerder-po',
    })
    expect(revoke.status).toBe(200)
    expect(await rollen.actief(id('nieuw'), t.clock.now())).toEqual([])
    const revoked = (
      await audit.list({ actie: 'beheer.rol.ingetrokken', onderwerpPersoonId: id('nieuw') })
    ).entries[0]!
    expect(revoked.details).toMatchObject({ grantId: grant.id })
    const again = await t.request('POST', `/api/beheer/autorisaties/${grant.id}/intrekken`, {
      as: 'beheerder-po',
    })
    expect(again.status).toBe(409)
    expect((await again.json()).code).toBe('al-ingetrokken')
  })

  it('tells the person by e-mail when a role is assigned and revoked, with the change', async () => {
    await t.db
      .updateTable('persoon')
      .set({ email: 'm.deboer@delinde.example' })
      .where('id', '=', id('raadpleger'))
      .execute()
    const mails = () =>
      t.db
        .selectFrom('platform_mail')
        .selectAll()
        .where('aan', '=', 'm.deboer@delinde.example')
        .orderBy('onderwerp')
        .execute()
    const res = await toekennen(t, 'beheerder-po', {
      persoonId: id('raadpleger'),
      rol: 'po-informatiediensten',
      kenmerk: A,
    })
    expect(res.status).toBe(201)
    const { grant } = await res.json()
    expect((await mails()).map((m) => m.onderwerp)).toEqual([
      'Mijn DUO: U heeft een nieuwe rol / You have a new role',
    ])
    expect((await mails())[0]!.tekst).toContain(`kenmerk ${A}`)
    // A refused assignment (here: the same again) queues nothing.
    expect(
      (
        await toekennen(t, 'beheerder-po', {
          persoonId: id('raadpleger'),
          rol: 'po-informatiediensten',
          kenmerk: A,
        })
      ).status,
    ).toBe(409)
    expect(await mails()).toHaveLength(1)
    await t.request('POST', `/api/beheer/autorisaties/${grant.id}/intrekken`, {
      as: 'beheerder-po',
    })
    expect((await mails()).map((m) => m.onderwerp)).toEqual([
      'Mijn DUO: Een rol is ingetrokken / A role has been revoked',
      'Mijn DUO: U heeft een nieuwe rol / You have a new role',
    ])
  })

  it('lets a beheerder not revoke what another beheerder administers, nor a grant of another bestuur', async () => {
    const { rollen } = beheer(t)
    const bekGrant = (await rollen.vanBestuur(A)).find((g) => g.role === 'medewerker-bekostiging')!
    const before = await snapshot(t)
    await expectRefused(
      t,
      await t.request('POST', `/api/beheer/autorisaties/${bekGrant.id}/intrekken`, {
        as: 'beheerder-po',
      }),
      403,
      'geen-beheerder-voor-rol',
      before,
    )
    const bGrant = (await rollen.vanBestuur(B)).find((g) => g.role === 'medewerker-bekostiging')!
    await expectRefused(
      t,
      await t.request('POST', `/api/beheer/autorisaties/${bGrant.id}/intrekken`, {
        as: 'beheerder-po',
      }),
      404,
      'niet-gevonden',
      before,
    )
    const rio = (await rollen.vanBestuur(A)).find((g) => g.role === 'beheerder-rio-algemeen')!
    await expectRefused(
      t,
      await t.request('POST', `/api/beheer/autorisaties/${rio.id}/intrekken`, {
        as: 'beheerder-po',
      }),
      403,
      'automatisch-toegekend',
      before,
    )
  })

  it('refuses a state-changing call without the CSRF header', async () => {
    const before = await snapshot(t)
    const res = await t.request('POST', '/api/beheer/autorisaties', {
      as: 'beheerder-po',
      csrf: false,
      json: { persoonId: id('nieuw'), rol: 'po-informatiediensten', kenmerk: A },
    })
    await expectRefused(t, res, 403, 'csrf', before)
  })
})
