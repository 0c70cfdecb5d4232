import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decide } from '@duo/authz'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { ongewijzigd, osrTestApp, type OsrTestApp } from '../test-support'

const aanvraag = {
  ondertekenaarNaam: 'mr. K. (Karel) Bosman',
  ondertekenaarFunctie: 'Voorzitter college van bestuur',
  ondertekenaarEmail: 'k.bosman@hetanker.example.nl',
}

describe.each(dialectsUnderTest)('OSR API: Kennisnet records the overeenkomst (%s)', (dialect) => {
  let t: OsrTestApp
  let id: string
  beforeAll(async () => {
    t = await osrTestApp(dialect)
    t.clock.set('2022-05-20T09:00:00.000Z')
    const res = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
      as: 'beheerder-po-b',
      json: aanvraag,
    })
    id = (await res.json()).aanvraag.id
    t.clock.set('2022-06-01T10:00:00.000Z')
  }, 60_000)
  afterAll(() => t.close())

  it('lists the open request first, with the bestuur, for Kennisnet staff only', async () => {
    const res = await t.request('GET', '/api/osr/register/aanvragen', { as: 'osr-beheerder' })
    expect(res.status).toBe(200)
    const { aanvragen } = await res.json()
    expect(aanvragen[0]).toMatchObject({
      id,
      status: 'ingediend',
      bestuurNaam: 'Stichting Katholiek Onderwijs Het Anker',
    })
    for (const persona of ['osr', 'beheerder-po-b', 'servicedesk', 'helpdeskmedewerker']) {
      const r = await t.request('GET', '/api/osr/register/aanvragen', { as: persona })
      expect(r.status, persona).toBe(403)
    }
  })

  it('refuses to record a signature for anyone but Kennisnet, and changes nothing', async () => {
    await ongewijzigd(t, async () => {
      for (const persona of ['beheerder-po-b', 'osr', 'servicedesk', 'behandelaar']) {
        const res = await t.request('POST', `/api/osr/register/aanvragen/${id}/tekenen`, {
          as: persona,
          json: { getekendOp: '2022-05-30' },
        })
        expect(res.status, persona).toBe(403)
      }
    })
  })

  it('holds the date of signature between the request and today (both sides of each)', async () => {
    await ongewijzigd(t, async () => {
      for (const getekendOp of ['2022-06-02', '2022-05-19', '2022-02-30']) {
        const res = await t.request('POST', `/api/osr/register/aanvragen/${id}/tekenen`, {
          as: 'osr-beheerder',
          json: { getekendOp },
        })
        expect(res.status, getekendOp).toBe(400)
        expect((await res.json()).velden[0].veld).toBe('getekendOp')
      }
    })
  })

  it('answers an unknown request with 404', async () => {
    const res = await t.request(
      'POST',
      '/api/osr/register/aanvragen/00000000-0000-4000-8000-000000000000/tekenen',
      { as: 'osr-beheerder', json: { getekendOp: '2022-05-30' } },
    )
    expect(res.status).toBe(404)
  })

  it('records the signature: the platform flag turns, OSR-toegang counts for bestuur B', async () => {
    const bestuurVoor = await t.platformOf('osr').organisaties.bestuur('40567')
    const subject = {
      kind: 'bestuur-medewerker' as const,
      personId: 'p',
      grants: [{ role: 'osr-toegang' as const, kenmerk: '40567' }],
      actsFor: { kvk: bestuurVoor!.kvk, bestuursnummer: '40567' },
      intermediary: null,
      machtigingen: ['mijn-duo' as const],
      niveau: 'EH3' as const,
    }
    expect(decide(subject, 'osr.raadplegen', { bestuur: bestuurVoor! }).reason.code).toBe(
      'osr-overeenkomst-ontbreekt',
    )
    const res = await t.request('POST', `/api/osr/register/aanvragen/${id}/tekenen`, {
      as: 'osr-beheerder',
      json: { getekendOp: '2022-05-20' },
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.aanvraag).toMatchObject({ status: 'getekend', behandeldDoor: 'Joost van Dam' })
    expect(body.overeenkomst).toMatchObject({
      getekendOp: '2022-05-20',
      ondertekenaar: { naam: aanvraag.ondertekenaarNaam },
    })
    const bestuurNa = await t.platformOf('osr').organisaties.bestuur('40567')
    expect(bestuurNa!.osrOvereenkomstGetekend).toBe(true)
    expect(decide(subject, 'osr.raadplegen', { bestuur: bestuurNa! }).allowed).toBe(true)

    const b = await (
      await t.request('GET', '/api/osr/overeenkomst', { as: 'beheerder-po-b' })
    ).json()
    expect(b).toMatchObject({ getekend: true, magAanvragen: false })
    expect(b.overeenkomst.vastgelegdDoor).toBe('Joost van Dam')
    const again = await t.request('POST', `/api/osr/register/aanvragen/${id}/tekenen`, {
      as: 'osr-beheerder',
      json: { getekendOp: '2022-05-20' },
    })
    expect(again.status).toBe(409)
    const log = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'osr.overeenkomst.vastgelegd')
      .execute()
    expect(log).toHaveLength(1)
    expect(log[0]!.bestuursnummer).toBe('40567')
  })
})

describe.each(dialectsUnderTest)('OSR API: Kennisnet refuses a request (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('refuses with a reason the bestuur reads, and the bestuur may ask again', async () => {
    const res = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
      as: 'beheerder-po-b',
      json: aanvraag,
    })
    const { aanvraag: a } = await res.json()
    const leeg = await t.request('POST', `/api/osr/register/aanvragen/${a.id}/afwijzen`, {
      as: 'osr-beheerder',
      json: { reden: '' },
    })
    expect(leeg.status).toBe(400)
    const af = await t.request('POST', `/api/osr/register/aanvragen/${a.id}/afwijzen`, {
      as: 'osr-beheerder',
      json: { reden: 'De ondertekenaar is niet tekeningsbevoegd.' },
    })
    expect(af.status).toBe(200)
    const b = await (
      await t.request('GET', '/api/osr/overeenkomst', { as: 'beheerder-po-b' })
    ).json()
    expect(b.getekend).toBe(false)
    expect(b.aanvragen[0]).toMatchObject({
      status: 'afgewezen',
      redenAfwijzing: 'De ondertekenaar is niet tekeningsbevoegd.',
    })
    expect(b.magAanvragen).toBe(true)
    expect((await t.platformOf('osr').organisaties.bestuur('40567'))!.osrOvereenkomstGetekend).toBe(
      false,
    )
  })
})
