process.env.BENCH_NOSERVE = '1'
const { portal, cookie, logged, database } = await import('./setup')
import { CompiledQuery } from 'kysely'
for (let i = 0; i < 3; i++) await (await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })).arrayBuffer()
logged.length = 0
await (await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })).arrayBuffer()
const qs = [...logged] as any[]
for (const q of qs) {
  const N = 2000
  const t0 = process.cpuUsage()
  for (let i = 0; i < N; i++) await database.db.executeQuery(CompiledQuery.raw(q.sql, q.params))
  const u = process.cpuUsage(t0)
  let plan = ''
  if (database.dialect === 'sqlite') {
    const r = await database.db.executeQuery(CompiledQuery.raw('explain query plan ' + q.sql, q.params))
    plan = r.rows.map((x: any) => x.detail).join(' | ')
  } else {
    const r = await database.db.executeQuery(CompiledQuery.raw('explain ' + q.sql.replace(/\$(\d+)/g, (_: any, n: string) => `'${String(q.params[Number(n)-1]).replace(/'/g, "''")}'`)))
    plan = r.rows.map((x: any) => x['QUERY PLAN']).join(' | ')
  }
  console.error(((u.user + u.system) / N).toFixed(0).padStart(5), 'µs', q.sql.slice(0, 90), '\n        ', plan.slice(0, 300))
}
process.exit(0)
