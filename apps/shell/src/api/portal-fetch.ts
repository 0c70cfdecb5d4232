import { CSRF_HEADER, NIET_INGELOGD_EVENT, SESSIE_PEEK_HEADER } from '@duo/portal-sdk'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * fetch for the BFF: same-origin cookies, and the CSRF header on every state-changing call
 * (the BFF refuses JSON writes without it; a cross-site form cannot set custom headers).
 * A 401 `niet-ingelogd` means the session is gone: it fires `NIET_INGELOGD_EVENT`, so the shell
 * can keep the forms' input and offer a login link back to the page, whichever section made the
 * call. Another 401 (a wrong password while linking an account) is the form's own answer.
 */
/** Whether a 401 says the session is gone (code `niet-ingelogd`, or no error body at all). */
async function sessieWeg(res: Response): Promise<boolean> {
  try {
    const body: unknown = await res.clone().json()
    const code = (body as { code?: unknown } | null)?.code
    return typeof code !== 'string' || code === 'niet-ingelogd'
  } catch {
    return true
  }
}

export const portalFetch: typeof fetch = async (input, init = {}) => {
  const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
  const headers = new Headers(
    init.headers ?? (input instanceof Request ? input.headers : undefined),
  )
  if (!SAFE.has(method)) headers.set(CSRF_HEADER, '1')
  headers.set('Accept', headers.get('Accept') ?? 'application/json')
  const res = await fetch(input, { ...init, headers, credentials: 'same-origin' })
  if (res.status === 401 && !headers.has(SESSIE_PEEK_HEADER) && (await sessieWeg(res))) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    globalThis.dispatchEvent(new CustomEvent(NIET_INGELOGD_EVENT, { detail: { path: url } }))
  }
  return res
}
