// The drill's browser stand-in: one per virtual user, with its own keep-alive connection, its
// own cookies (per origin) and its own loopback address (127.0.0.x), so the portal sees 200
// different clients, as it would behind a real balancer. No dependencies.
import { Agent, request } from 'node:http'

/** A cookie jar per origin; paths and the Secure flag are ignored (everything is localhost). */
class Jar {
  #byOrigin = new Map()
  header(origin) {
    const jar = this.#byOrigin.get(origin)
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : ''
  }
  store(origin, setCookies = []) {
    const jar = this.#byOrigin.get(origin) ?? new Map()
    this.#byOrigin.set(origin, jar)
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(';')
      const i = pair.indexOf('=')
      const name = pair.slice(0, i).trim()
      const gone = attrs.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
      )
      if (gone) jar.delete(name)
      else jar.set(name, pair.slice(i + 1).trim())
    }
  }
  get(origin, name) {
    return this.#byOrigin.get(origin)?.get(name)
  }
}

export function createClient({ localAddress, t0 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 })
  const jar = new Jar()

  /** One request; never throws: a network error comes back as `{ status: 0, error }`. */
  function send(method, href, { headers = {}, body } = {}) {
    const url = new URL(href)
    const start = performance.now() - t0
    return new Promise((resolve) => {
      const req = request(
        {
          method,
          // Connect to the loopback address itself; the Host header keeps the name (nginx and
          // openid-client build URLs from it).
          host: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          localAddress,
          agent,
          headers: {
            host: url.host,
            cookie: jar.header(url.origin),
            ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () => {
            jar.store(url.origin, res.headers['set-cookie'])
            resolve({
              status: res.statusCode,
              headers: res.headers,
              body: Buffer.concat(chunks),
              start,
              end: performance.now() - t0,
            })
          })
          res.on('error', (error) =>
            resolve({
              status: 0,
              error: error.code ?? error.message,
              start,
              end: performance.now() - t0,
            }),
          )
        },
      )
      req.on('error', (error) =>
        resolve({
          status: 0,
          error: error.code ?? error.message,
          start,
          end: performance.now() - t0,
        }),
      )
      req.end(body)
    })
  }

  return {
    jar,
    send,
    /** GET, following redirects across origins (the OIDC round trip) with the cookies. */
    async follow(href, onHop = () => {}) {
      let url = href
      for (let hop = 0; hop < 20; hop++) {
        const res = await send('GET', url)
        onHop(url, res)
        const location = res.headers?.location
        if (res.status < 300 || res.status >= 400 || !location) return { ...res, url }
        url = new URL(location, url).href
      }
      throw new Error(`te veel redirects vanaf ${href}`)
    },
    close: () => agent.destroy(),
  }
}

/** A multipart/form-data body: fields, and files as `{ name, type, content }`. */
export function multipart(fields, files = {}) {
  const boundary = `----drill${Math.random().toString(16).slice(2)}`
  const parts = []
  for (const [k, v] of Object.entries(fields))
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
  for (const [k, f] of Object.entries(files))
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      f.content,
      '\r\n',
    )
  parts.push(`--${boundary}--\r\n`)
  return {
    body: Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}
