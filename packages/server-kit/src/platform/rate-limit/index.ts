/**
 * Rate limits for the platform's credential checks and for sections (a machine API, a public
 * form): hono-rate-limiter with its counters in the database, answering 429 with
 * `Retry-After` in the API's one error shape.
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import { rateLimiter } from 'hono-rate-limiter'
import type { AppEnv } from '../../http/env'
import { apiFout } from '../../http/errors'
import type { Database } from '../db/schema'
import { tellerStore } from './store'

export interface RateLimitOpties {
  /** Which limit: part of the counter's key, e.g. `login-ip`. */
  naam: string
  /** Requests allowed per window. */
  limiet: number
  vensterSeconden: number
  /** Whom the limit counts for: an IP address, an account, a client id. Null: not counted. */
  sleutel(c: Context<AppEnv>): string | null | Promise<string | null>
  /** The answer over the limit; default 429 in the API's error shape. A browser page may redirect. */
  teVaak?(c: Context<AppEnv>, seconden: number): Response
}

/** The address of the socket: the client, or the load balancer in front of it. */
export function socketAdres(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming
  return incoming?.socket?.remoteAddress ?? 'onbekend'
}

/**
 * The client's address: what a trusted load balancer said (`clientAdres` on the context, see
 * the BFF's `http/client-address.ts`), else the socket's. Behind a balancer every request
 * comes from the balancer: without this, one person's tries would count for everybody.
 */
export function clientAdres(c: Context): string {
  return (c.get('clientAdres' as never) as string | undefined) ?? socketAdres(c)
}

export function createRateLimit(db: Kysely<Database>) {
  return (opties: RateLimitOpties): MiddlewareHandler<AppEnv> => {
    const NAAM = /^[a-z][a-z0-9-]*$/
    if (!NAAM.test(opties.naam)) throw new Error(`Ongeldige naam van een limiet '${opties.naam}'`)
    const limiter = rateLimiter<AppEnv>({
      windowMs: opties.vensterSeconden * 1000,
      limit: opties.limiet,
      standardHeaders: 'draft-6',
      store: tellerStore(db, opties.naam),
      keyGenerator: async (c) => (await opties.sleutel(c)) ?? '',
      skip: async (c) => (await opties.sleutel(c)) === null,
      handler: (c) => {
        const reset = c.get('rateLimit' as never) as { resetTime?: Date } | undefined
        const seconden = Math.max(
          1,
          Math.ceil(((reset?.resetTime?.getTime() ?? Date.now() + 1000) - Date.now()) / 1000),
        )
        c.header('Retry-After', String(seconden))
        if (opties.teVaak) return opties.teVaak(c, seconden)
        return c.json(
          apiFout(
            'te-veel-verzoeken',
            `U heeft dit te vaak geprobeerd. Probeer het over ${seconden} seconden opnieuw.`,
            `You have tried this too often. Please try again in ${seconden} seconds.`,
          ),
          429,
        )
      },
    })
    return limiter as MiddlewareHandler<AppEnv>
  }
}
