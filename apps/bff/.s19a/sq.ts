const { portal, cookie, logged, dataDir } = await import('./setup')
import { createRequire } from 'node:module'
const Sqlite = createRequire('/work/main/packages/server-kit/package.json')('better-sqlite3')
import { join } from 'node:path'
await (await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })).arrayBuffer()
logged.length = 0
await (await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })).arrayBuffer()
const qs = [...logged] as any[]
const db = new Sqlite(join(dataDir, 'portal.sqlite'))
const N = 5000
for (const q of qs) {
  let t = process.cpuUsage()
  for (let i = 0; i < N; i++) db.prepare(q.sql)
  const prep = process.cpuUsage(t)
  const st = db.prepare(q.sql)
  t = process.cpuUsage()
  for (let i = 0; i < N; i++) st.all(q.params)
  const run = process.cpuUsage(t)
  console.error(`prepare ${((prep.user + prep.system) / N).toFixed(1)} µs  all ${((run.user + run.system) / N).toFixed(1)} µs  ${q.sql.slice(0, 70)}`)
}
process.exit(0)
