import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BESTUUR_B, dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A_2020_V2,
  A_CONCEPT,
  B_INGEDIEND,
  verantwoordingB,
  xbrlTestApp,
  type XbrlTestApp,
} from '../test-support'

describe.each(dialectsUnderTest)('DUO’s assessment of submissions (%s)', (dialect) => {
  let t: XbrlTestApp
  beforeAll(async () => {
    t = await xbrlTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  const beoordeel = (id: string, json: object, as = 'xbrl-behandelaar') =>
    t.request('POST', `/api/xbrl/behandeling/${id}/status`, { as, json })

  it('lists the submissions of every bestuur with its name, never a concept', async () => {
    const res = await t.request('GET', '/api/xbrl/behandeling', { as: 'xbrl-behandelaar' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const body = await res.json()
    const ids = body.aanleveringen.map((a: { id: string }) => a.id)
    expect(ids).toContain(B_INGEDIEND)
    expect(ids).toContain(A_2020_V2)
    expect(ids).not.toContain(A_CONCEPT)
    expect(body.aanleveringen.find((a: { id: string }) => a.id === B_INGEDIEND).bestuurNaam).toBe(
      'Stichting Katholiek Onderwijs Het Anker',
    )
    const gefilterd = await (
      await t.request(
        'GET',
        `/api/xbrl/behandeling?status=ingediend&zoek=${BESTUUR_B.bestuursnummer}`,
        { as: 'xbrl-behandelaar' },
      )
    ).json()
    expect(gefilterd.aanleveringen.map((a: { id: string }) => a.id)).toEqual([B_INGEDIEND])
  })

  it('is only for DUO’s behandelaar jaarverantwoording: others get 403 with the reason', async () => {
    for (const as of ['helpdeskmedewerker', 'behandelaar', 'verantwoording']) {
      const res = await t.request('GET', '/api/xbrl/behandeling', { as })
      expect(res.status, as).toBe(403)
      expect((await res.json()).nl.length).toBeGreaterThan(10)
      expect((await beoordeel(B_INGEDIEND, { status: 'in-behandeling' }, as)).status).toBe(403)
    }
  })

  it('takes a submission into behandeling, and wants a reason to reject it', async () => {
    const res = await beoordeel(B_INGEDIEND, { status: 'in-behandeling' })
    expect(res.status).toBe(200)
    expect((await res.json()).aanlevering.status).toBe('in-behandeling')
    const zonder = await beoordeel(B_INGEDIEND, { status: 'afgekeurd', toelichting: '  ' })
    expect(zonder.status).toBe(400)
    expect((await zonder.json()).velden[0].veld).toBe('toelichting')
    const terug = await beoordeel(B_INGEDIEND, { status: 'ingediend' })
    expect(terug.status).toBe(400)
  })

  it('rejects with a reason the bestuur then reads in the history', async () => {
    const res = await beoordeel(B_INGEDIEND, {
      status: 'afgekeurd',
      toelichting: 'De WNT-verantwoording noemt de bezoldiging van de bestuurder niet.',
    })
    expect(res.status).toBe(200)
    const b = await verantwoordingB(t)
    const detail = await (
      await t.request('GET', `/api/xbrl/aanleveringen/${B_INGEDIEND}`, { as: b })
    ).json()
    expect(detail.aanlevering.status).toBe('afgekeurd')
    expect(detail.geschiedenis.at(-1)).toMatchObject({
      status: 'afgekeurd',
      door: 'Ingrid Mulder (DUO)',
      toelichting: expect.stringMatching(/WNT/),
    })
    expect(detail.mag.corrigeren).toBe(true)
    const { entries } = await t
      .platformOf('xbrl')
      .audit.list({ actie: 'xbrl.aanlevering.beoordeeld' } as never)
    expect(entries[0]?.details).toMatchObject({ van: 'in-behandeling', naar: 'afgekeurd' })
  })

  it('refuses a body over 100 kB before reading it', async () => {
    const body = JSON.stringify({ status: 'afgekeurd', toelichting: 'x'.repeat(200_000) })
    const res = await t.request('POST', `/api/xbrl/behandeling/${B_INGEDIEND}/status`, {
      as: 'xbrl-behandelaar',
      body,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
    })
    expect(res.status).toBe(413)
    expect((await res.json()).code).toBe('te-groot')
  })

  it('refuses a step that does not follow, and a concept it cannot see', async () => {
    const res = await beoordeel(A_2020_V2, { status: 'in-behandeling' })
    expect(res.status).toBe(409)
    expect((await res.json()).code).toBe('status-volgt-niet')
    expect((await beoordeel(A_CONCEPT, { status: 'geaccepteerd' })).status).toBe(404)
  })
})
