import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import { SESSIE_PEEK_HEADER } from '@duo/portal-sdk/contract'
import type { Database } from '../db/schema'
import type { Clock } from '../../clock'
import type { AppEnv } from '../../http/env'
import { getSessionMetPersoon, rotateSession, touchSession } from '../stores/sessions'
import type { AuthCache } from './cache'
import { buildAuthContext, grantsVersion } from './context'
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './cookies'

/** How long sessions live; the BFF reads these from its configuration. */
export interface SessionTimeouts {
  idleSeconds: number
  absoluteSeconds: number
}

// last_seen_at is written at most this often: idle timeouts of minutes need no write per request.
const TOUCH_EVERY_MS = 30_000

/** When a session ends: without activity (idle) and at the latest (absolute), ISO. */
export function sessionExpiry(
  session: { lastSeenAt: string; absoluteExpiresAt: string },
  timeouts: SessionTimeouts,
): { idle: string; absolute: string } {
  const idle = Date.parse(session.lastSeenAt) + timeouts.idleSeconds * 1000
  const absolute = Date.parse(session.absoluteExpiresAt)
  return {
    idle: new Date(Math.min(idle, absolute)).toISOString(),
    absolute: new Date(absolute).toISOString(),
  }
}

/**
 * Loads the session of the cookie, if any, and who the person is now. Session timeouts run on
 * real time (DUO_NOW fixes the date rules, not how long someone may sit idle). When the
 * person's grants changed since the session began, the session gets a new id.
 * A request with the `SESSIE_PEEK_HEADER` (the shell asking how long the session lasts) is no
 * activity: it never extends the idle timeout. The context's `session.lastSeenAt` is the moment
 * after this request, so a handler can tell when the session ends (`sessionExpiry`).
 */
export function loadSession(deps: {
  db: Kysely<Database>
  clock: Clock
  auth: SessionTimeouts
  cache?: AuthCache
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', null)
    const rawId = readSessionCookie(c)
    if (rawId) {
      const realNow = new Date()
      const found = await getSessionMetPersoon(deps.db, rawId, {
        now: realNow,
        idleTimeoutMs: deps.auth.idleSeconds * 1000,
      })
      if (!found) {
        clearSessionCookie(c)
      } else {
        const { session, persoon, rechtenTeller } = found
        let current = rawId
        let lastSeenAt = session.lastSeenAt
        const context = await buildAuthContext(
          deps.db,
          rawId,
          session,
          persoon,
          deps.clock.now(),
          deps.cache ? { cache: deps.cache, rechtenTeller } : undefined,
        )
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
            lastSeenAt = realNow.toISOString()
            writeSessionCookie(c, rotated, deps.auth.absoluteSeconds)
          }
        } else if (
          c.req.header(SESSIE_PEEK_HEADER) !== '1' &&
          realNow.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS
        ) {
          await touchSession(deps.db, rawId, realNow)
          lastSeenAt = realNow.toISOString()
        }
        c.set('auth', {
          ...context,
          session: { ...context.session, lastSeenAt },
          rawSessionId: current,
        })
      }
    }
    await next()
  }
}
