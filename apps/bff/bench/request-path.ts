/**
 * What the platform costs per request, side by side in one run on one machine: the authorised
 * list `GET /api/helpdesk/meldingen?aantal=20` through the real BFF (session cookie, every
 * middleware) against a bare Hono route running the list's statements (the same SQL: page, counts
 * and who-sees-what rule) on the same database with the same driver, the helpdesk's routes without the platform, and a bare JSON route. SQLite
 * always; PostgreSQL when TEST_DATABASE_URL is set (`node scripts/postgres.mjs start`).
 *
 *   pnpm --filter @duo/bff bench:request-path            # 10 s per target, 20 connections
 *   BENCH_SECONDS=5 BENCH_ROUNDS=3 pnpm --filter @duo/bff bench:request-path
 *   BENCH_PROFILE=1 …                                     # writes a --cpu-prof of the servers
 *   BENCH_GZIP=1 …                                        # as a browser: Accept-Encoding: gzip
 *   BENCH_SERVER=/path/to/old/checkout/apps/bff/bench/request-path-server.ts …   # before/after
 *
 * Each target gets a short warm-up, then the rounds alternate between the targets so a burst
 * of other work on the machine hits all of them alike; the table shows each target's best round
 * (req/s and CPU time per request: Node, plus PostgreSQL's backends on PostgreSQL).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { CompiledQuery } from 'kysely'
import { createDb } from '@duo/server-kit/platform'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PROFILE = process.env.BENCH_PROFILE === '1'
const ALL = ['portal', 'section', 'query', 'json'] as const
type Target = (typeof ALL)[number]
/** BENCH_TARGETS=portal: only these (e.g. to profile one of them). */
const TARGETS = ALL.filter((t) =>
  (process.env.BENCH_TARGETS ?? ALL.join(',')).split(',').includes(t),
)
const PATH = '/api/helpdesk/meldingen?aantal=20'

interface Ready {
  dialect: string
  ports: Record<Target, number>
  cookie: string
}

function startServers(env: Record<string, string>): Promise<{ child: ChildProcess; ready: Ready }> {
  const profileDir = fileURLToPath(new URL('./profiles', import.meta.url))
  if (PROFILE) mkdirSync(profileDir, { recursive: true })
  // BENCH_SERVER: the same server file in another checkout (a worktree of an older commit), to
  // measure before and after with one load generator.
  const server =
    process.env.BENCH_SERVER || fileURLToPath(new URL('./request-path-server.ts', import.meta.url))
  const child = fork(server, [], {
    execArgv: [
      '--import',
      'tsx',
      ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...env },
    // stdout is drained, as a log collector would: the request log is part of the cost.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  child.stdout!.resume()
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`benchmarkserver stopte (${code})`)))
    child.on('message', (m: Ready & { ready?: boolean }) => {
      if (m.ready) resolve({ child, ready: m })
    })
  })
}

