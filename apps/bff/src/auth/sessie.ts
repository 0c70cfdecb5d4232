import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import type { SessieStatus } from '@duo/portal-sdk/contract'
import type { AppEnv, AuthContext } from '@duo/server-kit'
import { authOf, requireLogin } from '@duo/server-kit'
import {
  sessionExpiry,
  touchSession,
  type Database,
  type SessionTimeouts,
} from '@duo/server-kit/platform'

/** How long this session lasts; the shell warns before it ends (WCAG 2.2.1). */
export function sessieStatus(auth: AuthContext | null, timeouts: SessionTimeouts): SessieStatus {
  const nu = new Date().toISOString()
  if (!auth)
    return {
      ingelogd: false,
      verlooptOp: null,
      absoluutVerlooptOp: null,
      inactiefSeconden: null,
      nu,
    }
  const ends = sessionExpiry(auth.session, timeouts)
  return {
    ingelogd: true,
    verlooptOp: ends.idle,
    absoluutVerlooptOp: ends.absolute,
    inactiefSeconden: timeouts.idleSeconds,
    nu,
  }
}

/**
 * `GET /api/sessie`: when the session ends. The shell asks with `SESSIE_PEEK_HEADER`, so asking
 * is no activity; anonymous is a plain answer, not a 401 (nothing expired for someone who never
 * logged in). `POST /api/sessie/verlengen`: "Blijf ingelogd", one request that counts as activity.
 */
export function sessieRoutes(db: Kysely<Database>, timeouts: SessionTimeouts) {
  return new Hono<AppEnv>()
    .get('/sessie', (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(sessieStatus(c.get('auth'), timeouts))
    })
    .post('/sessie/verlengen', requireLogin(), async (c) => {
      const auth = authOf(c)
      const now = new Date()
      await touchSession(db, auth.rawSessionId, now)
      c.header('Cache-Control', 'no-store')
      return c.json(
        sessieStatus(
          { ...auth, session: { ...auth.session, lastSeenAt: now.toISOString() } },
          timeouts,
        ),
      )
    })
}
