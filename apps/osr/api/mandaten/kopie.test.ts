import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  derdeSchool,
  mandaat,
  ongewijzigd,
  osrTestApp,
  systeem,
  zetSysteem,
  VANDAAG,
  type OsrTestApp,
} from '../test-support'

describe.each(dialectsUnderTest)('OSR API: copying a mandaat (%s)', (dialect) => {
  let t: OsrTestApp
  let bron: string
  beforeAll(async () => {
    t = await osrTestApp(dialect)
    await derdeSchool(t)
    await zetSysteem(t, '78GH', systeem('leerlingplan'))
    const res = await t.request('POST', '/api/osr/mandaten', {
      as: 'osr',
      json: {
        instellingscode: '12AB',
        dienst: 'oso',
        systeemId: systeem('leerlingplan'),
        startdatum: '2022-06-15',
        einddatum: '2023-07-31',
      },
    })
    bron = (await res.json()).mandaat.id
  }, 60_000)
  afterAll(() => t.close())

  it('offers only the other schools that use the same system', async () => {
    const detail = await (await t.request('GET', `/api/osr/mandaten/${bron}`, { as: 'osr' })).json()
    expect(detail.kopieerbaarNaar).toEqual([{ instellingscode: '78GH', naam: 'OBS De Vlieger' }])
  })

  it('refuses a school with another system, a school of another bestuur and the same school', async () => {
    await ongewijzigd(t, async () => {
      for (const scholen of [['34CD'], ['56EF'], ['12AB'], ['78GH', '99ZZ']]) {
        const res = await t.request('POST', `/api/osr/mandaten/${bron}/kopie`, {
          as: 'osr',
          json: { scholen },
        })
        expect(res.status, scholen.join()).toBe(400)
        expect((await res.json()).velden[0].veld).toMatch(/^scholen\.\d$/)
      }
      const leeg = await t.request('POST', `/api/osr/mandaten/${bron}/kopie`, {
        as: 'osr',
        json: { scholen: [] },
      })
      expect(leeg.status).toBe(400)
    })
  })

  it('copies to two schools in one action, all or nothing', async () => {
    await zetSysteem(t, '34CD', systeem('leerlingplan'))
    // 34CD has an OSO mandaat already in that period: nothing is copied, not even to 78GH.
    const bezet = await t.request('POST', '/api/osr/mandaten', {
      as: 'osr',
      json: {
        instellingscode: '34CD',
        dienst: 'oso',
        systeemId: systeem('leerlingplan'),
        startdatum: '2023-01-01',
      },
    })
    expect(bezet.status).toBe(201)
    const bezetId = (await bezet.json()).mandaat.id
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', `/api/osr/mandaten/${bron}/kopie`, {
        as: 'osr',
        json: { scholen: ['34CD', '78GH'] },
      })
      expect(res.status).toBe(409)
      const body = await res.json()
      expect(body.code).toBe('overlap')
      expect(body.nl).toContain('34CD')
      expect(body.nl).not.toContain('78GH')
    })
    expect(
      (await t.request('POST', `/api/osr/mandaten/${bezetId}/intrekken`, { as: 'osr' })).status,
    ).toBe(200)

    const res = await t.request('POST', `/api/osr/mandaten/${bron}/kopie`, {
      as: 'osr',
      json: { scholen: ['78gh', '34CD'] },
    })
    expect(res.status).toBe(201)
    const { mandaten } = await res.json()
    expect(mandaten.map((m: { instellingscode: string }) => m.instellingscode)).toEqual([
      '34CD',
      '78GH',
    ])
    for (const m of mandaten) {
      expect(m).toMatchObject({
        dienst: 'oso',
        startdatum: '2022-06-15',
        einddatum: '2023-07-31',
        gekopieerdVan: bron,
        status: 'toekomstig',
      })
      const d = await (await t.request('GET', `/api/osr/mandaten/${m.id}`, { as: 'osr' })).json()
      expect(d.gebeurtenissen).toMatchObject([{ soort: 'gekopieerd', vanMandaat: bron }])
    }
  })

  it('starts a copy of a running mandaat today, not in the past', async () => {
    const res = await t.request('POST', `/api/osr/mandaten/${mandaat('12ab-rio')}/kopie`, {
      as: 'osr',
      json: { scholen: ['78GH'] },
    })
    expect(res.status).toBe(201)
    expect((await res.json()).mandaten[0]).toMatchObject({ startdatum: VANDAAG, status: 'actief' })
  })

  it('refuses to copy a revoked or ended mandaat', async () => {
    for (const id of [mandaat('12ab-oso'), mandaat('12ab-rod-bds')]) {
      const res = await t.request('POST', `/api/osr/mandaten/${id}/kopie`, {
        as: 'osr',
        json: { scholen: ['78GH'] },
      })
      expect(res.status).toBe(409)
    }
  })
})
