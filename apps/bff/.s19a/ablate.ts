const { database, composed, cookie, clock } = await import('./setup')
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { createLogger, loadSession } from '@duo/server-kit/platform'
import { requestLog } from '../src/http/request-log'
import { portalSecurityHeaders } from '../src/http/security-headers'
import { compressApi } from '../src/http/compression'
import { requireCsrfHeader } from '../../../packages/server-kit/src/http/csrf'
import { bodyLimiet } from '../../../packages/server-kit/src/http/limits'
import { platformErrorHandler } from '../../../packages/server-kit/src/platform/api-app'
const logger = createLogger(process.env.LOG_LEVEL ?? 'info')
type Opt = Partial<Record<'reqid'|'log'|'sec'|'compress'|'session'|'body'|'cachectl'|'csrf'|'allroutes', boolean>>
function build(o: Opt) {
  const app = new Hono<any>()
  if (o.reqid) app.use(requestId())
  if (o.log) app.use(requestLog(logger))
  if (o.sec) app.use(portalSecurityHeaders(['http://localhost:8081'], ['http://localhost:8090']))
  if (o.compress) app.use('/api/*', compressApi())
  app.use('/api/*', loadSession({ db: database.db, clock, auth: { idleSeconds: 900, absoluteSeconds: 28800 }, cache: composed.authCache }))
  if (o.body) { const l = bodyLimiet(100 * 1024); app.use('/api/*', l) }
  if (o.cachectl) app.use('/api/*', async (c, next) => { await next(); if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store') })
  const api = new Hono<any>()
  if (o.csrf) api.use(requireCsrfHeader())
  if (o.allroutes) composed.mount(api)
  else api.route('/helpdesk', (composed as any).__hd ??= (await_hd()))
  app.route('/api', api)
  app.all('/api/*', (c) => c.json({ x: 1 }, 404))
  app.onError(platformErrorHandler(logger))
  return app
}
import helpdesk from '@duo/helpdesk/api'
function await_hd() { return helpdesk.routes(composed.platformOf('helpdesk')) }
const all: Opt = { reqid: true, log: true, sec: true, compress: true, session: true, body: true, cachectl: true, csrf: true, allroutes: true }
const variants: Record<string, Hono<any>> = { all: build(all), none: build({}) }
for (const k of Object.keys(all)) variants['-' + k] = build({ ...all, [k]: false })
const N = Number(process.env.N ?? 400), R = Number(process.env.R ?? 8)
const url = 'http://localhost:8080/api/helpdesk/meldingen?aantal=20'
const sums: Record<string, number> = {}
for (const a of Object.values(variants)) for (let i = 0; i < 200; i++) await (await a.request(url, { headers: { cookie } })).arrayBuffer()
for (let r = 0; r < R; r++) for (const [k, a] of Object.entries(variants)) {
  const t = process.cpuUsage()
  for (let i = 0; i < N; i++) { const res = await a.request(url, { headers: { cookie } }); if (res.status !== 200) throw new Error(k + res.status); await res.arrayBuffer() }
  const u = process.cpuUsage(t)
  sums[k] = Math.min(sums[k] ?? Infinity, (u.user + u.system) / N)
}
for (const [k, v] of Object.entries(sums)) console.error(k.padEnd(14), v.toFixed(0), 'µs', k.startsWith('-') ? `(saves ${(sums.all - v).toFixed(0)})` : '')
process.exit(0)
