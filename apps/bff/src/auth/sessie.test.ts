import { dialectsUnderTest } from '@duo/server-kit/testing'
import { hashSessionId } from '@duo/server-kit/platform'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBffTestApp } from '../testing/test-app'

const PEEK = { 'X-DUO-Sessie-Peek': '1' }

describe.each(dialectsUnderTest)('how long the session lasts (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect, { env: { DUO_SESSION_IDLE_SECONDS: '600' } })
  })
  afterAll(() => t.close())

  async function backdate(cookie: string, msAgo: number) {
    const at = new Date(Date.now() - msAgo).toISOString()
    await t.db
      .updateTable('sessie')
      .set({ last_seen_at: at })
      .where('id_hash', '=', hashSessionId(cookie.split('=')[1]!))
      .execute()
    return at
  }

  it('answers anonymous callers plainly, without a 401', async () => {
    const res = await t.request('GET', '/api/sessie', { headers: PEEK })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ingelogd: false, verlooptOp: null })
  })

  it('tells when the session ends, and asking does not extend it', async () => {
    const cookie = await t.loginAs('raadpleger')
    const seen = await backdate(cookie, 120_000)
    const res = await t.request('GET', '/api/sessie', { as: cookie, headers: PEEK })
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const sessie = await res.json()
    expect(sessie).toMatchObject({ ingelogd: true, inactiefSeconden: 600 })
    expect(Date.parse(sessie.verlooptOp)).toBe(Date.parse(seen) + 600_000)
    expect(Date.parse(sessie.absoluutVerlooptOp)).toBeGreaterThan(Date.parse(sessie.verlooptOp))
    // Asked again: still the same end.
    const again = await (
      await t.request('GET', '/api/sessie', { as: cookie, headers: PEEK })
    ).json()
    expect(again.verlooptOp).toBe(sessie.verlooptOp)
  })

  it('extends the session on "Blijf ingelogd" (a write: CSRF header needed)', async () => {
    const cookie = await t.loginAs('raadpleger')
    const seen = await backdate(cookie, 120_000)
    expect(
      (await t.request('POST', '/api/sessie/verlengen', { as: cookie, csrf: false })).status,
    ).toBe(403)
    const res = await t.request('POST', '/api/sessie/verlengen', { as: cookie })
    expect(res.status).toBe(200)
    const sessie = await res.json()
    expect(Date.parse(sessie.verlooptOp)).toBeGreaterThan(Date.parse(seen) + 600_000 + 60_000)
    expect((await t.request('POST', '/api/sessie/verlengen')).status).toBe(401)
  })

  it('puts the same in /api/me', async () => {
    const me = await (await t.request('GET', '/api/me', { as: 'raadpleger' })).json()
    expect(me.sessie).toMatchObject({ ingelogd: true, inactiefSeconden: 600 })
  })

  it('no longer knows a session idle past its timeout', async () => {
    const cookie = await t.loginAs('raadpleger')
    await backdate(cookie, 601_000)
    const res = await t.request('GET', '/api/sessie', { as: cookie, headers: PEEK })
    expect((await res.json()).ingelogd).toBe(false)
  })
})
