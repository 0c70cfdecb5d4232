// The portal as several BFF instances would run in production: PostgreSQL (its own data folder,
// port and database, not the tests'), N BFF instances on it, nginx in front as the one public
// origin, the sections' static files and the test broker. Used by `npm run demo:cluster` and
// `npm run drill`. Sessions, rate limits, locks and jobs live in PostgreSQL, so any instance
// serves any request.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { bffEnv, brokerEnv, run, waitFor } from './portal.mjs'
import { startStaticServer } from './static-server.mjs'
import { ROOT, SECTIONS } from './sections.mjs'
import { startNginx } from './load-balancer.mjs'

const PG = { data: join(ROOT, '.pgdata-cluster'), port: 54339 }

/** Ports: the balancer on `base` (the public origin), sections base+1…, broker base+10, BFFs base+11…. */
function clusterPorts(base, instances) {
  return {
    lb: base,
    idp: base + 10,
    sections: Object.fromEntries(SECTIONS.map((s, i) => [s.id, base + 1 + i])),
    bff: Array.from({ length: instances }, (_, i) => base + 11 + i),
  }
}

function postgres(command, database) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/postgres.mjs'), command], {
    env: {
      ...process.env,
      DUO_PGDATA: PG.data,
      DUO_PGPORT: String(PG.port),
      DUO_PGDATABASE: database,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

function psqlBinary() {
  const base = '/usr/lib/postgresql'
  const version = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'psql')))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined
  return version ? join(base, version, 'bin', 'psql') : 'psql'
}

/**
 * SQL as the superuser (trust authentication on loopback, see postgres.mjs): the rows, each as
 * its columns. Asynchronous: the drill runs it while its load keeps going.
 */
export function psql(statement, database = 'postgres') {
  const args = ['-h', '127.0.0.1', '-p', String(PG.port), '-U', 'postgres', '-d', database]
  const child = spawn(psqlBinary(), [...args, '-qtA', '-F', '|', '-v', 'ON_ERROR_STOP=1'])
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  child.stdin.end(statement)
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(
            out
              .split('\n')
              .filter(Boolean)
              .map((line) => line.split('|')),
          )
        : reject(new Error(`psql: ${err.trim()}`)),
    ),
  )
}

/** Sections whose build is there: one a team is rebuilding right now is left out, not waited for. */
function builtSections(log) {
  return SECTIONS.filter((s) => {
    const ok =
      existsSync(join(s.dir, 'mf-manifest.json')) && existsSync(join(s.dir, 'section.json'))
    if (!ok) log(`[cluster] sectie ${s.id} overgeslagen: ${s.dir} is niet (volledig) gebouwd`)
    return ok
  })
}

/**
 * @param {{ base?: number, instances?: number, database?: string, fresh?: boolean,
 *   dataDir?: string, env?: Record<string, string>, log?: (line: string) => void }} options
 */
export async function startCluster(options = {}) {
  const base = options.base ?? 8180
  const count = options.instances ?? 2
  const database = options.database ?? 'duo_cluster'
  const log = options.log ?? ((line) => console.log(line))
  const ports = clusterPorts(base, count)
  const publicUrl = `http://localhost:${ports.lb}`
  const issuer = `http://localhost:${ports.idp}`
  const dataDir = options.dataDir ?? join(ROOT, 'data', 'cluster')
  mkdirSync(dataDir, { recursive: true })
  if (!existsSync(join(ROOT, 'apps/shell/dist/index.html')))
    throw new Error('apps/shell/dist ontbreekt: pnpm --filter @duo/shell build')

  const stoppers = []
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => {})
  }
  try {
    // PostgreSQL: started here, stopped on stop() unless it already ran before.
    const wasRunning = postgres('status', database).status === 0
    const started = postgres('start', database)
    if (started.status !== 0) throw new Error('PostgreSQL kwam niet op (zie hierboven)')
    if (!wasRunning) stoppers.push(async () => void postgres('stop', database))
    const databaseUrl = started.stdout
      .trim()
      .split('\n')
      .pop()
      .replace(/^[A-Z_]+=/, '')
    // The drill counts what it wrote: it starts from an empty database.
    if (options.fresh)
      await psql(
        `DROP DATABASE IF EXISTS ${database} WITH (FORCE);\nCREATE DATABASE ${database} OWNER duo;`,
      )

    const servers = {}
    const sections = builtSections(log)
    for (const s of sections) {
      servers[s.id] = await startStaticServer({
        dir: s.dir,
        port: ports.sections[s.id],
        prefix: s.prefix,
      })
      stoppers.push(() => servers[s.id].close())
    }
    const sectionList = sections.map((s) => ({
      id: s.id,
      manifestUrl: `http://localhost:${ports.sections[s.id]}/${s.prefix}/mf-manifest.json`,
    }))

    const stopChild = (child, signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode != null || child.signalCode != null) return done()
        child.once('exit', () => done())
        child.kill(signal)
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      })

    const idp = run(
      'broker',
      'apps/idp',
      ['--import', 'tsx', 'src/main.ts'],
      brokerEnv({ port: ports.idp, issuer, publicUrl }),
      log,
    )
    stoppers.push(() => stopChild(idp))
    await waitFor(`${issuer}/.well-known/openid-configuration`, 30_000, idp)

    // One secret for every instance: the login cookie one instance signs, another reads.
    const cookieSecret = randomBytes(32).toString('base64url')
    const instances = ports.bff.map((port, i) => {
      const name = `bff-${i + 1}`
      const env = {
        ...bffEnv({ port, publicUrl, issuer, sectionList, dataDir }),
        DATABASE_URL: databaseUrl,
        DUO_COOKIE_SECRET: cookieSecret,
        // nginx on loopback: the only one whose X-Forwarded-For counts.
        DUO_TRUSTED_PROXIES: '127.0.0.1',
        ...options.env,
      }
      const instance = {
        name,
        port,
        child: null,
        async start() {
          instance.child = run(name, 'apps/bff', ['--import', 'tsx', 'src/main.ts'], env, log)
          await waitFor(`http://127.0.0.1:${port}/api/health`, 60_000, instance.child)
        },
        /** A crash (SIGKILL) or a clean stop (SIGTERM). */
        kill: (signal = 'SIGKILL') =>
          instance.child ? stopChild(instance.child, signal) : Promise.resolve(),
      }
      stoppers.push(() => instance.kill('SIGTERM'))
      return instance
    })
    // The first runs the migrations and the (idempotent) demo data alone; then the others.
    await instances[0].start()
    await Promise.all(instances.slice(1).map((i) => i.start()))

    const lb = await startNginx({
      dir: join(dataDir, 'nginx'),
      port: ports.lb,
      upstreams: ports.bff,
      log,
    })
    stoppers.push(() => stopChild(lb.child, 'SIGQUIT'))
    await waitFor(`${publicUrl}/api/health`, 10_000, lb.child)

    return {
      url: publicUrl,
      issuer,
      ports,
      databaseUrl,
      database,
      dataDir,
      sectionList,
      instances,
      lb,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
