import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Context, Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'

/** The encoding to send, from the request's Accept-Encoding: brotli first, then gzip. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return [name, q ? Number(q.slice(2)) : 1] as const
    }),
  )
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null
}

/**
 * Serves the built shell (demo and single-machine deployments): hashed assets cached for a
 * year, every other path gets index.html so deep links work (the shell routes them). Assets are
 * sent as the `.br` or `.gz` file the shell's build wrote next to them (`precompressed`), so no
 * CPU is spent per request; index.html is compressed once, at start-up.
 */
export function serveShell(app: Hono, dist: string): void {
  const indexFile = join(dist, 'index.html')
  if (!existsSync(indexFile)) throw new Error(`Shell niet gebouwd: ${indexFile} ontbreekt`)
  const index = readFileSync(indexFile)
  const indexAs = {
    br: brotliCompressSync(index, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(index, { level: 9 }),
  }
  // Set on the way out: serveStatic's onFound runs after its response is made.
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200)
      c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use('/assets/*', serveStatic({ root: dist, precompressed: true }))
  // A missing asset is a 404, never index.html (which would then be cached as that asset).
  app.get('/assets/*', (c) => c.text('Niet gevonden', 404))
  app.use('*', serveStatic({ root: dist, index: '__geen_index__', precompressed: true }))
  app.get('*', (c: Context) => {
    c.header('Cache-Control', 'no-cache')
    c.header('Content-Type', 'text/html; charset=UTF-8')
    c.header('Vary', 'Accept-Encoding')
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'))
    if (!encoding) return c.body(new Uint8Array(index))
    c.header('Content-Encoding', encoding)
    return c.body(new Uint8Array(indexAs[encoding]))
  })
}
