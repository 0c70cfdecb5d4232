import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import { decide, type PermissionId, type Resource } from '@duo/authz'
import type { Database } from '../db/schema'
import type { Clock } from '../platform/clock'
import type { AppEnv } from '../http/env'
import { ApiProblem, apiError } from '../http/errors'
import { getSession, rotateSession, touchSession } from '../stores/sessions'
import { getPersoon } from '../stores/people'
import { buildAuthContext, grantsVersion, type AuthContext } from './context'
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './cookies'
import type { AuthConfig } from './config'

// last_seen_at is written at most this often: idle timeouts of minutes need no write per request.
const TOUCH_EVERY_MS = 30_000

/**
 * Loads the session of the cookie, if any, and who the person is now. Session timeouts run on
 * real time (DUO_NOW fixes the date rules, not how long someone may sit idle). When the
 * person's grants changed since the session began, the session gets a new id.
 */
export function loadSession(deps: {
  db: Kysely<Database>
  clock: Clock
  auth: AuthConfig
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', null)
    const rawId = readSessionCookie(c)
    if (rawId) {
      const realNow = new Date()
      const session = await getSession(deps.db, rawId, {
        now: realNow,
        idleTimeoutMs: deps.auth.idleSeconds * 1000,
      })
      const persoon = session ? await getPersoon(deps.db, session.persoonId) : null
      if (!session || !persoon) {
        clearSessionCookie(c)
      } else {
        let current = rawId
        const context = await buildAuthContext(deps.db, rawId, session, persoon, deps.clock.now())
        const fingerprint = grantsVersion(context.grants)
        if (session.viaVoorganger) {
          // An old id right after a rotation: the browser gets the new cookie from that response.
        } else if (fingerprint !== session.rechtenVersie) {
          const rotated = await rotateSession(
            deps.db,
            rawId,
            { rechtenVersie: fingerprint },
            realNow,
          )
          if (rotated) {
            current = rotated
            writeSessionCookie(c, rotated, deps.auth.absoluteSeconds)
          }
        } else if (realNow.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
          await touchSession(deps.db, rawId, realNow)
        }
        c.set('auth', { ...context, rawSessionId: current })
      }
    }
    await next()
  }
}

/** 401 for anyone without a session. */
export function requireLogin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('auth')) {
      return c.json(
        apiError(
          'niet-ingelogd',
          'U bent niet (meer) ingelogd. Log opnieuw in.',
          'You are not (or no longer) logged in. Please log in again.',
        ),
        401,
      )
    }
    await next()
  }
}

/** The logged-in person; only inside routes behind `requireLogin`. */
export function authOf(c: { get(key: 'auth'): AuthContext | null }): AuthContext {
  const auth = c.get('auth')
  if (!auth)
    throw new ApiProblem(
      401,
      apiError('niet-ingelogd', 'U bent niet ingelogd.', 'You are not logged in.'),
    )
  return auth
}

/**
 * Asks `@duo/authz` about the object being touched (its own bestuur, not the URL's) and
 * answers 403 with the reason when refused. Returns the decision for the audit trail.
 * @example
 * const melding = await store.get(id)
 * authorize(auth, 'helpdesk.melding.lezen', { bestuur: await tree(melding.bestuursnummer) }, clock.now())
 */
export function authorize(
  auth: AuthContext,
  permission: PermissionId,
  resource: Resource,
  now: Date,
) {
  const decision = decide(auth.subject, permission, resource, { now })
  if (!decision.allowed) {
    throw new ApiProblem(
      403,
      apiError(decision.reason.code, decision.reason.nl, decision.reason.en),
    )
  }
  return decision
}
