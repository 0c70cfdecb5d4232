// `npm run drill`: a load and crash drill against the cluster (scripts/lib/cluster.mjs), not
// part of `npm test`. 200 sessions of several personas log in through the real OIDC round trip,
// then for 60 s list, open, file and upload helpdesk meldingen. Half-way one BFF instance is
// killed (SIGKILL) and started again; once, PostgreSQL refuses and cuts every connection for a
// few seconds. Then the checks, and a table; the exit code is 1 when a check fails.
//
//   DRILL_SESSIONS=200 DRILL_SECONDS=60 DRILL_INSTANCES=2 DRILL_THINK_MS=200 npm run drill
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { startCluster, psql } from './lib/cluster.mjs'
import { createClient, multipart } from './lib/drill-client.mjs'
import { classify, endpointTable } from './lib/drill-report.mjs'
import { ROOT } from './lib/sections.mjs'

const SESSIONS = Number(process.env.DRILL_SESSIONS ?? 200)
const SECONDS = Number(process.env.DRILL_SECONDS ?? 60)
const INSTANCES = Number(process.env.DRILL_INSTANCES ?? 2)
const THINK_MS = Number(process.env.DRILL_THINK_MS ?? 200)
const RESTART_AFTER_S = 5
const PG_CUT_S = 3
// Personas with the Mijn Helpdesk po machtiging, of both demo besturen.
const PERSONAS = ['beheerder-po', 'schoolleiding-12ab', 'helpdesk', 'beheerder-po-b']
const MIX = [
  ['list', 40],
  ['detail', 30],
  ['create', 10],
  ['upload', 10],
  ['archief', 10],
]
const RUN = randomBytes(3).toString('hex')
const DATABASE = 'duo_drill'
const dataDir = join(ROOT, 'data', 'drill')
rmSync(dataDir, { recursive: true, force: true })
mkdirSync(dataDir, { recursive: true })
const logFile = createWriteStream(join(dataDir, 'cluster.log'))
const say = (line) => console.log(`[drill] ${line}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
// Object.groupBy arrived in Node 21.
const groupBy = (list, key) =>
  list.reduce(
    (acc, x) => ((acc[key(x)] ??= []).push(x), acc),
    /** @type {Record<string, any[]>} */ ({}),
  )

say(`cluster starten (${INSTANCES} BFF-instanties, PostgreSQL-database ${DATABASE}, nginx)…`)
const cluster = await startCluster({
  base: Number(process.env.DRILL_PORT ?? 8280),
  instances: INSTANCES,
  database: DATABASE,
  fresh: true,
  dataDir,
  env: { LOG_LEVEL: 'warn' },
  log: (line) => logFile.write(`${line}\n`),
}).catch((error) => {
  // Usually a section in the middle of its team's work that does not start: show why.
  console.error(
    `[drill] het cluster startte niet: ${error.message}; zie ${join(dataDir, 'cluster.log')}`,
  )
  logFile.end(() => process.exit(2))
  return new Promise(() => {})
})
// Whatever happens from here on, the cluster is stopped again.
let stopped = false
const stopCluster = async () => {
  if (stopped) return
  stopped = true
  await cluster.stop()
  logFile.end()
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => void stopCluster().then(() => process.exit(130)))
process.on('uncaughtException', (error) => {
  console.error(error)
  void stopCluster().then(() => process.exit(2))
})
process.on('unhandledRejection', (error) => {
  console.error(error)
  void stopCluster().then(() => process.exit(2))
})
const t0 = performance.now()
const now = () => performance.now() - t0
const results = []
const record = (op, r) => results.push({ op, ...r, upstream: r.headers?.['x-upstream'] })

// --- 1. Log in: every session through nginx, the BFF and the broker, redirects followed.
say(`${SESSIONS} sessies inloggen via OIDC (login_hint)…`)
const users = Array.from({ length: SESSIONS }, (_, i) => ({
  i,
  persona: PERSONAS[i % PERSONAS.length],
  // Each its own client address (any 127.x address is loopback on Linux).
  client: createClient({ localAddress: `127.0.${1 + Math.floor(i / 250)}.${(i % 250) + 2}`, t0 }),
  ids: [],
  made: 0,
  loginInstance: null,
}))
const loginQueue = [...users]
await Promise.all(
  Array.from({ length: 10 }, async () => {
    for (let u = loginQueue.shift(); u; u = loginQueue.shift()) {
      const start = now()
      const res = await u.client.follow(
        `${cluster.url}/auth/login?login_hint=${u.persona}`,
        (url, r) => {
          if (new URL(url).pathname === '/auth/callback')
            u.loginInstance = r.headers?.['x-upstream']
        },
      )
      const me = await u.client.send('GET', `${cluster.url}/api/me`)
      record('login (OIDC, all hops)', { ...res, start, end: now() })
      u.naam = me.status === 200 ? JSON.parse(me.body).persoon.naam : null
      if (me.status !== 200)
        say(`login ${u.persona} #${u.i} mislukt: ${res.status} ${res.url} / me ${me.status}`)
    }
  }),
)
const loggedIn = users.filter((u) => u.naam)
say(`${loggedIn.length}/${SESSIONS} ingelogd; belasting ${SECONDS} s…`)

