import type { MiddlewareHandler } from 'hono'
import { socketAdres } from '@duo/server-kit/platform'

/**
 * Behind a load balancer the socket's address is the balancer's. When the request comes from a
 * configured balancer (`DUO_TRUSTED_PROXIES`), its X-Forwarded-For names the client: the last
 * entry, the one the balancer itself added (a client can put anything in front of it). Rate
 * limits per address (`clientAdres`) then count per client again. From anywhere else the header
 * is ignored, so nobody can pick the address a limit counts against.
 */
export function clientAddress(trustedProxies: string[]): MiddlewareHandler {
  const trusted = new Set(trustedProxies)
  return async (c, next) => {
    if (trusted.size && trusted.has(socketAdres(c))) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim()
      if (forwarded) c.set('clientAdres' as never, forwarded as never)
    }
    await next()
  }
}
