import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  bearer,
  leverancierToken,
  ongewijzigd,
  osrTestApp,
  systeem,
  token,
  type OsrTestApp,
} from '../test-support'

const aanmelding = {
  naam: 'LeerlingPlan Cloud',
  endpoint: 'https://cloud.leerlingplan.example/osr',
  diensten: ['rod-po', 'rio'],
}

describe.each(dialectsUnderTest)('OSR API for suppliers (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  const als = async (clientId = 'leverancier-leerling-online') => bearer(leverancierToken(clientId))

  it('lists only the supplier’s own systems', async () => {
    const res = await t.request('GET', '/api/osr/leverancier/v1/systemen', { headers: await als() })
    expect(res.status).toBe(200)
    const { systemen } = await res.json()
    expect(systemen.map((s: { naam: string }) => s.naam)).toEqual(['LeerlingPlan'])
  })

  it('registers a system waiting for its qualification test, and refuses bad input', async () => {
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
        headers: await als(),
        json: { naam: 'X', endpoint: 'http://user:pw@plain.example/', diensten: ['bron'] },
      })
      expect(res.status).toBe(400)
      expect((await res.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
        'diensten.0',
        'endpoint',
        'naam',
      ])
    })
    const res = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
      headers: await als(),
      json: aanmelding,
    })
    expect(res.status).toBe(201)
    expect((await res.json()).systeem).toMatchObject({
      status: 'aangemeld',
      diensten: ['rod-po', 'rio'],
    })
    const dubbel = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
      headers: await als(),
      json: aanmelding,
    })
    expect(dubbel.status).toBe(409)
  })

  it('refuses a client that is no supplier, a dienst token and a portal session', async () => {
    await ongewijzigd(t, async () => {
      const onbekend = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
        headers: await als('leverancier-onbekend'),
        json: aanmelding,
      })
      expect(onbekend.status).toBe(403)
      expect((await onbekend.json()).code).toBe('onbekende-leverancier')
      const dienst = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
        headers: await bearer(token()),
        json: aanmelding,
      })
      expect(dienst.status).toBe(403)
      const sessie = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
        as: 'osr',
        json: aanmelding,
      })
      expect(sessie.status).toBe(401)
      const verlopen = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
        headers: await bearer(leverancierToken(undefined, { verlooptOver: -60 })),
        json: aanmelding,
      })
      expect(verlopen.status).toBe(401)
    })
  })

  it('changes the endpoint of its own system: kept in the history and audited', async () => {
    const id = systeem('leerlingplan')
    const res = await t.request('PUT', `/api/osr/leverancier/v1/systemen/${id}/endpoint`, {
      headers: await als(),
      json: { endpoint: 'https://osr2.leerlingplan.example/berichten' },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).systeem).toMatchObject({
      endpoint: 'https://osr2.leerlingplan.example/berichten',
      status: 'goedgekeurd',
    })
    const detail = await (
      await t.request('GET', `/api/osr/register/systemen/${id}`, { as: 'osr-beheerder' })
    ).json()
    expect(detail.endpoints.map((e: { endpoint: string }) => e.endpoint)).toEqual([
      'https://osr.leerlingplan.example/berichten',
      'https://osr2.leerlingplan.example/berichten',
    ])
    const log = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'osr.endpoint.gewijzigd')
      .execute()
    expect(log).toHaveLength(1)
    expect(JSON.parse(String(log[0]!.details))).toMatchObject({
      van: 'https://osr.leerlingplan.example/berichten',
      naar: 'https://osr2.leerlingplan.example/berichten',
    })
  })

  it('answers another supplier’s system exactly as an unknown one', async () => {
    await ongewijzigd(t, async () => {
      const op = async (id: string) => {
        const res = await t.request('PUT', `/api/osr/leverancier/v1/systemen/${id}/endpoint`, {
          headers: await als(),
          json: { endpoint: 'https://kaping.example/osr' },
        })
        return { status: res.status, body: await res.json() }
      }
      expect((await op(systeem('wise-las'))).status).toBe(404)
      expect(await op(systeem('wise-las'))).toEqual(
        await op('00000000-0000-4000-8000-000000000000'),
      )
    })
  })

  it('publishes its OpenAPI document', async () => {
    const doc = await (await t.request('GET', '/api/osr/leverancier/openapi.json')).json()
    expect(Object.keys(doc.paths).sort()).toEqual(['/v1/systemen', '/v1/systemen/{id}/endpoint'])
  })
})
