import { loadAuthConfig } from './config'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeGrant, listGrantsOfBestuur, demoPersoonId } from '@duo/server-kit/platform'
import { cookieFrom, createBffTestApp } from '../testing/test-app'

describe.each(dialectsUnderTest)('sessions and /api/me (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect, { env: { DUO_SESSION_IDLE_SECONDS: '60' } })
  })
  afterAll(() => t.close())

  it('answers 401 without a session and describes the person with one', async () => {
    expect((await t.request('GET', '/api/me')).status).toBe(401)
    const res = await t.request('GET', '/api/me', { as: 'schoolleiding-12ab' })
    expect(res.status).toBe(200)
    const me = await res.json()
    expect(me.persoon.naam).toBe('Eva Mulder')
    expect(me.organisatie).toMatchObject({
      kvk: '30123456',
      bestuursnummer: '41234',
      intermediair: null,
    })
    expect(me.grants).toEqual([
      expect.objectContaining({
        role: 'medewerker-schoolleiding-rod',
        kenmerk: '12AB',
        from: null,
        until: null,
      }),
    ])
    expect(me.bestuur.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual([
      '12AB',
      '34CD',
    ])
    expect(me.niveau).toBe('EH3')
  })

  it('records the intermediary of a ketenmachtiging', async () => {
    const me = await (await t.request('GET', '/api/me', { as: 'administratiekantoor' })).json()
    expect(me.organisatie.intermediair).toEqual({ kvk: '30999999' })
    expect(me.organisatie.bestuursnummer).toBe('41234')
  })

  it('refuses a state-changing call without the CSRF header', async () => {
    const res = await t.request('POST', '/api/account/koppelen', {
      as: 'helpdesk',
      json: { gebruikersnaam: 'x', wachtwoord: 'y' },
      csrf: false,
    })
    expect(res.status).toBe(403)
    expect((await res.json()).code).toBe('csrf')
  })

  it('lets a revoked grant take effect on the next request, with a new session id', async () => {
    const cookie = await t.loginAs('bestuur-rod')
    const before = await (await t.request('GET', '/api/me', { as: cookie })).json()
    expect(before.grants).toHaveLength(2)
    const persoonId = demoPersoonId('bestuur-rod')!
    const grant = (await listGrantsOfBestuur(t.db, '41234')).find(
      (g) => g.persoonId === persoonId && g.role === 'po-informatiediensten',
    )!
    await revokeGrant(t.db, grant.id, { door: null })
    const res = await t.request('GET', '/api/me', { as: cookie })
    const after = await res.json()
    expect(after.grants.map((g: { role: string }) => g.role)).toEqual(['medewerker-bestuur-rod'])
    const rotated = cookieFrom(res)
    expect(rotated).not.toBeNull()
    expect(rotated).not.toBe(cookie)
    expect((await t.request('GET', '/api/me', { as: rotated! })).status).toBe(200)
    // Requests already under way with the old id are served for a moment, with the new rights…
    const late = await t.request('GET', '/api/me', { as: cookie })
    expect(late.status).toBe(200)
    expect(cookieFrom(late)).toBeNull()
    expect((await late.json()).grants).toHaveLength(1)
    // …and after the grace period the old id is gone.
    const { hashSessionId, ROTATION_GRACE_MS } = await import('@duo/server-kit/platform')
    await t.db
      .updateTable('sessie')
      .set({ vervangen_op: new Date(Date.now() - ROTATION_GRACE_MS - 1).toISOString() })
      .where('id_hash', '=', hashSessionId(cookie.split('=')[1]!))
      .execute()
    expect((await t.request('GET', '/api/me', { as: cookie })).status).toBe(401)
    expect((await t.request('GET', '/api/me', { as: rotated! })).status).toBe(200)
  })

  it('serves parallel requests after a grant change without logging the person out', async () => {
    const cookie = await t.loginAs('rio-medewerker')
    const persoonId = demoPersoonId('rio-medewerker')!
    const grant = (await listGrantsOfBestuur(t.db, '41234')).find((g) => g.persoonId === persoonId)!
    await revokeGrant(t.db, grant.id, { door: null })
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.request('GET', '/api/me', { as: cookie })),
    )
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200])
    expect(answers.filter((r) => cookieFrom(r)).length).toBe(1)
  })

  it("does not rotate a DUO employee's session on its first request", async () => {
    const cookie = await t.loginAs('servicedesk')
    const res = await t.request('GET', '/api/me', { as: cookie })
    expect(res.status).toBe(200)
    expect(cookieFrom(res)).toBeNull()
    expect((await res.json()).grants).toEqual([
      expect.objectContaining({ role: 'duo-security-servicedesk', kenmerk: 'DUO' }),
    ])
  })

  it('ends a session after the idle timeout', async () => {
    const cookie = await t.loginAs('raadpleger')
    const raw = cookie.split('=')[1]!
    const { hashSessionId } = await import('@duo/server-kit/platform')
    await t.db
      .updateTable('sessie')
      .set({ last_seen_at: new Date(Date.now() - 61_000).toISOString() })
      .where('id_hash', '=', hashSessionId(raw))
      .execute()
    expect((await t.request('GET', '/api/me', { as: cookie })).status).toBe(401)
  })

  it('ends a session at the absolute timeout, however active', async () => {
    const cookie = await t.loginAs('osr')
    const { hashSessionId } = await import('@duo/server-kit/platform')
    await t.db
      .updateTable('sessie')
      .set({ absolute_expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id_hash', '=', hashSessionId(cookie.split('=')[1]!))
      .execute()
    expect((await t.request('GET', '/api/me', { as: cookie })).status).toBe(401)
  })

  it('invalidates the session server-side on logout, and refuses a cross-site logout form', async () => {
    const cookie = await t.loginAs('verantwoording')
    const forged = await t.request('POST', '/auth/logout', {
      as: cookie,
      headers: {
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: '',
    })
    expect(forged.status).toBe(403)
    expect((await t.request('GET', '/api/me', { as: cookie })).status).toBe(200)
    const res = await t.request('POST', '/auth/logout', {
      as: cookie,
      headers: {
        Origin: 'http://localhost:8080',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: '',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('set-cookie')).toMatch(/__Host-duo-sessie=;/)
    expect((await t.request('GET', '/api/me', { as: cookie })).status).toBe(401)
  })

  it('sets the session cookie __Host-, Secure, HttpOnly and SameSite, holding only a random id', async () => {
    const { startSession } = await import('./routes')
    const { Hono } = await import('hono')
    const app = new Hono().get('/', async (c) => {
      await startSession(
        c,
        { db: t.db, auth: loadAuthConfig({ DUO_DEMO_DATA: 'true' }), clock: t.clock },
        {
          persoonId: (await import('@duo/server-kit/platform')).demoPersoonId('osr')!,
          methode: 'eherkenning',
          actsForKvk: '30123456',
          intermediairKvk: null,
          machtigingen: ['mijn-duo'],
          niveau: 'EH3',
          idToken: 'geheim-id-token',
        },
      )
      return c.text('ok')
    })
    const setCookie = (await app.request('/')).headers.get('set-cookie')!
    expect(setCookie).toMatch(/^__Host-duo-sessie=[A-Za-z0-9_-]{22};/)
    expect(setCookie).toContain('Secure')
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).not.toContain('geheim-id-token')
  })
})
