/**
 * Every write of the bestuur's side of the register, by every demo persona without OSR-toegang:
 * people of bestuur A get 403 with authz's reason, people of bestuur B get 404 on A's objects
 * (exactly as an unknown id) and 403 on their own bestuur, DUO and Kennisnet staff 403. Nothing
 * changes, whatever they send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PERSONAS, demoPersoonId } from '@duo/server-kit/demo'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { mandaat, ongewijzigd, osrTestApp, systeem, VANDAAG, type OsrTestApp } from './test-support'

const ONBEKEND = '00000000-0000-4000-8000-000000000000'
const A_MANDAAT = mandaat('12ab-rod')

const schrijfacties = (id: string) => [
  {
    naam: 'mandaat geven',
    method: 'POST',
    path: '/api/osr/mandaten',
    json: {
      instellingscode: '12AB',
      dienst: 'oso',
      systeemId: systeem('leerlingplan'),
      startdatum: VANDAAG,
    },
    object: false,
  },
  {
    naam: 'kopiëren',
    method: 'POST',
    path: `/api/osr/mandaten/${id}/kopie`,
    json: { scholen: ['34CD'] },
    object: true,
  },
  {
    naam: 'beëindigen',
    method: 'POST',
    path: `/api/osr/mandaten/${id}/beeindigen`,
    json: { einddatum: VANDAAG },
    object: true,
  },
  {
    naam: 'intrekken',
    method: 'POST',
    path: `/api/osr/mandaten/${id}/intrekken`,
    json: {},
    object: true,
  },
  {
    naam: 'LAS wijzigen',
    method: 'PUT',
    path: '/api/osr/scholen/34CD/systeem',
    json: { systeemId: systeem('leerlingplan') },
    object: true,
  },
]

const personas = DEMO_PERSONAS.filter((p) => p.id !== 'osr' && demoPersoonId(p.id))

describe.each(dialectsUnderTest)('OSR API: writes without OSR-toegang (%s)', (dialect) => {
  let t: OsrTestApp
  beforeAll(async () => {
    t = await osrTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('refuses every write by every persona without OSR-toegang and changes nothing', async () => {
    expect(personas.length).toBeGreaterThan(20)
    await ongewijzigd(t, async () => {
      for (const p of personas) {
        const cookie = await t.loginAs(p.id)
        for (const w of schrijfacties(A_MANDAAT)) {
          const res = await t.request(w.method, w.path, { as: cookie, json: w.json })
          const body = await res.json()
          const wie = `${p.id}: ${w.naam}`
          if (p.kind === 'duo') {
            expect(res.status, wie).toBe(403)
          } else if (p.kvk !== '30123456' && w.object) {
            // Bestuur B on bestuur A's object: as if it did not exist.
            expect(res.status, wie).toBe(404)
            expect(body.code, wie).toBe('niet-gevonden')
          } else {
            expect(res.status, wie).toBe(403)
            expect(body.nl.length, wie).toBeGreaterThan(10)
            expect(body.en.length, wie).toBeGreaterThan(10)
          }
        }
      }
    })
  })

  it('answers bestuur B on A’s mandaat exactly as on an unknown id', async () => {
    const op = async (id: string) => {
      const res = await t.request('GET', `/api/osr/mandaten/${id}`, { as: 'beheerder-po-b' })
      return { status: res.status, body: await res.json() }
    }
    // B has no overeenkomst and no OSR-toegang: both are 404, never a hint that the id exists.
    expect(await op(A_MANDAAT)).toEqual(await op(ONBEKEND))
    expect((await op(A_MANDAAT)).status).toBe(404)
  })

  it('answers bestuur B on A’s school exactly as on an unknown school', async () => {
    const op = async (code: string) => {
      const res = await t.request('PUT', `/api/osr/scholen/${code}/systeem`, {
        as: 'beheerder-po-b',
        json: { systeemId: null },
      })
      return { status: res.status, body: await res.json() }
    }
    expect(await op('12AB')).toEqual(await op('99ZZ'))
  })

  it('refuses the reading pages to people without OSR-toegang with authz’s reason', async () => {
    for (const path of ['/api/osr/scholen', '/api/osr/mandaten', '/api/osr/systemen']) {
      const a = await t.request('GET', path, { as: 'beheerder-po' })
      expect(a.status, path).toBe(403)
      expect((await a.json()).nl).toMatch(/OSR-toegang/)
      const b = await t.request('GET', path, { as: 'beheerder-po-b' })
      expect(b.status, path).toBe(403)
      expect((await t.request('GET', path)).status).toBe(401)
    }
  })

  it('refuses a write without the CSRF header', async () => {
    await ongewijzigd(t, async () => {
      const res = await t.request('POST', `/api/osr/mandaten/${A_MANDAAT}/intrekken`, {
        as: 'osr',
        csrf: false,
      })
      expect(res.status).toBe(403)
      expect((await res.json()).code).toBe('csrf')
    })
  })
})
