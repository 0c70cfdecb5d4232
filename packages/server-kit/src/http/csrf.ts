import type { MiddlewareHandler } from 'hono'
import { CSRF_HEADER } from '@duo/portal-sdk/contract'
import { apiFout } from './errors'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF defence for the JSON API: every state-changing call must carry `X-DUO-CSRF`. A page of
 * another site cannot set a custom header without a CORS preflight, which this API never
 * allows. (hono/csrf covers only form posts; it guards /auth.)
 */
export function requireCsrfHeader(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE.has(c.req.method) && c.req.header(CSRF_HEADER) !== '1') {
      return c.json(
        apiFout(
          'csrf',
          'Dit verzoek mist de beveiligingskop en is geweigerd.',
          'This request lacks the security header and was refused.',
        ),
        403,
      )
    }
    await next()
  }
}
