// A small static file server for built sections: each section on its own origin (port),
// under a versioned path, with CORS and compression, the way a team's CDN would serve it
// (README, "Deploying": the CDN settings). No dependencies.
import { createServer } from 'node:http'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

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

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.html', '.svg'])

/** brotli if the client takes it, else gzip, else nothing (q=0 refuses). */
export function chooseEncoding(acceptEncoding = '') {
  const q = new Map(
    acceptEncoding.split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';')
      const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return [name, weight ? Number(weight.slice(2)) : 1]
    }),
  )
  const ok = (name) => (q.get(name) ?? q.get('*') ?? 0) > 0
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null
}

/**
 * Compressed once per file version, then from memory: as a CDN does with compression at the
 * edge. Brotli at quality 9 (fast enough on the first request, close to 11); gzip -9.
 */
function compressedCache() {
  const cache = new Map()
  return (file, stat, encoding) => {
    const key = `${file}:${stat.mtimeMs}:${stat.size}`
    let entry = cache.get(file)
    if (entry?.key !== key) {
      const body = readFileSync(file)
      entry = { key, body, br: null, gzip: null }
      cache.set(file, entry)
    }
    entry[encoding] ??=
      encoding === 'br'
        ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(entry.body, { level: 9 })
    return entry[encoding]
  }
}

/**
 * Serves `dir` under `/<prefix>/` on `port`. `mode: 'hang'` accepts connections and never
 * answers (to test that a slow section cannot hang the shell).
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export function startStaticServer({ dir, port, prefix = '', host = '127.0.0.1', mode = 'serve' }) {
  const root = normalize(dir)
  const sockets = new Set()
  const compressed = compressedCache()
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
    res.setHeader('Vary', 'Origin, Accept-Encoding')
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
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    }
    const encoding =
      COMPRESSIBLE.has(extname(file)) && stat.size >= 1024
        ? chooseEncoding(req.headers['accept-encoding'])
        : null
    if (encoding) {
      const body = compressed(file, stat, encoding)
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
      })
      return res.end(req.method === 'HEAD' ? undefined : body)
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size })
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
