import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineApiSection } from '../../define-api-section'
import type { AppEnv } from '../../http/env'
import { createTestApp, type TestApp } from '../../testing/test-app'
import { dialectsUnderTest } from '../db/test-db'
import { begintOp, leesbareDatum } from './onderhoud'

const section = (id: string) =>
  defineApiSection({
    id,
    routes: () =>
      new Hono<AppEnv>()
        .get('/', (c) => c.json({ ok: true }))
        .post('/x', (c) => c.json({ ok: true })),
  })

describe.each(dialectsUnderTest)("a section's maintenance window (%s)", (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      sections: [section('proef'), section('ander')],
      now: '2022-02-28T23:59:00+01:00',
      demo: false,
    })
    await t.composed.onderhoud.zet(
      { sectie: 'proef', beschikbaarVanaf: '2022-03-01', tekst: null },
      null,
    )
  }, 60_000)
  afterAll(() => t.close())

  it('answers 503 with the date in the one error shape until the day it ends', async () => {
    for (const [method, path] of [
      ['GET', '/api/proef'],
      ['GET', '/api/proef/'],
      ['POST', '/api/proef/x'],
    ] as const) {
      const res = await t.request(method, path)
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('Mon, 28 Feb 2022 23:00:00 GMT')
      expect(await res.json()).toEqual({
        code: 'onderhoud',
        nl: 'Dit onderdeel wordt vernieuwd en is vanaf 1 maart 2022 weer beschikbaar.',
        en: 'This part is being renewed and will be available again from 1 March 2022.',
        beschikbaarVanaf: '2022-03-01',
      })
    }
    // Another section works on.
    expect((await t.request('GET', '/api/ander')).status).toBe(200)
  })

  it('lets the section work from that day on (the one clock, Dutch days)', async () => {
    t.clock.set('2022-03-01T00:00:30+01:00')
    expect((await t.request('GET', '/api/proef')).status).toBe(200)
    t.clock.set('2022-02-28T23:59:00+01:00')
  })

  it('keeps the date in an own wording that leaves it out, and stops at once when removed', async () => {
    await t.composed.onderhoud.zet(
      {
        sectie: 'proef',
        beschikbaarVanaf: '2022-03-01',
        tekst: { nl: 'XBRL wordt vernieuwd.', en: 'XBRL is being renewed.' },
      },
      null,
    )
    const body = await (await t.request('GET', '/api/proef')).json()
    expect(body.nl).toBe('XBRL wordt vernieuwd. Weer beschikbaar vanaf 1 maart 2022.')
    expect(body.en).toBe('XBRL is being renewed. Available again from 1 March 2022.')
    expect(await t.composed.onderhoud.wis('proef')).toBe(true)
    expect((await t.request('GET', '/api/proef')).status).toBe(200)
  })
})

describe('dates of a window', () => {
  it('reads as Dutch and English days, and starts at Dutch midnight (winter and summer time)', () => {
    expect(leesbareDatum('2022-03-01')).toEqual({ nl: '1 maart 2022', en: '1 March 2022' })
    expect(begintOp('2022-03-01').toISOString()).toBe('2022-02-28T23:00:00.000Z')
    expect(begintOp('2022-07-01').toISOString()).toBe('2022-06-30T22:00:00.000Z')
  })
})
