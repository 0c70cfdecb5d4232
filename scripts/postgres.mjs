#!/usr/bin/env node
/**
 * A local PostgreSQL for the BFF's tests (and CI), no dependencies.
 *
 *   node scripts/postgres.mjs start   install if missing (apt, as root), initdb ./.pgdata, start on
 *                                     127.0.0.1:54329, create role/db duo/duo_test, print the URL
 *   node scripts/postgres.mjs stop
 *   node scripts/postgres.mjs status
 *
 * The last line on stdout of `start` is `TEST_DATABASE_URL=postgres://duo@127.0.0.1:54329/duo_test`
 * (logs go to stderr), so CI can append it to its environment. Trust authentication, listening
 * on loopback only, fsync off: a throwaway test cluster, never a real database.
 * Env: DUO_PGDATA (data folder, default ./.pgdata), DUO_PGPORT (default 54329), DUO_PGDATABASE
 * (default duo_test; the cluster of `npm run demo:cluster` uses its own folder, port and name).
 */
import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = resolve(root, process.env.DUO_PGDATA ?? '.pgdata')
const port = Number(process.env.DUO_PGPORT ?? 54329)
const host = '127.0.0.1'
const socketDir = '/tmp'
const isRoot = process.getuid?.() === 0
const database = process.env.DUO_PGDATABASE ?? 'duo_test'
if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Ongeldige databasenaam ${database}`)
const url = `postgres://duo@${host}:${port}/${database}`

const log = (msg) => process.stderr.write(`[postgres] ${msg}\n`)

function fail(msg) {
  log(msg)
  process.exit(1)
}

// runuser lives in /usr/sbin, which a minimal PATH (e.g. a CI runner's) does not always hold.
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'].find((f) => existsSync(f)) ?? 'runuser'

function run(cmd, args, { asPostgres = false, allowFail = false, capture = false } = {}) {
  const [file, argv] =
    asPostgres && isRoot ? [RUNUSER, ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
  const r = spawnSync(file, argv, {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', process.stderr, process.stderr],
    encoding: 'utf8',
    cwd: asPostgres && isRoot ? '/tmp' : root,
  })
  if (r.error) fail(`${cmd}: ${r.error.message}`)
  if (r.status !== 0 && !allowFail)
    fail(`${cmd} ${args.join(' ')} failed (exit ${r.status})\n${r.stderr ?? ''}`)
  return r
}

/** Folder with initdb/pg_ctl: the newest /usr/lib/postgresql/<v>/bin, else null. */
function findBinDir() {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return null
  const versions = readdirSync(base)
    .filter(
      (v) =>
        existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')),
    )
    .sort((a, b) => Number(b) - Number(a))
  return versions.length ? join(base, versions[0], 'bin') : null
}

function ensureInstalled() {
  let bin = findBinDir()
  if (bin) return bin
  if (!isRoot) {
    fail(
      'PostgreSQL (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin and this is not root.\n' +
        '  Install it first, e.g.: sudo apt-get install -y postgresql',
    )
  }
  log('PostgreSQL not found: installing with apt-get')
  run('apt-get', ['update'])
  const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (r.status !== 0) fail('apt-get install postgresql failed')
  bin = findBinDir()
  if (!bin)
    fail('PostgreSQL installed, but initdb/pg_ctl still not found under /usr/lib/postgresql/*/bin')
  return bin
}

const isRunning = (bin) =>
  run(join(bin, 'pg_ctl'), ['-D', dataDir, 'status'], {
    asPostgres: true,
    allowFail: true,
    capture: true,
  }).status === 0

function psql(bin, sql, db = 'postgres') {
  return run(
    join(bin, 'psql'),
    [
      '-h',
      host,
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      db,
      '-v',
      'ON_ERROR_STOP=1',
      '-tAc',
      sql,
    ],
    {
      capture: true,
    },
  ).stdout.trim()
}

function start() {
  const bin = ensureInstalled()
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initdb ${dataDir}`)
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    if (isRoot) {
      // initdb refuses to run as root: the cluster belongs to the postgres OS user.
      const id = (flag) => Number(run('id', [flag, 'postgres'], { capture: true }).stdout.trim())
      chownSync(dataDir, id('-u'), id('-g'))
    }
    run(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-locale', '-E', 'UTF8'],
      {
        asPostgres: true,
      },
    )
  }
  if (isRunning(bin)) {
    log(`already running (${dataDir})`)
  } else {
    log(`starting on ${host}:${port}`)
    const opts = `-p ${port} -h ${host} -k ${socketDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
    run(
      join(bin, 'pg_ctl'),
      ['-D', dataDir, '-o', opts, '-l', join(dataDir, 'server.log'), '-w', '-t', '60', 'start'],
      {
        asPostgres: true,
      },
    )
  }
  waitUntilReady(bin)
  if (psql(bin, `SELECT 1 FROM pg_roles WHERE rolname = 'duo'`) !== '1') {
    log('creating role duo')
    psql(bin, 'CREATE ROLE duo LOGIN CREATEDB')
  }
  if (psql(bin, `SELECT 1 FROM pg_database WHERE datname = '${database}'`) !== '1') {
    log(`creating database ${database}`)
    psql(bin, `CREATE DATABASE ${database} OWNER duo`)
  }
  process.stdout.write(`TEST_DATABASE_URL=${url}\n`)
}

function waitUntilReady(bin) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const r = run(join(bin, 'pg_isready'), ['-h', host, '-p', String(port), '-U', 'postgres'], {
      allowFail: true,
      capture: true,
    })
    if (r.status === 0) return
    spawnSync('sleep', ['0.3'])
  }
  fail(`not ready after 30 s; see ${join(dataDir, 'server.log')}`)
}

function stop() {
  const bin = findBinDir()
  if (!bin || !existsSync(join(dataDir, 'PG_VERSION')) || !isRunning(bin)) {
    log('not running')
    return
  }
  run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], { asPostgres: true })
  log('stopped')
}

function status() {
  const bin = findBinDir()
  const up = Boolean(bin && existsSync(join(dataDir, 'PG_VERSION')) && isRunning(bin))
  log(up ? `running on ${host}:${port} (${dataDir})` : 'not running')
  if (up) process.stdout.write(`TEST_DATABASE_URL=${url}\n`)
  process.exitCode = up ? 0 : 3
}

const command = process.argv[2] ?? 'start'
if (command === 'start') start()
else if (command === 'stop') stop()
else if (command === 'status') status()
else fail(`unknown command '${command}' (start | stop | status)`)
