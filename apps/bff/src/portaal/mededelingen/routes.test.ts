import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { createBffTestApp } from '../../testing/test-app'

const nieuw = {
  titelNl: 'Storing bij inloggen',
  titelEn: 'Login disruption',
  tekstNl: 'Inloggen met eHerkenning werkt vanochtend niet.',
  tekstEn: 'Logging in with eHerkenning does not work this morning.',
  ernst: 'storing',
  plek: 'banner',
  doelgroep: 'ingelogd',
  rol: null,
  vanaf: '2022-02-01',
  tot: '2022-02-02',
}

describe.each(dialectsUnderTest)('announcements (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect, { now: '2022-02-01T10:00:00+01:00' })
  })
  afterAll(() => t.close())

  const titels = async (as?: string) =>
    (
      (await (await t.request('GET', '/api/portaal/mededelingen', as ? { as } : {})).json()) as {
        mededelingen: Array<{ titel: { nl: string } }>
      }
    ).mededelingen.map((m) => m.titel.nl)

  it("shows the seed's eHerkenning notice to everyone, and a role's notice to its holders only", async () => {
    expect(await titels()).toEqual(['Inloggen met eHerkenning wordt verplicht'])
    expect(await titels('medewerker-bekostiging')).toEqual([
      'Inloggen met eHerkenning wordt verplicht',
    ])
    expect(await titels('beheerder-po')).toEqual([
      'Nieuwe rollen voor ROD',
      'Inloggen met eHerkenning wordt verplicht',
    ])
    const [m] = (await (await t.request('GET', '/api/portaal/mededelingen')).json()).mededelingen
    expect(m).toMatchObject({
      ernst: 'waarschuwing',
      plek: 'banner',
      vanaf: '2021-11-01',
      titel: { en: 'Logging in with eHerkenning becomes mandatory' },
    })
  })

  it('shows nothing before its first day (the one clock)', async () => {
    t.clock.set('2021-10-31T23:00:00+01:00')
    expect(await titels('beheerder-po')).toEqual([])
    t.clock.set('2022-02-01T10:00:00+01:00')
  })

  it('remembers per person that one was dismissed', async () => {
    const [id] = (
      await (await t.request('GET', '/api/portaal/mededelingen')).json()
    ).mededelingen.map((m: { id: string }) => m.id)
    expect((await t.request('POST', `/api/portaal/mededelingen/${id}/verbergen`)).status).toBe(401)
    const res = await t.request('POST', `/api/portaal/mededelingen/${id}/verbergen`, {
      as: 'raadpleger',
    })
    expect(res.status).toBe(200)
    expect(await titels('raadpleger')).toEqual([])
    expect(await titels('medewerker-bekostiging')).toEqual([
      'Inloggen met eHerkenning wordt verplicht',
    ])
    expect(
      (
        await t.request('POST', '/api/portaal/mededelingen/onbekend/verbergen', {
          as: 'raadpleger',
        })
      ).status,
    ).toBe(404)
  })

  it('lets only the redactie publish, change and remove, each in the audit log', async () => {
    expect(
      (await t.request('POST', '/api/portaal/redactie/mededelingen', { json: nieuw })).status,
    ).toBe(401)
    const bestuur = await t.request('POST', '/api/portaal/redactie/mededelingen', {
      as: 'beheerder-po',
      json: nieuw,
    })
    expect(bestuur.status).toBe(403)
    expect(await bestuur.json()).toMatchObject({
      code: expect.any(String),
      nl: expect.any(String),
      en: expect.any(String),
    })
    expect(
      (
        await t.request('POST', '/api/portaal/redactie/mededelingen', {
          as: 'helpdeskmedewerker',
          json: nieuw,
        })
      ).status,
    ).toBe(403)
    expect(
      (await t.request('GET', '/api/portaal/redactie/mededelingen', { as: 'beheerder-po' })).status,
    ).toBe(403)
    expect(
      (
        await t.request('POST', '/api/portaal/redactie/mededelingen', {
          as: 'redacteur',
          json: nieuw,
          csrf: false,
        })
      ).status,
    ).toBe(403)

    const res = await t.request('POST', '/api/portaal/redactie/mededelingen', {
      as: 'redacteur',
      json: nieuw,
    })
    expect(res.status).toBe(201)
    const { mededeling } = await res.json()
    expect(await titels('raadpleger')).toEqual(['Storing bij inloggen'])
    expect(await titels()).toEqual(['Inloggen met eHerkenning wordt verplicht'])

    const gewijzigd = await t.request(
      'PUT',
      `/api/portaal/redactie/mededelingen/${mededeling.id}`,
      {
        as: 'redacteur',
        json: { ...nieuw, titelNl: 'Storing verholpen', doelgroep: 'iedereen' },
      },
    )
    expect(gewijzigd.status).toBe(200)
    expect(await titels()).toContain('Storing verholpen')
    expect(
      (
        await t.request('DELETE', `/api/portaal/redactie/mededelingen/${mededeling.id}`, {
          as: 'beheerder-po',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await t.request('DELETE', `/api/portaal/redactie/mededelingen/${mededeling.id}`, {
          as: 'redacteur',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await t.request('DELETE', `/api/portaal/redactie/mededelingen/${mededeling.id}`, {
          as: 'redacteur',
        })
      ).status,
    ).toBe(404)
    expect(await titels()).not.toContain('Storing verholpen')

    const log = await t.db
      .selectFrom('audit_log')
      .select('actie')
      .where('actie', 'like', 'portaal.mededeling.%')
      .execute()
    expect(log.map((r) => r.actie).sort()).toEqual([
      'portaal.mededeling.gepubliceerd',
      'portaal.mededeling.gewijzigd',
      'portaal.mededeling.verwijderd',
    ])
  })

  it('refuses an incomplete announcement with the problem per field, in both languages', async () => {
    const res = await t.request('POST', '/api/portaal/redactie/mededelingen', {
      as: 'redacteur',
      json: {
        ...nieuw,
        titelEn: ' ',
        doelgroep: 'rol',
        rol: 'geen-rol',
        vanaf: '2022-02-30',
        tot: '2022-01-01',
      },
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.code).toBe('ongeldige-invoer')
    // Every problem at once, the form can show them all.
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'rol',
      'titelEn',
      'tot',
      'vanaf',
    ])
    expect(body.velden[0]).toMatchObject({ nl: expect.any(String), en: expect.any(String) })
    const rol = await t.request('POST', '/api/portaal/redactie/mededelingen', {
      as: 'redacteur',
      json: { ...nieuw, doelgroep: 'rol', rol: 'geen-rol', tot: '2022-01-01' },
    })
    expect((await rol.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'rol',
      'tot',
    ])
  })
})
