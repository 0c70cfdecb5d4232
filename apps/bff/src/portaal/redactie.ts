/**
 * What the redactie's routes share: only DUO staff with `portaal.redactie.beheren` may write
 * (announcements, maintenance, the newsletter) or read the feedback, and every such write is
 * in the audit log under a `portaal.*` action.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import {
  GEEN_BESTUUR,
  authOf,
  authorize,
  type AppEnv,
  type AuthContext,
  type Clock,
} from '@duo/server-kit'
import { appendAudit, type Database } from '@duo/server-kit/platform'

/** The person, when they may run the redactie; otherwise 401 (no session) or 403 with why. */
export function redacteur(c: Context<AppEnv>, clock: Clock): AuthContext {
  const auth = authOf(c)
  authorize(auth, 'portaal.redactie.beheren', { bestuur: GEEN_BESTUUR }, clock.now())
  return auth
}

/** Before anything of a redactie route is read: refused unless the person may. */
export function alleenRedactie(clock: Clock): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    redacteur(c, clock)
    await next()
  }
}

export async function logRedactie(
  db: Kysely<Database>,
  auth: AuthContext,
  actie: string,
  details: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await appendAudit(
    db,
    {
      actie,
      actorPersoonId: auth.persoon.id,
      actorOmschrijving: `${auth.persoon.naam} (DUO redactie)`,
      sessieRef: auth.session.ref,
      details,
    },
    now,
  )
}

/** A Dutch calendar day: `YYYY-MM-DD` that exists. */
export function isDag(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
}
