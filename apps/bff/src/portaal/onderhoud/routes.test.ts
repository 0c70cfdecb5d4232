import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { createBffTestApp } from '../../testing/test-app'
import type { SectionRegistry } from '../../platform/section-registry'

const meta = (id: string, nl: string) => ({
  id,
  contractVersion: '1.1',
  version: '1.0.0',
  title: { nl, en: nl },
  description: { nl, en: nl },
  dienst: 'mijn-duo' as const,
  nav: [],
})
const registry: SectionRegistry = {
  list: async () => [
    {
      id: 'xbrl',
      manifestUrl: 'http://localhost:1/xbrl/mf-manifest.json',
      meta: meta('xbrl', 'XBRL onderwijsportaal'),
    },
    { id: 'rod', manifestUrl: 'http://localhost:1/rod/mf-manifest.json', meta: meta('rod', 'ROD') },
  ],
  refreshAll: async () => [],
}

describe.each(dialectsUnderTest)("a section's maintenance window (%s)", (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect, { now: '2022-02-28T16:00:00+01:00', registry })
  })
  afterAll(() => t.close())

  it('before 1 March 2022: XBRL answers 503 with the date, and the section list carries the message', async () => {
    const res = await t.request('GET', '/api/xbrl/aanleveringen', { as: 'verantwoording' })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('Mon, 28 Feb 2022 23:00:00 GMT')
    expect(await res.json()).toEqual({
      code: 'onderhoud',
      nl: 'Het XBRL Onderwijsportaal wordt vernieuwd en is vanaf 1 maart 2022 weer beschikbaar.',
      en: 'The XBRL education portal is being renewed and will be available again from 1 March 2022.',
      beschikbaarVanaf: '2022-03-01',
    })
    // Before any authorisation or input: anonymous and a write get the same answer.
    expect((await t.request('POST', '/api/xbrl/aanleveringen')).status).toBe(503)
    const { sections } = await (await t.request('GET', '/api/sections')).json()
    expect(sections.map((s: { id: string; onderhoud: unknown }) => [s.id, s.onderhoud])).toEqual([
      [
        'xbrl',
        {
          sectie: 'xbrl',
          beschikbaarVanaf: '2022-03-01',
          bericht: expect.objectContaining({ nl: expect.stringContaining('1 maart 2022') }),
        },
      ],
      ['rod', null],
    ])
  })

  it('from 1 March 2022 (Dutch midnight) XBRL works and the list carries no message', async () => {
    t.clock.set('2022-03-01T00:00:01+01:00')
    expect(
      (await t.request('GET', '/api/xbrl/aanleveringen', { as: 'verantwoording' })).status,
    ).toBe(200)
    const { sections } = await (await t.request('GET', '/api/sections')).json()
    expect(sections[0].onderhoud).toBeNull()
    t.clock.set('2022-02-28T16:00:00+01:00')
  })

  it('lets only the redactie set and end a window, which holds at once', async () => {
    const venster = { beschikbaarVanaf: '2022-03-07' }
    expect(
      (await t.request('PUT', '/api/portaal/redactie/onderhoud/rod', { json: venster })).status,
    ).toBe(401)
    expect(
      (
        await t.request('PUT', '/api/portaal/redactie/onderhoud/rod', {
          as: 'beheerder-po',
          json: venster,
        })
      ).status,
    ).toBe(403)
    expect(
      (await t.request('GET', '/api/portaal/redactie/onderhoud', { as: 'rod-behandelaar' })).status,
    ).toBe(403)
    expect(
      (
        await t.request('PUT', '/api/portaal/redactie/onderhoud/bestaat-niet', {
          as: 'redacteur',
          json: venster,
        })
      ).status,
    ).toBe(404)
    const fout = await t.request('PUT', '/api/portaal/redactie/onderhoud/rod', {
      as: 'redacteur',
      json: { beschikbaarVanaf: '7 maart', tekstNl: 'Alleen Nederlands' },
    })
    expect(fout.status).toBe(400)
    expect((await fout.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'beschikbaarVanaf',
      'tekstEn',
    ])

    expect(
      (
        await t.request('PUT', '/api/portaal/redactie/onderhoud/rod', {
          as: 'redacteur',
          json: venster,
        })
      ).status,
    ).toBe(200)
    const rod = await t.request('GET', '/api/rod/dashboard', { as: 'bestuur-rod' })
    expect(rod.status).toBe(503)
    expect((await rod.json()).nl).toBe(
      'Dit onderdeel wordt vernieuwd en is vanaf 7 maart 2022 weer beschikbaar.',
    )
    const lijst = await (
      await t.request('GET', '/api/portaal/redactie/onderhoud', { as: 'redacteur' })
    ).json()
    expect(
      lijst.regels.map((r: { sectie: string; actief: boolean }) => [r.sectie, r.actief]),
    ).toEqual([
      ['rod', true],
      ['xbrl', true],
    ])
    expect(lijst.secties.map((s: { id: string }) => s.id)).toEqual(['xbrl', 'rod'])

    expect(
      (await t.request('DELETE', '/api/portaal/redactie/onderhoud/rod', { as: 'beheerder-po' }))
        .status,
    ).toBe(403)
    expect(
      (await t.request('DELETE', '/api/portaal/redactie/onderhoud/rod', { as: 'redacteur' }))
        .status,
    ).toBe(200)
    expect((await t.request('GET', '/api/rod/dashboard', { as: 'bestuur-rod' })).status).not.toBe(
      503,
    )
    const acties = await t.db
      .selectFrom('audit_log')
      .select('actie')
      .where('actie', 'like', 'portaal.onderhoud.%')
      .execute()
    expect(acties.map((a) => a.actie).sort()).toEqual([
      'portaal.onderhoud.beeindigd',
      'portaal.onderhoud.gewijzigd',
    ])
  })
})
