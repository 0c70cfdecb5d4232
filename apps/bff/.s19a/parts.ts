const { portal, cookie, database, composed, rawId, clock } = await import('./setup')
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import helpdesk from '@duo/helpdesk/api'
import { buildAuthContext, getSessionMetPersoon, createLogger, loadSession } from '@duo/server-kit/platform'
import { requestLog } from '../src/http/request-log'
import { portalSecurityHeaders } from '../src/http/security-headers'
import { compressApi } from '../src/http/compression'
const found = (await getSessionMetPersoon(database.db, rawId))!
const authContext = { ...(await buildAuthContext(database.db, rawId, found.session, found.persoon, clock.now())), rawSessionId: rawId }
const routes = helpdesk.routes(composed.platformOf('helpdesk'))
function app(mw: Array<(a: Hono<any>) => void>, preset = true) {
  const a = new Hono<any>()
  for (const m of mw) m(a)
  if (preset) a.use(async (c, next) => { c.set('auth', authContext); await next() })
  a.route('/api/helpdesk', routes)
  return a
}
const logger = createLogger(process.env.LOG_LEVEL ?? 'info')
const variants: Record<string, Hono<any>> = {
  portal,
  section: app([]),
  'section+reqid': app([(a) => a.use(requestId())]),
  'section+log': app([(a) => a.use(requestLog(logger))]),
  'section+sec': app([(a) => a.use(portalSecurityHeaders(['http://localhost:8081'], []))]),
  'section+compress': app([(a) => a.use('/api/*', compressApi())]),
  'section+session': app([(a) => a.use('/api/*', loadSession({ db: database.db, clock, auth: { idleSeconds: 900, absoluteSeconds: 28800 }, cache: composed.authCache }))], false),
}
const N = Number(process.env.N ?? 500), R = Number(process.env.R ?? 6)
const sums: Record<string, number> = {}
const url = 'http://localhost:8080/api/helpdesk/meldingen?aantal=20'
for (const a of Object.values(variants)) for (let i = 0; i < 300; i++) await (await a.request(url, { headers: { cookie } })).arrayBuffer()
for (let r = 0; r < R; r++) for (const [k, a] of Object.entries(variants)) {
  const t = process.cpuUsage()
  for (let i = 0; i < N; i++) { const res = await a.request(url, { headers: { cookie } }); if (res.status !== 200) throw new Error(k + res.status); await res.arrayBuffer() }
  const u = process.cpuUsage(t)
  sums[k] = (sums[k] ?? 0) + (u.user + u.system) / N / R
}
for (const [k, v] of Object.entries(sums)) console.error(k.padEnd(20), v.toFixed(0), 'µs')
process.exit(0)
