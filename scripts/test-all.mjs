// `npm test`: every check and test, as CI runs it. Lint and formatting, type checks, unit
// tests (the BFF's on SQLite and on a local PostgreSQL), the production build, then the
// browser tests in Debian's Chromium. Stops at the first failing step.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ROOT } from './lib/sections.mjs'

const started = Date.now()
const env = { ...process.env, FORCE_COLOR: '0' }
function step(title, cmd, extraEnv = {}, { pogingen = 1 } = {}) {
  const t0 = Date.now()
  console.log(`\n=== ${title} ===`)
  let r = run(cmd, extraEnv)
  for (let i = 1; i < pogingen && r.status !== 0; i++) {
    console.log(`\n… ${title}: opnieuw (poging ${i + 1} van ${pogingen})`)
    r = run(cmd, extraEnv)
  }
  if (r.status !== 0) {
    console.error(`\n✗ ${title} mislukte (exit ${r.status}).`)
    process.exit(r.status ?? 1)
  }
  console.log(`✓ ${title} (${Math.round((Date.now() - t0) / 1000)} s)`)
}

function run(cmd, extraEnv) {
  return spawnSync(cmd, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: true,
    env: { ...env, ...extraEnv },
  })
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(path)) return
  if (process.getuid?.() !== 0) {
    console.error('Chromium ontbreekt en dit is geen root: installeer het Debian-pakket chromium.')
    process.exit(1)
  }
  console.log('Chromium installeren met apt-get …')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
}

step(
  'Lint en opmaak',
  'pnpm turbo run lint --output-logs=errors-only && pnpm exec prettier --check . && pnpm lint:borders && pnpm test:scripts && pnpm knip',
)
step('Typecheck', 'pnpm turbo run typecheck --output-logs=errors-only')
step('Unit tests (SQLite)', 'pnpm turbo run test --concurrency=2 --output-logs=new-only')
const pg = spawnSync(process.execPath, ['scripts/postgres.mjs', 'start'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
})
if (pg.status !== 0) {
  console.error('PostgreSQL kon niet starten.')
  process.exit(1)
}
const databaseUrl = (pg.stdout.trim().split('\n').pop() ?? '').replace(/^TEST_DATABASE_URL=/, '')
const stopPostgres = () =>
  spawnSync(process.execPath, ['scripts/postgres.mjs', 'stop'], { cwd: ROOT, stdio: 'inherit' })
// A failing step exits the process at once (no finally): stop PostgreSQL on the way out too.
process.once('exit', stopPostgres)
try {
  // Everything with database tests: the platform core, the BFF and every section's API.
  step(
    'Databasetests op PostgreSQL',
    "pnpm turbo run test --concurrency=2 --output-logs=errors-only --filter=@duo/server-kit --filter=@duo/bff --filter='./apps/*' --filter='!@duo/shell' --filter='!@duo/idp'",
    { TEST_DATABASE_URL: databaseUrl },
  )
} finally {
  process.off('exit', stopPostgres)
  stopPostgres()
}
ensureChromium()
// Two builds at a time: the machines have two cores, and module federation's analysis is slow under load.
// Module federation's analysis of the shared modules sometimes drops an export on a busy
// machine ("MISSING_EXPORT loadShare__vue"); a second run rebuilds only what failed (turbo's cache).
step(
  'Productiebouw',
  'pnpm turbo run build --concurrency=2 --output-logs=errors-only',
  {},
  {
    pogingen: 3,
  },
)
// The published packages, on what the build made (dist/ of the four packages; the
// documentation site is part of the build above, `@duo/docs`).
step('API-rapporten en changesets', 'node scripts/api-report.mjs')
step('Pakketten: publint, attw, grootte, consument', 'node scripts/check-packages.mjs')
step('Browsertests (e2e)', 'pnpm --filter @duo/e2e e2e')
// What a browser loads for the first page of the portal and of every section (JS, gzip), on the
// build above, against the budgets in packages/sizes.json (`firstPages`).
step(
  'Grootte van de eerste pagina’s',
  'node scripts/bench-size.mjs --no-build --no-monolith --check-budgets',
)
console.log(`\nAlles groen in ${Math.round((Date.now() - started) / 1000)} s.`)
