import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSIE_PEEK_HEADER } from '@duo/portal-sdk/contract'
import { createTestApp, dialectsUnderTest } from '../../testing'
import type { AppEnv } from '../../http/env'
import { hashSessionId } from '../stores/sessions'
import { loadSession, sessionExpiry } from './session'

describe('when a session ends', () => {
  it('ends idle after the timeout, never after the absolute end', () => {
    const timeouts = { idleSeconds: 900, absoluteSeconds: 28_800 }
    expect(
      sessionExpiry(
        { lastSeenAt: '2022-03-01T10:00:00.000Z', absoluteExpiresAt: '2022-03-01T18:00:00.000Z' },
        timeouts,
      ),
    ).toEqual({ idle: '2022-03-01T10:15:00.000Z', absolute: '2022-03-01T18:00:00.000Z' })
    expect(
      sessionExpiry(
        { lastSeenAt: '2022-03-01T17:50:00.000Z', absoluteExpiresAt: '2022-03-01T18:00:00.000Z' },
        timeouts,
      ).idle,
    ).toBe('2022-03-01T18:00:00.000Z')
  })
})

describe.each(dialectsUnderTest)('asking how long the session lasts (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  const app = new Hono<AppEnv>()
  beforeAll(async () => {
    t = await createTestApp(dialect)
    app.use('*', loadSession({ db: t.db, clock: t.clock, auth: t.timeouts }))
    app.get('/x', (c) => c.json({ lastSeenAt: c.get('auth')?.session.lastSeenAt ?? null }))
  })
  afterAll(() => t.close())

  const minuteAgo = () => new Date(Date.now() - 60_000).toISOString()
  async function stored(cookie: string) {
    const row = await t.db
      .selectFrom('sessie')
      .select('last_seen_at')
      .where('id_hash', '=', hashSessionId(cookie.split('=')[1]!))
      .executeTakeFirstOrThrow()
    return row.last_seen_at
  }

  it('does not count a peek as activity', async () => {
    const cookie = await t.loginAs('raadpleger')
    const before = minuteAgo()
    await t.db
      .updateTable('sessie')
      .set({ last_seen_at: before })
      .where('id_hash', '=', hashSessionId(cookie.split('=')[1]!))
      .execute()
    const peek = await app.request('/x', { headers: { Cookie: cookie, [SESSIE_PEEK_HEADER]: '1' } })
    expect(((await peek.json()) as { lastSeenAt: string }).lastSeenAt).toBe(before)
    expect(await stored(cookie)).toBe(before)

    const real = await app.request('/x', { headers: { Cookie: cookie } })
    const seen = ((await real.json()) as { lastSeenAt: string }).lastSeenAt
    expect(Date.parse(seen)).toBeGreaterThan(Date.parse(before))
    // The context tells the moment after this request, the same as the database.
    expect(Date.parse(await stored(cookie))).toBe(Date.parse(seen))
  })
})
