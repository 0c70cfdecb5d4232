// scratch: queries per request of the portal list (not committed)
process.env.BENCH_NOSERVE = '1'
const { portal, cookie, logged } = await import('./setup')
for (let i = 0; i < 5; i++) await (await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })).arrayBuffer()
logged.length = 0
const res = await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })
console.error(res.status, (await res.text()).length)
for (const q of logged) console.error(q.ms.toFixed(3), 'ms', q.sql.slice(0, 160))
const N = Number(process.env.N ?? 3000)
let t0 = process.cpuUsage()
for (let i = 0; i < N; i++) await (await portal.request('http://localhost:8080/api/helpdesk/meldingen?aantal=20', { headers: { cookie } })).arrayBuffer()
let u = process.cpuUsage(t0)
console.error('portal in-process', ((u.user + u.system) / N).toFixed(0), 'µs/req')
process.exit(0)
