import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers with a Content-Security-Policy that admits scripts only from the portal
 * itself and from the configured section origins (each section is its own origin, like a CDN).
 */
export function portalSecurityHeaders(
  sectionOrigins: string[],
  brokerOrigins: string[] = [],
): MiddlewareHandler {
  const sources = ["'self'", ...new Set(sectionOrigins)]
  const portal = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: sources,
      connectSrc: sources,
      // Vue's scoped styles of a section are injected as <style> elements.
      styleSrc: [...sources, "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
      // Logout is a form post that the BFF redirects on to the broker's end-session page.
      formAction: ["'self'", ...new Set(brokerOrigins)],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
    referrerPolicy: 'same-origin',
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
  })
  // A download sets a stricter policy of its own (`default-src 'none'; sandbox`): keep it.
  return async (c, next) => {
    let eigen: string | null = null
    await portal(c, async () => {
      await next()
      eigen = c.res.headers.get('Content-Security-Policy')
    })
    if (eigen) c.res.headers.set('Content-Security-Policy', eigen)
  }
}
