import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { ongewijzigd, osrTestApp, type OsrTestApp } from '../test-support'

const aanvraag = {
  ondertekenaarNaam: 'mr. K. (Karel) Bosman',
  ondertekenaarFunctie: 'Voorzitter college van bestuur',
  ondertekenaarEmail: 'k.bosman@hetanker.example.nl',
}

describe.each(dialectsUnderTest)('OSR API: overeenkomst (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('shows bestuur A its signed overeenkomst: who signed, when, the schools it covers', async () => {
    const res = await t.request('GET', '/api/osr/overeenkomst', { as: 'osr' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json()
    expect(body.getekend).toBe(true)
    expect(body.overeenkomst).toMatchObject({
      ondertekenaar: { naam: 'drs. M. (Marieke) van Straaten' },
      vastgelegdDoor: 'Joost van Dam',
      getekendOp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    expect(body.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual([
      '12AB',
      '34CD',
    ])
    expect(body.magAanvragen).toBe(false)
  })

  it('shows bestuur B that it has none, its refused request, and that its beheerder po may ask', async () => {
    const res = await t.request('GET', '/api/osr/overeenkomst', { as: 'beheerder-po-b' })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ getekend: false, overeenkomst: null, magAanvragen: true })
    expect(body.aanvragen[0]).toMatchObject({
      status: 'afgewezen',
      redenAfwijzing: expect.any(String),
    })
  })

  it('refuses the page to people of the bestuur with neither OSR-toegang nor beheerder po, with the reason', async () => {
    for (const persona of ['bekostiging-b', 'medewerker-bekostiging', 'schoolleiding-12ab']) {
      const res = await t.request('GET', '/api/osr/overeenkomst', { as: persona })
      expect(res.status, persona).toBe(403)
      const body = await res.json()
      expect(body.nl).toMatch(/Beheerder po/)
    }
    const staff = await t.request('GET', '/api/osr/overeenkomst', { as: 'osr-beheerder' })
    expect(staff.status).toBe(403)
    expect((await staff.json()).code).toBe('alleen-bestuur')
    expect((await t.request('GET', '/api/osr/overeenkomst')).status).toBe(401)
  })

  it('refuses a request by anyone but the beheerder po, before reading it, and changes nothing', async () => {
    await ongewijzigd(t, async () => {
      for (const persona of ['bekostiging-b', 'osr', 'medewerker-bekostiging', 'osr-beheerder']) {
        const res = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
          as: persona,
          json: { ondertekenaarNaam: '' },
        })
        expect(res.status, persona).toBe(403)
      }
    })
  })

  it('checks the request per field and changes nothing on bad input', async () => {
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
        as: 'beheerder-po-b',
        json: {
          ondertekenaarNaam: ' ',
          ondertekenaarFunctie: 'x'.repeat(121),
          ondertekenaarEmail: 'geen',
        },
      })
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
        'ondertekenaarEmail',
        'ondertekenaarFunctie',
        'ondertekenaarNaam',
      ])
      expect(body.velden[0].en).not.toBe(body.velden[0].nl)
    })
  })

  it('refuses a request from a bestuur that signed already', async () => {
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
        as: 'beheerder-po',
        json: aanvraag,
      })
      expect(res.status).toBe(409)
      expect((await res.json()).code).toBe('al-getekend')
    })
  })

  it('takes one open request from bestuur B, then refuses a second', async () => {
    const res = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
      as: 'beheerder-po-b',
      json: { ...aanvraag, toelichting: 'Nu met de voorzitter.' },
    })
    expect(res.status).toBe(201)
    const { aanvraag: nieuw } = await res.json()
    expect(nieuw).toMatchObject({
      status: 'ingediend',
      bestuursnummer: '40567',
      aangevraagdDoor: 'Tom van Leeuwen',
      referentie: expect.stringMatching(/^OSR-2022-[0-9A-F]{8}$/),
    })
    const tweede = await t.request('POST', '/api/osr/overeenkomst/aanvraag', {
      as: 'beheerder-po-b',
      json: aanvraag,
    })
    expect(tweede.status).toBe(409)
    expect((await tweede.json()).code).toBe('al-aangevraagd')
    const status = await (
      await t.request('GET', '/api/osr/overeenkomst', { as: 'beheerder-po-b' })
    ).json()
    expect(status.magAanvragen).toBe(false)
    expect(status.aanvragen[0].status).toBe('ingediend')
    const log = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'osr.overeenkomst.aangevraagd')
      .execute()
    expect(log).toHaveLength(1)
  })
})
