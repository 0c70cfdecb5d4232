import { CSRF_HEADER } from '@duo/portal-sdk'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * fetch for the BFF: same-origin cookies, and the CSRF header on every state-changing call
 * (the BFF refuses JSON writes without it; a cross-site form cannot set custom headers).
 */
export const portalFetch: typeof fetch = (input, init = {}) => {
  const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
  const headers = new Headers(
    init.headers ?? (input instanceof Request ? input.headers : undefined),
  )
  if (!SAFE.has(method)) headers.set(CSRF_HEADER, '1')
  headers.set('Accept', headers.get('Accept') ?? 'application/json')
  return fetch(input, { ...init, headers, credentials: 'same-origin' })
}
