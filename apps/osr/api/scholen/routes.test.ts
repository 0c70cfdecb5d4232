import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { ongewijzigd, osrTestApp, systeem, type OsrTestApp } from '../test-support'

type Stand = { dienst: string; waarschuwing: { code: string } | null; actief: unknown }
type School = { instellingscode: string; diensten: Stand[]; systeem: { naam: string } | null }

describe.each(dialectsUnderTest)('OSR API: systems per school and warnings (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  const scholen = async (): Promise<{ scholen: School[]; waarschuwingen: number }> =>
    (await t.request('GET', '/api/osr/scholen', { as: 'osr' })).json()
  const waarschuwing = (s: School, dienst: string) =>
    s.diensten.find((d) => d.dienst === dienst)?.waarschuwing?.code ?? null

  it('shows each school’s system and warns where a required mandaat is missing', async () => {
    const body = await scholen()
    const [ab, cd] = body.scholen
    expect(ab!.systeem!.naam).toBe('LeerlingPlan')
    expect(cd!.systeem!.naam).toBe('Wise LAS')
    expect(ab!.diensten.filter((d) => d.waarschuwing)).toEqual([])
    expect(waarschuwing(cd!, 'rio')).toBe('ontbreekt')
    expect(waarschuwing(cd!, 'doorstroomtoets')).toBe('ontbreekt-tot')
    // ROD PO ends soon but a new mandaat follows on the next day: no warning. OSO is optional.
    expect(waarschuwing(cd!, 'rod-po')).toBeNull()
    expect(waarschuwing(cd!, 'oso')).toBeNull()
    expect(body.waarschuwingen).toBe(2)
  })

  it('warns about RIO only from 1 January 2022 and ROD PO only from 3 January 2022', async () => {
    // Without any mandaat at 34CD the warnings follow the dates of the diensten alone.
    await t.osrDb.deleteFrom('osr_mandaat_gebeurtenis').execute()
    await t.osrDb.deleteFrom('osr_mandaat').where('instellingscode', '=', '34CD').execute()
    t.clock.set('2021-12-31T12:00:00.000Z')
    let cd = (await scholen()).scholen[1]!
    expect(waarschuwing(cd, 'rio')).toBeNull()
    expect(waarschuwing(cd, 'rod-po')).toBeNull()
    expect(waarschuwing(cd, 'doorstroomtoets')).toBe('ontbreekt')
    t.clock.set('2022-01-01T12:00:00.000Z')
    cd = (await scholen()).scholen[1]!
    expect(waarschuwing(cd, 'rio')).toBe('ontbreekt')
    expect(waarschuwing(cd, 'rod-po')).toBeNull()
    t.clock.set('2022-01-03T12:00:00.000Z')
    cd = (await scholen()).scholen[1]!
    expect(waarschuwing(cd, 'rod-po')).toBe('ontbreekt')
    t.clock.set('2022-06-01T10:00:00.000Z')
  })

  it('changes a school’s system to an admitted one only, and audits it', async () => {
    await ongewijzigd(t, async () => {
      for (const systeemId of [systeem('klasweb'), '00000000-0000-4000-8000-000000000000']) {
        const res = await t.request('PUT', '/api/osr/scholen/34CD/systeem', {
          as: 'osr',
          json: { systeemId },
        })
        expect(res.status).toBe(400)
      }
      const kapot = await t.request('PUT', '/api/osr/scholen/34CD/systeem', { as: 'osr', json: {} })
      expect(kapot.status).toBe(400)
    })
    const res = await t.request('PUT', '/api/osr/scholen/34cd/systeem', {
      as: 'osr',
      json: { systeemId: systeem('leerlingplan') },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).systeem.naam).toBe('LeerlingPlan')
    expect((await scholen()).scholen[1]!.systeem!.naam).toBe('LeerlingPlan')
    const log = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'osr.las.gewijzigd')
      .execute()
    expect(log).toHaveLength(1)
    const geen = await t.request('PUT', '/api/osr/scholen/34CD/systeem', {
      as: 'osr',
      json: { systeemId: null },
    })
    expect(geen.status).toBe(200)
    expect((await scholen()).scholen[1]!.systeem).toBeNull()
  })

  it('answers a school of another bestuur exactly as an unknown one', async () => {
    const op = async (code: string) => {
      const res = await t.request('PUT', `/api/osr/scholen/${code}/systeem`, {
        as: 'osr',
        json: { systeemId: null },
      })
      return { status: res.status, body: await res.json() }
    }
    expect((await op('56EF')).status).toBe(404)
    expect(await op('56EF')).toEqual(await op('99ZZ'))
  })

  it('lists the admitted systems to choose from, without endpoints', async () => {
    const { systemen } = await (await t.request('GET', '/api/osr/systemen', { as: 'osr' })).json()
    expect(systemen.map((s: { naam: string }) => s.naam)).toEqual([
      'BDS Admin',
      'LeerlingPlan',
      'Wise LAS',
    ])
    expect(systemen[0].endpoint).toBeUndefined()
  })
})
