import { afterEach, describe, expect, it, vi } from 'vitest'
import { NIET_INGELOGD_EVENT } from '@duo/portal-sdk'
import { portalFetch } from './portal-fetch'

describe('portalFetch', () => {
  const calls: Array<{ url: string; init: RequestInit }> = []
  let status = 200
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response('{}', { status })
  })
  afterEach(() => {
    calls.length = 0
    status = 200
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
    window.removeEventListener(NIET_INGELOGD_EVENT, heard)
  })
})