// --- 2. Load, with a crash and a database cut on the way.
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n% drill\n'), randomBytes(20_000)])
const api = `${cluster.url}/api/helpdesk`
const write = { 'X-DUO-CSRF': '1' }
const creates = [] // { id, status }
function pick() {
  let n = Math.random() * 100
  for (const [op, w] of MIX) if ((n -= w) < 0) return op
  return 'list'
}
async function step(u) {
  const op = u.ids.length ? pick() : 'list'
  if (op === 'list') {
    const r = await u.client.send('GET', `${api}/meldingen?aantal=20`)
    if (r.status === 200) u.ids = JSON.parse(r.body).meldingen.map((m) => m.id)
    return record('GET /meldingen?aantal=20', r)
  }
  if (op === 'detail') {
    const id = u.ids[Math.floor(Math.random() * u.ids.length)]
    return record('GET /meldingen/:id', await u.client.send('GET', `${api}/meldingen/${id}`))
  }
  if (op === 'archief') return record('GET /archief', await u.client.send('GET', `${api}/archief`))
  // A create carries its client-side id in the onderwerp, to count it in the database later.
  const id = `drill-${RUN}-${u.i}-${u.made++}`
  const form = multipart(
    { onderwerp: id, categorie: 'vraag', omschrijving: `Belastingproef ${RUN}` },
    op === 'upload'
      ? { bijlage: { name: 'bijlage.pdf', type: 'application/pdf', content: pdf } }
      : {},
  )
  const r = await u.client.send('POST', `${api}/meldingen`, {
    headers: { ...write, 'content-type': form.contentType },
    body: form.body,
  })
  creates.push({ id, status: r.status, upload: op === 'upload' })
  return record(op === 'upload' ? 'POST /meldingen (upload 20 kB)' : 'POST /meldingen', r)
}
const loadStart = now()
const until = loadStart + SECONDS * 1000
const events = []
const kills = []
const victim = cluster.instances[0]
const chaosErrors = []
const chaos = (async () => {
  await sleep(SECONDS * 500)
  // From the signal until the process is gone: a request sent in that window can still reach it.
  const signalled = now()
  await victim.kill('SIGKILL')
  kills.push({ from: signalled, to: now() })
  events.push(`${((signalled - loadStart) / 1000).toFixed(1)} s: kill -9 ${victim.name}`)
  await sleep(RESTART_AFTER_S * 1000)
  const restartAt = now()
  await victim.start()
  events.push(
    `${((restartAt - loadStart) / 1000).toFixed(1)} s: ${victim.name} started again (healthy after ${((now() - restartAt) / 1000).toFixed(1)} s)`,
  )
  // The cut at three quarters, or right after the restart when that took longer.
  await sleep(Math.max(0, loadStart + SECONDS * 750 - now()))
  const cutAt = now()
  const [[terminated]] = await psql(
    `ALTER DATABASE ${DATABASE} WITH ALLOW_CONNECTIONS false;
     SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '${DATABASE}';`,
  )
  await sleep(PG_CUT_S * 1000)
  await psql(`ALTER DATABASE ${DATABASE} WITH ALLOW_CONNECTIONS true;`)
  events.push(
    `${((cutAt - loadStart) / 1000).toFixed(1)} s: PostgreSQL: ${terminated} connections terminated, none accepted for ${PG_CUT_S} s`,
  )
})().catch((error) => {
  chaosErrors.push(String(error.message ?? error))
  events.push(`disruption failed: ${error.message ?? error}`)
})
await Promise.all(
  loggedIn.map(async (u) => {
    await sleep(Math.random() * 1000) // not all at once
    while (now() < until) {
      await step(u)
      if (THINK_MS) await sleep(Math.random() * THINK_MS)
    }
  }),
)
await chaos
const loadEnd = now()

