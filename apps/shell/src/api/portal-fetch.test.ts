import { afterEach, describe, expect, it, vi } from 'vitest'
import { NIET_INGELOGD_EVENT } from '@duo/portal-sdk'
import { portalFetch } from './portal-fetch'

describe('portalFetch', () => {
  const calls: Array<{ url: string; init: RequestInit }> = []
  let status = 200
  let body = '{}'
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(body, { status })
  })
  afterEach(() => {
    calls.length = 0
    status = 200
    body = '{}'
  })

  it('adds the CSRF header to state-changing calls only, and sends cookies same-origin', async () => {
    await portalFetch('/api/me')
    await portalFetch('/api/x', { method: 'POST', body: '{}' })
    const [get, post] = calls
    expect(new Headers(get!.init.headers).get('X-DUO-CSRF')).toBeNull()
    expect(new Headers(post!.init.headers).get('X-DUO-CSRF')).toBe('1')
    expect(post!.init.credentials).toBe('same-origin')
  })

  it('tells the shell when a call finds the session gone', async () => {
    const heard = vi.fn()
    window.addEventListener(NIET_INGELOGD_EVENT, heard)
    status = 401
    await portalFetch('/api/helpdesk/meldingen', { method: 'POST' })
    expect(heard).toHaveBeenCalledOnce()
    expect((heard.mock.calls[0]![0] as CustomEvent).detail.path).toBe('/api/helpdesk/meldingen')
    // Asking how long the session lasts is not a call that found it gone.
    await portalFetch('/api/sessie', { headers: { 'X-DUO-Sessie-Peek': '1' } })
    expect(heard).toHaveBeenCalledOnce()
    // A wrong password (linking an old account) is the form's answer, not a lost session.
    body = JSON.stringify({ code: 'onjuiste-gegevens', nl: 'Onjuist', en: 'Wrong' })
    const fout = await portalFetch('/api/account/koppelen', { method: 'POST' })
    expect(heard).toHaveBeenCalledOnce()
    expect((await fout.json()).code).toBe('onjuiste-gegevens')
    body = JSON.stringify({ code: 'niet-ingelogd', nl: 'Niet ingelogd', en: 'Not logged in' })
    await portalFetch('/api/helpdesk/meldingen')
    expect(heard).toHaveBeenCalledTimes(2)
    window.removeEventListener(NIET_INGELOGD_EVENT, heard)
  })
})
