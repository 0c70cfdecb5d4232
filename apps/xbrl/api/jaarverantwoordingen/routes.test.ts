import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A_CONCEPT,
  A_JV_2020,
  NOW,
  gevalideerd,
  verantwoordingB,
  xbrlTestApp,
  type XbrlTestApp,
} from '../test-support'

describe.each(dialectsUnderTest)('jaarverantwoordingen (%s)', (dialect) => {
  let t: XbrlTestApp
  beforeAll(async () => {
    t = await xbrlTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())
  beforeEach(() => t.clock.set(NOW))

  const aantal = async () =>
    Number(
      (
        await t
          .platformOf('xbrl')
          .db.selectFrom('xbrl_aanlevering' as never)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('lists the open verslagjaren and the bestuur’s own jaarverantwoordingen, with their terms', async () => {
    const res = await t.request('GET', '/api/xbrl/jaarverantwoordingen', { as: 'verantwoording' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const body = await res.json()
    expect(body.vandaag).toBe('2022-05-16')
    const jaren = Object.fromEntries(
      body.verslagjaren.map((v: { verslagjaar: number }) => [v.verslagjaar, v]),
    )
    expect(Object.keys(jaren).map(Number).sort()).toEqual([2019, 2020, 2021, 2022])
    expect(jaren[2021]).toMatchObject({
      termijn: '2022-07-01',
      open: true,
      indienen: true,
      laatste: { id: A_CONCEPT, status: 'concept' },
    })
    expect(jaren[2021].laatste.validatie).toMatchObject({ status: 'klaar' })
    expect(jaren[2021].laatste.validatie.fouten).toBeGreaterThan(0)
    expect(jaren[2022]).toMatchObject({
      open: true,
      indienen: false,
      indienenVanaf: '2023-01-01',
      laatste: null,
    })
    expect(jaren[2020]).toMatchObject({
      open: false,
      versies: 2,
      laatste: { versie: 2, status: 'geaccepteerd' },
    })
  })

  it('refuses the same person logged in at EH2+ with the reason, and people without the role', async () => {
    const eh2 = await t.loginAs('verantwoording', { niveau: 'EH2+' })
    const res = await t.request('GET', '/api/xbrl/jaarverantwoordingen', { as: eh2 })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({
      code: 'niveau-te-laag',
      nl: expect.stringMatching(/EH3/),
    })
    const geenRol = await t.request('GET', '/api/xbrl/jaarverantwoordingen', { as: 'beheerder-po' })
    expect(geenRol.status).toBe(403)
    expect((await geenRol.json()).code).toBe('rol-ontbreekt')
    const duo = await t.request('GET', '/api/xbrl/jaarverantwoordingen', { as: 'xbrl-behandelaar' })
    expect(duo.status).toBe(403)
  })

  it('continues the existing concept of a year instead of starting a second one', async () => {
    const voor = await aantal()
    const res = await t.request('POST', '/api/xbrl/jaarverantwoordingen', {
      as: 'verantwoording',
      json: { verslagjaar: 2021 },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).aanlevering.id).toBe(A_CONCEPT)
    expect(await aantal()).toBe(voor)
  })

  it('starts a concept for the running year, which can be prepared but not yet submitted', async () => {
    const res = await t.request('POST', '/api/xbrl/jaarverantwoordingen', {
      as: 'verantwoording',
      json: { verslagjaar: 2022 },
    })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.aanlevering).toMatchObject({
      verslagjaar: 2022,
      versie: 1,
      status: 'concept',
      bestand: null,
    })
    expect(body.mag).toMatchObject({ uploaden: true, indienen: false })
    expect(body.geschiedenis).toEqual([
      expect.objectContaining({ status: 'concept', door: 'Joost van Dijk' }),
    ])
  })

  it('refuses a year whose term has passed, with the date, and changes nothing', async () => {
    const voor = await aantal()
    const res = await t.request('POST', '/api/xbrl/jaarverantwoordingen', {
      as: 'verantwoording',
      json: { verslagjaar: 2019 },
    })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({
      code: 'te-laat',
      nl: expect.stringMatching(/tot 1 juli 2020/),
      en: expect.stringMatching(/until 1 July 2020/),
    })
    const bad = await t.request('POST', '/api/xbrl/jaarverantwoordingen', {
      as: 'verantwoording',
      json: { verslagjaar: '2021' },
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).velden[0].veld).toBe('verslagjaar')
    const eh2 = await t.loginAs('verantwoording', { niveau: 'EH2+' })
    expect(
      (
        await t.request('POST', '/api/xbrl/jaarverantwoordingen', {
          as: eh2,
          json: { verslagjaar: 2021 },
        })
      ).status,
    ).toBe(403)
    expect(await aantal()).toBe(voor)
  })

  describe('corrections', () => {
    it('are refused while the last version is still a concept', async () => {
      const lijst = await (
        await t.request('GET', '/api/xbrl/jaarverantwoordingen', { as: 'verantwoording' })
      ).json()
      const jv2021 = lijst.verslagjaren.find(
        (v: { verslagjaar: number }) => v.verslagjaar === 2021,
      ).jaarverantwoordingId
      const res = await t.request('POST', `/api/xbrl/jaarverantwoordingen/${jv2021}/correctie`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(409)
      expect((await res.json()).code).toBe('concept-bestaat')
    })

    it('are refused after 1 July of the year after the verslagjaar, with the date', async () => {
      const voor = await aantal()
      const res = await t.request('POST', `/api/xbrl/jaarverantwoordingen/${A_JV_2020}/correctie`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(409)
      expect(await res.json()).toMatchObject({
        code: 'te-laat',
        nl: expect.stringMatching(/tot 1 juli 2021/),
      })
      expect(await aantal()).toBe(voor)
    })

    it('make a new version until 30 June, and not from 1 July (Dutch time)', async () => {
      const detail = await gevalideerd(t)
      const ingediend = await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, {
        as: 'verantwoording',
      })
      expect(ingediend.status).toBe(200)
      const jv = detail.aanlevering.jaarverantwoordingId
      t.clock.set('2022-07-01T00:00:00+02:00')
      const telaat = await t.request('POST', `/api/xbrl/jaarverantwoordingen/${jv}/correctie`, {
        as: 'verantwoording',
      })
      expect(telaat.status).toBe(409)
      expect((await telaat.json()).nl).toMatch(
        /Een correctie aanleveren voor verslagjaar 2021 kon tot 1 juli 2022/,
      )
      t.clock.set('2022-06-30T23:59:00+02:00')
      const res = await t.request('POST', `/api/xbrl/jaarverantwoordingen/${jv}/correctie`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(201)
      const body = await res.json()
      expect(body.aanlevering).toMatchObject({ versie: 2, status: 'concept', laatste: true })
      expect(body.versies.map((v: { versie: number }) => v.versie)).toEqual([2, 1])
    })

    it('of another bestuur answer exactly like an unknown id', async () => {
      const b = await verantwoordingB(t)
      const vreemd = await t.request(
        'POST',
        `/api/xbrl/jaarverantwoordingen/${A_JV_2020}/correctie`,
        { as: b },
      )
      const onbekend = await t.request(
        'POST',
        '/api/xbrl/jaarverantwoordingen/00000000-0000-4000-8000-000000000000/correctie',
        { as: b },
      )
      expect(vreemd.status).toBe(404)
      expect(await vreemd.json()).toEqual(await onbekend.json())
      const eigen = await (
        await t.request('GET', '/api/xbrl/jaarverantwoordingen', { as: b })
      ).json()
      expect(
        eigen.verslagjaren.every(
          (v: { laatste: { id: string } | null }) => v.laatste?.id !== A_CONCEPT,
        ),
      ).toBe(true)
    })
  })
})
