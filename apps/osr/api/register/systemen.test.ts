import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  leverancierToken,
  ongewijzigd,
  osrTestApp,
  systeem,
  type OsrTestApp,
} from '../test-support'

describe.each(dialectsUnderTest)('OSR API: Kennisnet admits systems (%s)', (dialect) => {
  let t: OsrTestApp
  const klasweb = systeem('klasweb')
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('lists the systems waiting for their qualification test, for Kennisnet only', async () => {
    const res = await t.request('GET', '/api/osr/register/systemen?status=aangemeld', {
      as: 'osr-beheerder',
    })
    expect(res.status).toBe(200)
    const { systemen } = await res.json()
    expect(systemen.map((s: { naam: string }) => s.naam)).toEqual(['Klasweb'])
    for (const persona of ['osr', 'beheerder-po', 'servicedesk']) {
      expect(
        (await t.request('GET', '/api/osr/register/systemen', { as: persona })).status,
        persona,
      ).toBe(403)
    }
  })

  it('holds the test date between the registration and today, and refuses others than Kennisnet', async () => {
    await ongewijzigd(t, async () => {
      // Klasweb registered six days before 2022-06-01.
      for (const kwalificatieOp of ['2022-06-02', '2022-05-25']) {
        const res = await t.request('POST', `/api/osr/register/systemen/${klasweb}/goedkeuren`, {
          as: 'osr-beheerder',
          json: { kwalificatieOp },
        })
        expect(res.status, kwalificatieOp).toBe(400)
      }
      for (const persona of ['osr', 'beheerder-po-b', 'helpdeskmedewerker']) {
        const res = await t.request('POST', `/api/osr/register/systemen/${klasweb}/goedkeuren`, {
          as: persona,
          json: { kwalificatieOp: '2022-05-30' },
        })
        expect(res.status, persona).toBe(403)
      }
    })
  })

  it('admits the system on the test date; besturen can choose it from then on', async () => {
    const voor = await (await t.request('GET', '/api/osr/systemen', { as: 'osr' })).json()
    expect(voor.systemen.map((s: { naam: string }) => s.naam)).not.toContain('Klasweb')
    const res = await t.request('POST', `/api/osr/register/systemen/${klasweb}/goedkeuren`, {
      as: 'osr-beheerder',
      json: { kwalificatieOp: '2022-05-26' },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).systeem).toMatchObject({
      status: 'goedgekeurd',
      kwalificatieOp: '2022-05-26',
    })
    const na = await (await t.request('GET', '/api/osr/systemen', { as: 'osr' })).json()
    expect(na.systemen.map((s: { naam: string }) => s.naam)).toContain('Klasweb')
    const weer = await t.request('POST', `/api/osr/register/systemen/${klasweb}/afwijzen`, {
      as: 'osr-beheerder',
      json: { reden: 'Te laat' },
    })
    expect(weer.status).toBe(409)
  })

  it('refuses a system with a reason', async () => {
    const aan = await t.request('POST', '/api/osr/leverancier/v1/systemen', {
      headers: {
        Authorization: `Bearer ${await leverancierToken('leverancier-bds')}`,
      },
      json: { naam: 'BDS Light', endpoint: 'https://light.bds.example/osr', diensten: ['oso'] },
    })
    const { systeem: s } = await aan.json()
    const res = await t.request('POST', `/api/osr/register/systemen/${s.id}/afwijzen`, {
      as: 'osr-beheerder',
      json: { reden: 'De kwalificatietest voor OSO is niet gehaald.' },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).systeem).toMatchObject({
      status: 'afgewezen',
      redenAfwijzing: 'De kwalificatietest voor OSO is niet gehaald.',
    })
  })
})
