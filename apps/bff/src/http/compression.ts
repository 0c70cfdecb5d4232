import type { MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'

/**
 * gzip for the API's answers (JSON, CSV) above 1 kB, made on the fly. The built shell is served
 * precompressed instead (brotli and gzip files written at build time, see `static-shell.ts`).
 *
 * BREACH (a secret in a compressed body next to input an attacker controls, its length read
 * off the wire over many requests) does not reach these answers:
 * - the body holds no secret that grants access: the session id travels only in an httpOnly
 *   cookie (a header, never compressed by gzip), and the CSRF defence is a constant header,
 *   not a token in a page;
 * - an attacker's page cannot make the browser fetch them with the session: the cookie is
 *   SameSite=Lax, so cross-site fetches and images arrive without it and get a 401;
 * - every answer is `Cache-Control: no-store`, so nothing is replayed from a shared cache.
 * A route that does put a secret in its body (a one-time token, a recovery code) must say so
 * with `Cache-Control: no-store, no-transform`: compression never touches a `no-transform`
 * answer (`hono/compress` honours it), so that secret never shares a compressed stream with
 * reflected input.
 */
export function compressApi(): MiddlewareHandler {
  const gzip = compress({ encoding: 'gzip', threshold: 1024 })
  return (c, next) => {
    // Vary before the answer exists: set afterwards, it makes Hono rebuild the answer as a
    // stream (hundreds of µs per request). A client without gzip skips the rest altogether.
    c.header('Vary', 'Accept-Encoding', { append: true })
    if (!/\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '')) return next()
    return gzip(c, async () => {
      await next()
      // `c.json` sets no Content-Length, so the threshold would not apply: JSON is in memory
      // anyway, so measure it (a small answer gzipped only grows). Downloads stay streamed.
      const res = c.res
      if (
        res.body &&
        !res.headers.has('Content-Length') &&
        /^application\/json/i.test(res.headers.get('Content-Type') ?? '')
      ) {
        const body = await res.arrayBuffer()
        c.res = new Response(body, res)
        c.res.headers.set('Content-Length', String(body.byteLength))
      }
    })
  }
}