function load(port: number, cookie: string, seconds: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}${PATH}`,
    connections: CONNECTIONS,
    duration: seconds,
    // BENCH_GZIP=1: ask for gzip as a browser does (the API then compresses every list).
    headers: { cookie, ...(process.env.BENCH_GZIP === '1' ? { 'accept-encoding': 'gzip' } : {}) },
  })
}

/** The servers' CPU time so far (µs), asked over IPC. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: { cpuMicros?: number }) => {
      if (m.cpuMicros === undefined) return
      child.off('message', on)
      resolve(m.cpuMicros)
    }
    child.on('message', on)
    child.send({ cpu: true })
  })
}

/**
 * CPU time (µs) of the PostgreSQL backends serving the bench database, from /proc (the server
 * runs on this machine): on PostgreSQL much of a request's work is done there, not in Node.
 */
async function pgCpu(admin: ReturnType<typeof createDb> | null): Promise<Map<number, number>> {
  const cpu = new Map<number, number>()
  if (!admin) return cpu
  const { rows } = await admin.db.executeQuery<{ pid: number }>(
    CompiledQuery.raw(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    ),
  )
  for (const { pid } of rows) {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks.
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      cpu.set(pid, ((Number(f[11]) + Number(f[12])) * 1e6) / 100)
    } catch {
      /* ended meanwhile */
    }
  }
  return cpu
}
const pgDelta = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, t]) => sum + t - (before.get(pid) ?? 0), 0)

async function measure(env: Record<string, string>) {
  const { child, ready } = await startServers(env)
  const admin = env.DATABASE_URL ? createDb({ databaseUrl: env.DATABASE_URL, poolMax: 1 }) : null
  const sums = Object.fromEntries(
    TARGETS.map((t) => [t, { rps: 0, p50: 0, p99: 0, fout: 0, cpu: 0, db: 0, total: Infinity }]),
  )
  for (const t of TARGETS) await load(ready.ports[t], ready.cookie, 2) // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of TARGETS) {
      const cpuBefore = await cpuOf(child)
      const dbBefore = await pgCpu(admin)
      const r = await load(ready.ports[t], ready.cookie, SECONDS)
      const s = sums[t]!
      const cpu = (await cpuOf(child)) - cpuBefore
      const db = pgDelta(dbBefore, await pgCpu(admin))
      const n = Math.max(1, r.requests.total)
      // Best round: other work on the machine only ever slows a round down.
      if (r.requests.average > s.rps)
        Object.assign(s, { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 })
      if ((cpu + db) / n < s.total)
        Object.assign(s, { cpu: cpu / n, db: db / n, total: (cpu + db) / n })
      s.fout += r.non2xx + r.errors
    }
  }
  await admin?.close()
  await new Promise<void>((done) => {
    child.removeAllListeners('exit')
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
  return { dialect: ready.dialect, sums }
}

/** Drops and creates the bench's database next to the test one (that role may create them). */
async function benchDatabase(testUrl: string, create: boolean) {
  const admin = createDb({ databaseUrl: testUrl, poolMax: 1 })
  await admin.db.executeQuery(CompiledQuery.raw('DROP DATABASE IF EXISTS duo_bench WITH (FORCE)'))
  if (create) await admin.db.executeQuery(CompiledQuery.raw('CREATE DATABASE duo_bench'))
  await admin.close()
}

async function freshPostgres(testUrl: string): Promise<string> {
  await benchDatabase(testUrl, true)
  const url = new URL(testUrl)
  url.pathname = '/duo_bench'
  return url.toString()
}

const runs: Array<Record<string, string>> = [{ DATABASE_URL: '' }]
if (process.env.TEST_DATABASE_URL)
  runs.push({ DATABASE_URL: await freshPostgres(process.env.TEST_DATABASE_URL) })
else console.log('TEST_DATABASE_URL niet gezet: alleen SQLite (node scripts/postgres.mjs start)')

console.log(
  `${CONNECTIONS} verbindingen, ${ROUNDS} × ${SECONDS} s per doel, GET ${PATH}, LOG_LEVEL=${process.env.LOG_LEVEL ?? 'info'}\n`,
)
const pad = (s: string | number, n: number) => String(s).padStart(n)
for (const env of runs) {
  const { dialect, sums } = await measure(env)
  console.log(`${dialect}`)
  const perReq = (t: Target) => sums[t]!
  const pg = dialect === 'postgres'
  console.log(
    `  ${'doel'.padEnd(8)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('CPU µs/req', 11)}${pg ? `${pad('+ PG µs/req', 12)}` : ''}  fouten`,
  )
  for (const t of TARGETS) {
    const s = sums[t]!
    const c = perReq(t)
    console.log(
      `  ${t.padEnd(8)} ${pad(Math.round(s.rps), 8)} ${pad(s.p50.toFixed(1), 7)} ${pad(s.p99.toFixed(1), 7)} ${pad(Math.round(c.cpu), 11)}${pg ? pad(Math.round(c.db), 12) : ''}  ${s.fout}`,
    )
  }
  // req/s as the issue asks; the CPU ratio (the other's CPU per request over this one's, Node
  // plus PostgreSQL's backends) is the steadier figure when other work shares the machine.
  const ratio = (a: Target, b: Target) =>
    `${(sums[a]!.rps / sums[b]!.rps).toFixed(2)}× (CPU ${(perReq(b).total / perReq(a).total).toFixed(2)}×)`
  if (TARGETS.length === ALL.length)
    console.log(
      `  portal/query ${ratio('portal', 'query')}   portal/section ${ratio('portal', 'section')}   section/query ${ratio('section', 'query')}\n`,
    )
}
if (process.env.TEST_DATABASE_URL) await benchDatabase(process.env.TEST_DATABASE_URL, false)
