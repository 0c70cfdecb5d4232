import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  bearer,
  leverancierToken,
  mandaat,
  NOW,
  osrTestApp,
  systeem,
  token,
  type OsrTestApp,
} from '../test-support'

const LP = systeem('leerlingplan')
const WISE = systeem('wise-las')

describe.each(dialectsUnderTest)('OSR API for diensten (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  beforeEach(() => t.clock.set(NOW))
  afterAll(() => t.close())

  const vraag = async (query: string, headers?: Record<string, string>) => {
    const res = await t.request('GET', `/api/osr/diensten/v1/mandaat?${query}`, {
      headers: headers ?? (await bearer(token())),
    })
    return { res, body: await res.json() }
  }

  it('answers yes for an active mandaat, naming it, on today by default', async () => {
    const { res, body } = await vraag(`systeem=${LP}&school=12AB&dienst=rod-po`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body).toMatchObject({
      toegestaan: true,
      vraag: { systeem: LP, school: '12AB', dienst: 'rod-po', datum: '2022-06-01' },
      reden: { code: 'mandaat-actief' },
      mandaat: { id: mandaat('12ab-rod') },
    })
  })

  it('answers on the day asked, on both sides of a start and an end date', async () => {
    // 34CD: ROD PO to Wise LAS until 2022-06-21, to LeerlingPlan from 2022-06-22.
    expect(
      (await vraag(`systeem=${WISE}&school=34CD&dienst=rod-po&datum=2022-06-21`)).body.toegestaan,
    ).toBe(true)
    const na = (await vraag(`systeem=${WISE}&school=34CD&dienst=rod-po&datum=2022-06-22`)).body
    expect(na).toMatchObject({ toegestaan: false, reden: { code: 'mandaat-beeindigd' } })
    const voor = (await vraag(`systeem=${LP}&school=34CD&dienst=rod-po&datum=2022-06-21`)).body
    expect(voor).toMatchObject({ toegestaan: false, reden: { code: 'mandaat-nog-niet-geldig' } })
    expect(
      (await vraag(`systeem=${LP}&school=34CD&dienst=rod-po&datum=2022-06-22`)).body.toegestaan,
    ).toBe(true)
  })

  it('answers no, with the reason, for a revoked mandaat, another system, an unknown school', async () => {
    const oso = await vraag(
      `systeem=${LP}&school=12AB&dienst=oso`,
      await bearer(token({ clientId: 'dienst-oso' })),
    )
    expect(oso.body).toMatchObject({ toegestaan: false, reden: { code: 'mandaat-ingetrokken' } })
    const ander = (await vraag(`systeem=${WISE}&school=12AB&dienst=rod-po`)).body
    expect(ander).toMatchObject({
      toegestaan: false,
      reden: { code: 'geen-mandaat' },
      mandaat: null,
    })
    const nieuw = (await vraag(`systeem=${systeem('klasweb')}&school=12AB&dienst=rod-po`)).body
    expect(nieuw.reden.code).toBe('systeem-niet-toegelaten')
    expect((await vraag(`systeem=${LP}&school=99ZZ&dienst=rod-po`)).body.reden.code).toBe(
      'onbekende-school',
    )
    expect((await vraag(`systeem=${LP}&school=56EF&dienst=rod-po`)).body.reden.code).toBe(
      'geen-overeenkomst',
    )
  })

  it('follows a revocation in the portal on the very next call', async () => {
    const id = mandaat('12ab-rio')
    const rio = await bearer(token({ clientId: 'dienst-rio' }))
    expect((await vraag(`systeem=${LP}&school=12AB&dienst=rio`, rio)).body.toegestaan).toBe(true)
    expect(
      (await t.request('POST', `/api/osr/mandaten/${id}/intrekken`, { as: 'osr' })).status,
    ).toBe(200)
    const na = (await vraag(`systeem=${LP}&school=12AB&dienst=rio`, rio)).body
    expect(na).toMatchObject({ toegestaan: false, reden: { code: 'mandaat-ingetrokken' } })
  })

  it('lists the mandaten of a school in the caller’s own dienst, without personal data', async () => {
    const res = await t.request('GET', '/api/osr/diensten/v1/scholen/12AB/mandaten', {
      headers: await bearer(token()),
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ school: '12AB', dienst: 'rod-po', overeenkomst: true })
    expect(
      body.mandaten.map((m: { status: string; systeem: { naam: string } }) => [
        m.systeem.naam,
        m.status,
      ]),
    ).toEqual([
      ['LeerlingPlan', 'actief'],
      ['BDS Admin', 'beeindigd'],
    ])
    const tekst = JSON.stringify(body)
    expect(tekst).not.toContain('Iris Dekker')
    expect(tekst).not.toMatch(/door|persoon/i)
    const onbekend = await t.request('GET', '/api/osr/diensten/v1/scholen/99ZZ/mandaten', {
      headers: await bearer(token()),
    })
    expect(onbekend.status).toBe(404)
  })

  it('refuses a missing, expired, foreign-signed, wrongly addressed or ID-typed token', async () => {
    const pad = `/api/osr/diensten/v1/mandaat?systeem=${LP}&school=12AB&dienst=rod-po`
    const zonder = await t.request('GET', pad)
    expect(zonder.status).toBe(401)
    expect(zonder.headers.get('www-authenticate')).toBe('Bearer realm="osr"')
    expect((await zonder.json()).code).toBe('token-ontbreekt')
    const gevallen: Array<[string, Promise<string>, string]> = [
      ['verlopen', token({ verlooptOver: -120 }), 'token-verlopen'],
      ['vreemde sleutel', token({ vreemdeSleutel: true }), 'token-ongeldig'],
      ['andere uitgever', token({ issuer: 'https://nep-broker.test' }), 'token-ongeldig'],
      ['andere doelgroep', token({ audience: 'urn:duo:rod' }), 'token-ongeldig'],
      ['ID token', token({ typ: 'JWT' }), 'token-ongeldig'],
      ['rommel', Promise.resolve('abc.def.ghi'), 'token-ongeldig'],
    ]
    for (const [naam, tk, code] of gevallen) {
      const res = await t.request('GET', pad, { headers: await bearer(tk) })
      expect(res.status, naam).toBe(401)
      expect((await res.json()).code, naam).toBe(code)
      expect(res.headers.get('www-authenticate'), naam).toMatch(/error="invalid_token"/)
    }
    // A session cookie is no substitute for a token.
    expect((await t.request('GET', pad, { as: 'osr' })).status).toBe(401)
  })

  it('refuses a supplier’s token, an unknown client and a question about another dienst', async () => {
    const pad = `/api/osr/diensten/v1/mandaat?systeem=${LP}&school=12AB&dienst=rod-po`
    const lev = await t.request('GET', pad, { headers: await bearer(leverancierToken()) })
    expect(lev.status).toBe(403)
    expect(lev.headers.get('www-authenticate')).toMatch(/insufficient_scope/)
    const onbekend = await t.request('GET', pad, {
      headers: await bearer(token({ clientId: 'dienst-bron' })),
    })
    expect(onbekend.status).toBe(403)
    expect((await onbekend.json()).code).toBe('onbekende-dienst')
    const ander = await t.request('GET', pad, {
      headers: await bearer(token({ clientId: 'dienst-rio' })),
    })
    expect(ander.status).toBe(403)
    expect((await ander.json()).code).toBe('andere-dienst')
  })

  it('checks the question per field', async () => {
    const { res, body } = await vraag(
      'systeem=LeerlingPlan&school=12ab&dienst=bron&datum=2022-02-30',
    )
    expect(res.status).toBe(400)
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'datum',
      'dienst',
      'school',
      'systeem',
    ])
  })

  it('audits every call without personal data', async () => {
    const voor = await t.db
      .selectFrom('audit_log')
      .select('seq')
      .where('actie', '=', 'osr.dienst.gevraagd')
      .execute()
    await vraag(`systeem=${LP}&school=12AB&dienst=rod-po&datum=2022-06-01`)
    const na = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'osr.dienst.gevraagd')
      .orderBy('seq', 'desc')
      .execute()
    expect(na.length).toBe(voor.length + 1)
    const laatste = na[0]!
    expect(laatste.actor_persoon_id).toBeNull()
    expect(JSON.parse(String(laatste.details))).toMatchObject({
      clientId: 'dienst-rod-po',
      school: '12AB',
      toegestaan: true,
      reden: 'mandaat-actief',
    })
  })

  it('publishes its OpenAPI document, generated from the routes, without a token', async () => {
    const res = await t.request('GET', '/api/osr/diensten/openapi.json')
    expect(res.status).toBe(200)
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/mandaat',
      '/v1/scholen/{instellingscode}/mandaten',
    ])
    expect(
      doc.paths['/v1/mandaat'].get.parameters.map((p: { name: string }) => p.name).sort(),
    ).toEqual(['datum', 'dienst', 'school', 'systeem'])
    expect(doc.components.securitySchemes.dienstToken.flows.clientCredentials.tokenUrl).toBe(
      'https://broker.test/token',
    )
  })
})

describe.each(dialectsUnderTest)('OSR API for diensten: rate limit (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect, { limieten: { perClient: 3, perAdres: 1000 } })
  }, 60_000)
  afterAll(() => t.close())

  it('answers 429 with Retry-After past the limit of a client, and counts each client apart', async () => {
    const pad = `/api/osr/diensten/v1/mandaat?systeem=${LP}&school=12AB&dienst=rod-po`
    const rod = await bearer(token())
    const statussen: number[] = []
    for (let i = 0; i < 4; i++)
      statussen.push((await t.request('GET', pad, { headers: rod })).status)
    expect(statussen).toEqual([200, 200, 200, 429])
    const res = await t.request('GET', pad, { headers: rod })
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await res.json()).code).toBe('te-veel-verzoeken')
    const rio = await t.request(
      'GET',
      `/api/osr/diensten/v1/mandaat?systeem=${LP}&school=12AB&dienst=rio`,
      {
        headers: await bearer(token({ clientId: 'dienst-rio' })),
      },
    )
    expect(rio.status).toBe(200)
  })
})
