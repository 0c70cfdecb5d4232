import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'

/**
 * Serves the built shell (demo and single-machine deployments): hashed assets cached for a
 * year, every other path gets index.html so deep links work (the shell routes them).
 */
export function serveShell(app: Hono, dist: string): void {
  const indexFile = join(dist, 'index.html')
  if (!existsSync(indexFile)) throw new Error(`Shell niet gebouwd: ${indexFile} ontbreekt`)
  const index = readFileSync(indexFile, 'utf8')
  app.use(
    '/assets/*',
    serveStatic({
      root: dist,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  app.use('*', serveStatic({ root: dist, index: '__geen_index__' }))
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(index)
  })
}
