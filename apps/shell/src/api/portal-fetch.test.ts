import { afterEach, describe, expect, it, vi } from 'vitest'
import { portalFetch } from './portal-fetch'

describe('portalFetch', () => {
  const calls: Array<{ url: string; init: RequestInit }> = []
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response('{}')
  })
  afterEach(() => {
    calls.length = 0
  })

  it('adds the CSRF header to state-changing calls only, and sends cookies same-origin', async () => {
    await portalFetch('/api/me')
    await portalFetch('/api/x', { method: 'POST', body: '{}' })
    const [get, post] = calls
    expect(new Headers(get!.init.headers).get('X-DUO-CSRF')).toBeNull()
    expect(new Headers(post!.init.headers).get('X-DUO-CSRF')).toBe('1')
    expect(post!.init.credentials).toBe('same-origin')
  })
})
