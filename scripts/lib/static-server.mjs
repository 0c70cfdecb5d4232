// A small static file server for built sections: each section on its own origin (port),
// under a versioned path, with CORS, the way a team's CDN would serve it. No dependencies.
import { createServer } from 'node:http'
import { createReadStream, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/**
 * Serves `dir` under `/<prefix>/` on `port`. `mode: 'hang'` accepts connections and never
 * answers (to test that a slow section cannot hang the shell).
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export function startStaticServer({ dir, port, prefix = '', host = '127.0.0.1', mode = 'serve' }) {
  const root = normalize(dir)
  const sockets = new Set()
  const server = createServer((req, res) => {
    try {
      serve(req, res)
    } catch {
      // Whatever a request holds, it never takes the server (and the demo) down.
      if (!res.headersSent) res.writeHead(500).end('server error')
      else res.destroy()
    }
  })
  function serve(req, res) {
    if (mode === 'hang') return
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Vary', 'Origin')
    if (req.method === 'OPTIONS') return res.writeHead(204).end()
    const url = new URL(req.url ?? '/', 'http://x')
    let wanted
    try {
      wanted = decodeURIComponent(url.pathname)
    } catch {
      return res.writeHead(400).end('bad request')
    }
    if (prefix && !wanted.startsWith(`/${prefix}/`)) return res.writeHead(404).end('not found')
    const file = normalize(join(root, wanted.slice(prefix ? prefix.length + 1 : 0)))
    if (!file.startsWith(root + sep)) return res.writeHead(403).end()
    let stat
    try {
      stat = statSync(file)
    } catch {
      return res.writeHead(404).end('not found')
    }
    if (!stat.isFile()) return res.writeHead(404).end('not found')
    const hashed = /-[A-Za-z0-9_-]{8}\.(js|css)$/.test(file)
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    createReadStream(file).pipe(res)
  }
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () =>
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy()
            server.close(() => done())
          }),
      }),
    )
  })
}
