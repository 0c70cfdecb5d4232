import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  mandaat,
  ongewijzigd,
  osrTestApp,
  systeem,
  NOW,
  VANDAAG,
  type OsrTestApp,
} from '../test-support'

const nieuw = (extra: Record<string, unknown> = {}) => ({
  instellingscode: '12AB',
  dienst: 'oso',
  systeemId: systeem('leerlingplan'),
  startdatum: VANDAAG,
  ...extra,
})

describe.each(dialectsUnderTest)('OSR API: mandaten (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  beforeEach(() => t.clock.set(NOW))
  afterAll(() => t.close())

  it('lists the mandaten of bestuur A in every state, filtered on status', async () => {
    const res = await t.request('GET', '/api/osr/mandaten?aantal=100', { as: 'osr' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json()
    const statussen = new Set(body.mandaten.map((m: { status: string }) => m.status))
    expect([...statussen].sort()).toEqual(['actief', 'beeindigd', 'ingetrokken', 'toekomstig'])
    expect(body.totaal).toBe(body.mandaten.length)
    const actief = await (
      await t.request('GET', '/api/osr/mandaten?status=actief&school=34cd', { as: 'osr' })
    ).json()
    expect(actief.mandaten.map((m: { dienst: string }) => m.dienst).sort()).toEqual([
      'rod-po',
      'verzuim',
    ])
    const fout = await t.request('GET', '/api/osr/mandaten?status=weg&dienst=x', { as: 'osr' })
    expect(fout.status).toBe(400)
    expect((await fout.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'dienst',
      'status',
    ])
  })

  it('filters each status on the day (and its counts agree), also on the boundary days', async () => {
    type M = {
      id: string
      instellingscode: string
      status: string
      startdatum: string
      einddatum: string | null
    }
    const lijst = async (query: string) =>
      (await (
        await t.request('GET', `/api/osr/mandaten?aantal=100${query}`, { as: 'osr' })
      ).json()) as { mandaten: M[]; totaal: number }
    const { mandaten } = await lijst('')
    const eind = mandaten.find((m) => m.status === 'beeindigd')!.einddatum!
    const start = mandaten.find((m) => m.status === 'toekomstig')!.startdatum
    const dagNa = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)
    // Today, the last day of a period (still actief), the day after it (beeindigd), and the
    // first day of a toekomstig one (actief from then on).
    for (const dag of [VANDAAG, eind, dagNa(eind), start]) {
      t.clock.set(`${dag}T10:00:00.000Z`)
      const alle = (await lijst('')).mandaten
      for (const school of [undefined, '34CD']) {
        for (const status of ['actief', 'toekomstig', 'beeindigd', 'ingetrokken']) {
          const verwacht = alle
            .filter((m) => m.status === status && (!school || m.instellingscode === school))
            .map((m) => m.id)
          const gefilterd = await lijst(`&status=${status}${school ? `&school=${school}` : ''}`)
          const ids = gefilterd.mandaten.map((m) => m.id)
          expect(ids.sort(), `${dag} ${status} ${school}`).toEqual(verwacht.sort())
          expect(gefilterd.totaal, `${dag} ${status} ${school}`).toBe(ids.length)
        }
      }
    }
  })

  it('pages forward and back by cursor, with a bounded total; a broken cursor is a 400', async () => {
    const alle = await (
      await t.request('GET', '/api/osr/mandaten?aantal=100', { as: 'osr' })
    ).json()
    const ids = alle.mandaten.map((m: { id: string }) => m.id)
    expect(ids.length).toBeGreaterThan(3)
    expect(alle).toMatchObject({ totaalBegrensd: false, volgende: null, vorige: null })
    const een = await (await t.request('GET', '/api/osr/mandaten?aantal=2', { as: 'osr' })).json()
    expect(een.mandaten.map((m: { id: string }) => m.id)).toEqual(ids.slice(0, 2))
    expect(een.totaal).toBe(ids.length)
    expect(een.vorige).toBeNull()
    const twee = await (
      await t.request('GET', `/api/osr/mandaten?aantal=2&pagina=2&na=${een.volgende}`, {
        as: 'osr',
      })
    ).json()
    expect(twee.mandaten.map((m: { id: string }) => m.id)).toEqual(ids.slice(2, 4))
    const terug = await (
      await t.request('GET', `/api/osr/mandaten?aantal=2&voor=${twee.vorige}`, { as: 'osr' })
    ).json()
    expect(terug.mandaten.map((m: { id: string }) => m.id)).toEqual(ids.slice(0, 2))
    expect(terug.vorige).toBeNull()
    // The same pages by number, for old links.
    const nummer = await (
      await t.request('GET', '/api/osr/mandaten?aantal=2&pagina=2', { as: 'osr' })
    ).json()
    expect(nummer.mandaten.map((m: { id: string }) => m.id)).toEqual(ids.slice(2, 4))
    for (const cursor of ['bestaat-niet', 'W10', '%25%25'] as const) {
      const fout = await t.request('GET', `/api/osr/mandaten?na=${cursor}`, { as: 'osr' })
      expect(fout.status, cursor).toBe(400)
      expect((await fout.json()).velden[0].veld).toBe('na')
    }
  })

  it('shows a mandaat with its full history and where it may be copied', async () => {
    const res = await t.request('GET', `/api/osr/mandaten/${mandaat('34cd-rod')}`, { as: 'osr' })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.mandaat).toMatchObject({
      instellingscode: '34CD',
      schoolNaam: 'OBS Het Kompas',
      dienst: 'rod-po',
      systeem: { naam: 'Wise LAS', leverancier: 'Schoolwise B.V.' },
      status: 'actief',
    })
    expect(body.gebeurtenissen.map((g: { soort: string }) => g.soort)).toEqual([
      'gegeven',
      'einddatum-gewijzigd',
    ])
    expect(body.kopieerbaarNaar).toEqual([])
  })

  it('holds the startdatum to today or later: yesterday is refused, today is given', async () => {
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: nieuw({ startdatum: '2022-05-31' }),
      })
      expect(res.status).toBe(400)
      expect((await res.json()).velden[0]).toMatchObject({ veld: 'startdatum' })
    })
    const res = await t.request('POST', '/api/osr/mandaten', { as: 'osr', json: nieuw() })
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { mandaat: m } = await res.json()
    expect(m).toMatchObject({
      status: 'actief',
      startdatum: VANDAAG,
      einddatum: null,
      gegevenDoor: 'Iris Dekker',
    })
    const detail = await (await t.request('GET', `/api/osr/mandaten/${m.id}`, { as: 'osr' })).json()
    expect(detail.gebeurtenissen).toMatchObject([{ soort: 'gegeven', door: 'Iris Dekker' }])
  })

  it('refuses bad input per field and changes nothing', async () => {
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: {
          instellingscode: 'ABCD',
          dienst: 'eindtoets',
          systeemId: 'x',
          startdatum: '2022-13-01',
        },
      })
      expect(res.status).toBe(400)
      expect((await res.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
        'dienst',
        'instellingscode',
        'startdatum',
        'systeemId',
      ])
      const eind = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: nieuw({
          dienst: 'rio',
          instellingscode: '34CD',
          startdatum: '2022-07-01',
          einddatum: '2022-06-30',
        }),
      })
      expect(eind.status).toBe(400)
      expect((await eind.json()).velden[0].veld).toBe('einddatum')
    })
  })

  it('refuses a school of another bestuur exactly as an unknown school', async () => {
    await ongewijzigd(t, async () => {
      const vreemd = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: nieuw({ instellingscode: '56EF' }),
      })
      const onbekend = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: nieuw({ instellingscode: '99ZZ' }),
      })
      expect(vreemd.status).toBe(400)
      expect(onbekend.status).toBe(400)
      const [a, b] = [await vreemd.json(), await onbekend.json()]
      expect(JSON.stringify(a).replaceAll('56EF', 'XXXX')).toBe(
        JSON.stringify(b).replaceAll('99ZZ', 'XXXX'),
      )
    })
  })

  it('refuses a system that is not admitted, or not qualified for the dienst', async () => {
    await ongewijzigd(t, async () => {
      for (const [sys, dienst] of [
        [systeem('klasweb'), 'rod-po'],
        [systeem('wise-las'), 'oso'],
        ['00000000-0000-4000-8000-000000000000', 'rio'],
      ] as const) {
        const res = await t.request('POST', '/api/osr/mandaten', {
          as: 'osr',
          json: nieuw({ instellingscode: '34CD', dienst, systeemId: sys }),
        })
        expect(res.status, sys).toBe(400)
        expect((await res.json()).velden[0].veld).toBe('systeemId')
      }
    })
  })

  it('refuses overlapping mandaten in a dienst of a school, and accepts one that follows on', async () => {
    await ongewijzigd(t, async () => {
      // 12AB has an open-ended ROD PO mandaat to LeerlingPlan.
      const res = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: nieuw({
          dienst: 'rod-po',
          systeemId: systeem('bds-admin'),
          startdatum: '2023-01-01',
        }),
      })
      expect(res.status).toBe(409)
      const body = await res.json()
      expect(body.code).toBe('overlap')
      expect(body.nl).toContain('LeerlingPlan')
      // 34CD: ROD PO to Wise LAS until day 20, LeerlingPlan from day 21: any day in between clashes.
      const tussen = await t.request('POST', '/api/osr/mandaten', {
        as: 'osr',
        json: nieuw({
          instellingscode: '34CD',
          dienst: 'rod-po',
          systeemId: systeem('bds-admin'),
          startdatum: '2022-06-21',
          einddatum: '2022-06-21',
        }),
      })
      expect(tussen.status).toBe(409)
    })
    // The end date of the ended RIO mandaat of 34CD lies in the past: a new one may start today.
    const rio = await t.request('POST', '/api/osr/mandaten', {
      as: 'osr',
      json: nieuw({ instellingscode: '34CD', dienst: 'rio', systeemId: systeem('wise-las') }),
    })
    expect(rio.status).toBe(201)
  })

  it('ends a mandaat on a day not in the past (both sides), and keeps it in the history', async () => {
    const id = mandaat('12ab-verzuim')
    await ongewijzigd(t, async () => {
      const gisteren = await t.request('POST', `/api/osr/mandaten/${id}/beeindigen`, {
        as: 'osr',
        json: { einddatum: '2022-05-31' },
      })
      expect(gisteren.status).toBe(400)
      expect((await gisteren.json()).velden[0].veld).toBe('einddatum')
    })
    const res = await t.request('POST', `/api/osr/mandaten/${id}/beeindigen`, {
      as: 'osr',
      json: { einddatum: VANDAAG },
    })
    expect(res.status).toBe(200)
    expect((await res.json()).mandaat).toMatchObject({ einddatum: VANDAAG, status: 'actief' })
    t.clock.set('2022-06-02T10:00:00.000Z')
    const morgen = await (await t.request('GET', `/api/osr/mandaten/${id}`, { as: 'osr' })).json()
    expect(morgen.mandaat.status).toBe('beeindigd')
    expect(morgen.gebeurtenissen.map((g: { soort: string }) => g.soort)).toEqual([
      'gegeven',
      'einddatum-gewijzigd',
    ])
    const weer = await t.request('POST', `/api/osr/mandaten/${id}/intrekken`, { as: 'osr' })
    expect(weer.status).toBe(409)
    expect((await weer.json()).code).toBe('beeindigd')
  })

  it('revokes a mandaat once, answers a second time with 409, and audits it', async () => {
    const id = mandaat('12ab-dt')
    const res = await t.request('POST', `/api/osr/mandaten/${id}/intrekken`, { as: 'osr' })
    expect(res.status).toBe(200)
    expect((await res.json()).mandaat.status).toBe('ingetrokken')
    await ongewijzigd(t, async () => {
      const again = await t.request('POST', `/api/osr/mandaten/${id}/intrekken`, { as: 'osr' })
      expect(again.status).toBe(409)
      const eind = await t.request('POST', `/api/osr/mandaten/${id}/beeindigen`, {
        as: 'osr',
        json: { einddatum: '2022-12-31' },
      })
      expect(eind.status).toBe(409)
    })
    const log = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'osr.mandaat.ingetrokken')
      .execute()
    expect(log).toHaveLength(1)
    expect(log[0]!.bestuursnummer).toBe('41234')
  })
})
