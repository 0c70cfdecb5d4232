// scratch: per-middleware cost in-process (not committed)
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { pino } from 'pino'
import { requestLog } from '../src/http/request-log'
import { portalSecurityHeaders } from '../src/http/security-headers'
import { compressApi } from '../src/http/compression'
import { createLogger } from '@duo/server-kit/platform'

const body = { meldingen: Array.from({ length: 20 }, (_, i) => ({ id: `id-${i}`, onderwerp: 'Vraag nummer ' + i, status: 'nieuw', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), x: null })), totaal: 200, ongelezen: 3 }
const variants: Record<string, (a: Hono) => void> = {
  bare: () => {},
  requestId: (a) => a.use(requestId()),
  logInfoStdout: (a) => a.use(requestLog(createLogger('info'))),
  logAsync: (a) => a.use(requestLog(pino({ level: 'info' }, pino.destination({ dest: 1, sync: false, minLength: 4096 })))),
  logWarn: (a) => a.use(requestLog(createLogger('warn'))),
  secHeaders: (a) => a.use(portalSecurityHeaders(['http://localhost:8081'], ['http://localhost:8090'])),
  compress: (a) => a.use('/api/*', compressApi()),
  cacheCtl: (a) => a.use('/api/*', async (c, next) => { await next(); if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store') }),
}
const N = Number(process.env.N ?? 20000)
for (const [name, add] of Object.entries(variants)) {
  const app = new Hono()
  add(app)
  app.get('/api/helpdesk/meldingen', (c) => { c.header('Cache-Control', 'no-store'); return c.json(body) })
  for (let i = 0; i < 2000; i++) await (await app.request('/api/helpdesk/meldingen?aantal=20')).arrayBuffer()
  const t0 = process.cpuUsage()
  for (let i = 0; i < N; i++) await (await app.request('/api/helpdesk/meldingen?aantal=20', { headers: { cookie: '__Host-duo-sessie=abc' } })).arrayBuffer()
  const u = process.cpuUsage(t0)
  console.error(name.padEnd(16), ((u.user + u.system) / N).toFixed(1), 'µs/req')
}
