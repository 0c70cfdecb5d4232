const { portal } = await import('./setup-all')
const r: any = (portal as any).router
console.error('routes', (portal as any).routes.length)
const N = 20000
r.match('GET', '/x'); console.error('router', r.name, r.activeRouter?.name)
for (const path of ['/api/helpdesk/meldingen', '/api/me']) {
  r.match('GET', path)
  const t = process.cpuUsage()
  for (let i = 0; i < N; i++) r.match('GET', path + (i % 2 ? '' : ''))
  const u = process.cpuUsage(t)
  const m = r.match('GET', path)
  console.error(path, ((u.user + u.system) / N).toFixed(2), 'µs/match', 'handlers', (m[0] ?? []).length)
}
process.exit(0)