// --- 3. Checks.
const failures = [...chaosErrors]
const loadResults = results.filter((r) => !r.op.startsWith('login'))
const kinds = groupBy(loadResults, (r) => classify(r, kills))
const n = (k) => kinds[k]?.length ?? 0
if (n('bff-5xx') + n('lb-error') + n('connection-error'))
  failures.push(
    `${n('bff-5xx')} real 5xx, ${n('lb-error')} balancer errors outside the kill, ${n('connection-error')} connection errors`,
  )

const rows = await psql(
  `SELECT m.onderwerp, count(DISTINCT m.id), count(b.id) FROM helpdesk_melding m
   LEFT JOIN helpdesk_bijlage b ON b.melding_id = m.id
   WHERE m.onderwerp LIKE 'drill-${RUN}-%' GROUP BY m.onderwerp`,
  DATABASE,
)
const inDb = new Map(
  rows.map(([id, count, bijlagen]) => [id, { count: Number(count), bijlagen: Number(bijlagen) }]),
)
const ok2xx = creates.filter((c) => c.status >= 200 && c.status < 300)
const missing = ok2xx.filter((c) => !inDb.has(c.id))
const twice = [...inDb].filter(([, v]) => v.count > 1)
const noFile = ok2xx.filter((c) => c.upload && inDb.get(c.id)?.bijlagen !== 1)
const unanswered = creates.filter((c) => !(c.status >= 200 && c.status < 300))
const writtenAnyway = unanswered.filter((c) => inDb.has(c.id))
if (missing.length) failures.push(`${missing.length} confirmed creates missing`)
if (twice.length) failures.push(`${twice.length} creates stored more than once`)
if (noFile.length) failures.push(`${noFile.length} confirmed uploads without their attachment`)

const after = await Promise.all(loggedIn.map((u) => u.client.send('GET', `${cluster.url}/api/me`)))
const lost = after.filter((r) => r.status !== 200).length
if (loggedIn.length < SESSIONS) failures.push(`${SESSIONS - loggedIn.length} logins failed`)
if (lost) failures.push(`${lost} sessions lost`)
const madeOnVictim = loggedIn.filter((u) => u.loginInstance?.endsWith(`:${victim.port}`))
const servedBy = groupBy(
  loadResults.filter((r) => r.upstream),
  (r) => r.upstream.split(', ').pop(),
)

// --- 4. The table.
const total = loadResults.length
const seconds = (loadEnd - loadStart) / 1000
console.log(`
Drill ${RUN}: ${loggedIn.length} sessions (${PERSONAS.join(', ')}), ${seconds.toFixed(0)} s, ${INSTANCES} BFF instances behind nginx on PostgreSQL
${events
  .sort((a, b) => parseFloat(a) - parseFloat(b))
  .map((e) => `  ${e}`)
  .join('\n')}

${endpointTable(results)}

requests                         ${total} (${(total / seconds).toFixed(0)}/s)
served per instance              ${Object.entries(servedBy)
  .map(([k, v]) => `${k}: ${v.length}`)
  .join(', ')}
5xx: balancer, in flight at kill ${n('lb-in-flight-at-kill')}   (allowed: the killed instance's own requests)
5xx: real (BFF JSON 5xx)         ${n('bff-5xx')}
5xx: balancer at other moments   ${n('lb-error')}
connection errors to balancer    ${n('connection-error')}
creates answered 2xx             ${ok2xx.length}, in the database exactly once: ${ok2xx.length - missing.length}, missing: ${missing.length}, twice or more: ${twice.length}
uploads answered 2xx             ${ok2xx.filter((c) => c.upload).length}, without their attachment: ${noFile.length}
creates without 2xx              ${unanswered.length} (written anyway before the crash: ${writtenAnyway.length})
sessions alive at the end        ${after.length - lost}/${loggedIn.length} (made on ${victim.name}, the killed one: ${madeOnVictim.length})

${failures.length ? `FAILED: ${failures.join('; ')}` : 'ALL CHECKS PASSED'}
Logs: ${join(dataDir, 'cluster.log')}, nginx: ${cluster.lb.accessLog}
`)
if (process.env.DRILL_VERBOSE)
  for (const r of loadResults.filter((r) => classify(r, kills) !== 'ok').slice(0, 20))
    console.log(
      r.op,
      r.status,
      r.error ?? '',
      r.start.toFixed(0),
      r.end.toFixed(0),
      String(r.body ?? '').slice(0, 200),
    )
for (const u of users) u.client.close()
await stopCluster()
process.exit(failures.length ? 1 : 0)
