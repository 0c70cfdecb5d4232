import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { demoPersoonId } from '@duo/server-kit/platform'
import { createBffTestApp } from '../../testing/test-app'

describe.each(dialectsUnderTest)("a person's e-mail notifications (%s)", (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect)
  })
  afterAll(() => t.close())

  it('are for a logged-in person; an eHerkenning user starts without an address', async () => {
    expect((await t.request('GET', '/api/portaal/notificaties')).status).toBe(401)
    const res = await t.request('GET', '/api/portaal/notificaties', { as: 'raadpleger' })
    expect(await res.json()).toEqual({
      email: null,
      aan: true,
      soorten: ['melding-antwoord', 'document', 'rol', 'aanmelding'],
      alleSoorten: ['melding-antwoord', 'document', 'rol', 'aanmelding'],
    })
    // The demo gave the beheerder po an address.
    expect(
      (await (await t.request('GET', '/api/portaal/notificaties', { as: 'beheerder-po' })).json())
        .email,
    ).toBe('a.jansen@delinde.example')
  })

  it('checks the address, and wants one to switch them on', async () => {
    const fout = await t.request('PUT', '/api/portaal/notificaties', {
      as: 'raadpleger',
      json: { email: 'niet een adres', aan: true, soorten: ['rol'] },
    })
    expect(fout.status).toBe(400)
    expect((await fout.json()).velden).toEqual([
      expect.objectContaining({
        veld: 'email',
        nl: expect.stringContaining('geldig e-mailadres'),
        en: expect.stringContaining('valid e-mail'),
      }),
    ])
    const leeg = await t.request('PUT', '/api/portaal/notificaties', {
      as: 'raadpleger',
      json: { email: '', aan: true, soorten: ['rol'] },
    })
    expect((await leeg.json()).velden[0].veld).toBe('email')
    const onbekend = await t.request('PUT', '/api/portaal/notificaties', {
      as: 'raadpleger',
      json: { email: '', aan: false, soorten: ['spam'] },
    })
    expect(onbekend.status).toBe(400)
  })

  it('keeps the address and the kinds, and switches off with the link of a mail without login', async () => {
    const res = await t.request('PUT', '/api/portaal/notificaties', {
      as: 'raadpleger',
      json: { email: ' M.deBoer@DeLinde.example ', aan: true, soorten: ['document', 'rol'] },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      email: 'm.deboer@delinde.example',
      aan: true,
      soorten: ['document', 'rol'],
    })
    const persoon = demoPersoonId('raadpleger')!
    const { uit_token } = await t.db
      .selectFrom('persoon_notificaties')
      .select('uit_token')
      .where('persoon_id', '=', persoon)
      .executeTakeFirstOrThrow()
    const klik = await t.app.request(`/notificaties/uitzetten?t=${uit_token}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(klik.status).toBe(200)
    expect(
      (await (await t.request('GET', '/api/portaal/notificaties', { as: 'raadpleger' })).json())
        .aan,
    ).toBe(false)
    expect(
      (
        await t.request('POST', '/api/portaal/notificaties/uitzetten', {
          json: { token: 'x'.repeat(32) },
        })
      ).status,
    ).toBe(200)
  })
})
