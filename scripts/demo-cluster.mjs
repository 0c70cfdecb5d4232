// `npm run demo:cluster`: the portal as a cluster on one machine: PostgreSQL, two BFF instances
// (DUO_CLUSTER_INSTANCES for more) behind nginx on http://localhost:8180, the sections and the
// test broker. Uses the builds that are there (builds the shell when it is missing). Ctrl-C
// stops everything.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { startCluster } from './lib/cluster.mjs'
import { ROOT } from './lib/sections.mjs'

if (!existsSync(`${ROOT}apps/shell/dist/index.html`)) {
  console.log('De shell is niet gebouwd: bouwen…')
  execSync('pnpm --filter @duo/shell build', { cwd: ROOT, stdio: 'inherit' })
}
// Request lines stay out of the terminal unless LOG_LEVEL asks for them.
const cluster = await startCluster({
  base: Number(process.env.DUO_CLUSTER_PORT ?? 8180),
  instances: Number(process.env.DUO_CLUSTER_INSTANCES ?? 2),
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
})
console.log(`
Mijn DUO (cluster) draait op ${cluster.url}  (nginx, round robin)
  BFF-instanties:           ${cluster.instances.map((i) => `127.0.0.1:${i.port}`).join(', ')}
  PostgreSQL:               ${cluster.databaseUrl}
  eHerkenning-testmakelaar: ${cluster.issuer}
  secties:                  ${cluster.sectionList.map((s) => s.id).join(', ')}
  nginx-configuratie:       ${cluster.lb.conf}
Inloggen als demopersoon: ${cluster.url}/auth/login?login_hint=beheerder-po
Stoppen: Ctrl-C
`)
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    console.log('\nStoppen…')
    await cluster.stop()
    process.exit(0)
  })
}
