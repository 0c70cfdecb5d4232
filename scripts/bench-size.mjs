#!/usr/bin/env node
// Size benchmark (issue #2): what a browser loads for the first page of every section, federated
// (the real deployment: shell + seven remotes on their own origins) against the same pages built
// as one monolithic Vite app (`DUO_BUILD=monolith`), plus how many copies of the shared libraries
// and of the federation runtime ship across all builds.
//
//   npm run bench:size                  build everything, measure, print
//   node scripts/bench-size.mjs --no-build   measure the existing dist folders
//
// Measuring: Debian's Chromium (as e2e/support/browser.ts) via playwright-core from e2e/. The
// demo persona `beheerder-po` logs in once through the real flow (BFF -> broker -> BFF); every
// page is then opened directly (`/<section>/`) in a fresh browser context that carries only the
// session cookies, so the HTTP cache is empty, the way a logged-in user opens a bookmark. All
// JS and CSS responses of that page load (every origin) are collected until the section's
// `main h1` shows and the network is idle; each URL counts once. Raw = body bytes as sent
// (the test servers do not compress); gzip = the same bodies gzipped here with zlib level 9,
// file by file, so both builds are compared on equal terms. Wire = what actually crossed the
// network for the whole page load (every response: HTML, JS, CSS, JSON; body as sent, so with the
// servers' compression, plus response headers), read from Chromium. Prints only; writes no files.
//
//   --pages home,helpdesk   measure only these pages     --no-monolith   skip the monolith
//   --check-budgets         fail (exit 1) when the JS (gzip) of a first page passes its budget in
//                           packages/sizes.json (`firstPages`); CI runs it on the build, with
//                           --no-build --no-monolith (scripts/test-all.mjs)
//   --write-budgets         record the measured sizes in packages/sizes.json, budget = size + 5 %
//                           (raising a budget is a reviewed change with a reason: docs/releases.md)
//   --identity              ask for no compression (Accept-Encoding: identity): the wire as it
//                           was before the servers compressed; DUO_BENCH_SHELL_DIST=<dir> measures
//                           another build of the shell (e.g. one of an earlier commit)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startPortal } from './lib/portal.mjs'
import { ROOT, SECTIONS } from './lib/sections.mjs'

const require = createRequire(join(ROOT, 'e2e/package.json'))
const { chromium } = require('playwright-core')

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PERSONA = 'beheerder-po'
const FEDERATED_BASE = Number(process.env.DUO_BENCH_BASE ?? 9700)
const MONOLITH_BASE = FEDERATED_BASE + 20
const SHELL_DIST = join(ROOT, 'apps/shell/dist')
const MONOLITH_DIST = join(ROOT, 'apps/shell/dist-monolith')
/** Apps other teams edit while this runs: a failed build there falls back to the last good dist. */
const MAY_FAIL = new Set(['helpdesk', 'beheer'])
const argv = process.argv.slice(2)
const args = new Set(argv)
const verbose = args.has('--verbose')
const withMonolith = !args.has('--no-monolith')
const identity = args.has('--identity')
const onlyPages = (() => {
  const i = argv.indexOf('--pages')
  return i >= 0 && argv[i + 1] ? new Set(argv[i + 1].split(',')) : null
})()

// ---------------------------------------------------------------------------------------------
// 1. Build
// ---------------------------------------------------------------------------------------------

const notes = []

function vite(app, env = {}) {
  const res = spawnSync('npx', ['vite', 'build', '--configLoader', 'runner'], {
    cwd: join(ROOT, 'apps', app),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  return { ok: res.status === 0, out: `${res.stdout ?? ''}${res.stderr ?? ''}` }
}

function build() {
  // One build at a time (two shared cores): each app in turn.
  const jobs = [
    ...SECTIONS.map((s) => ({ label: s.id, app: s.id, env: {} })),
    { label: 'shell', app: 'shell', env: {} },
    ...(withMonolith
      ? [{ label: 'shell (monolith)', app: 'shell', env: { DUO_BUILD: 'monolith' } }]
      : []),
  ]
  for (const job of jobs) {
    const started = Date.now()
    let res = vite(job.app, job.env)
    if (!res.ok) {
      console.error(`  build ${job.label} mislukt, nog één poging …`)
      res = vite(job.app, job.env)
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1)
    if (res.ok) {
      console.error(`  built ${job.label} (${secs} s)`)
      continue
    }
    const dist = join(ROOT, 'apps', job.app, job.env.DUO_BUILD ? 'dist-monolith' : 'dist')
    const canFallBack = MAY_FAIL.has(job.app) && existsSync(join(dist, 'remoteEntry.js'))
    if (!canFallBack) {
      console.error(res.out.split('\n').slice(-30).join('\n'))
      throw new Error(`build van ${job.label} mislukt`)
    }
    const when = statSync(join(dist, 'remoteEntry.js')).mtime.toISOString()
    notes.push(
      `${job.label}: build failed twice (being edited); measured its last good dist from ${when}`,
    )
    console.error(`  build ${job.label} failed twice: using its last good dist (${when})`)
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Measure pages in Chromium
// ---------------------------------------------------------------------------------------------

const PAGES = [{ id: 'home', path: '/', ready: 'main h1' }]
  .concat(
    // The section's own heading (inside the section area), not the shell's gate or fallback.
    SECTIONS.map((s) => ({ id: s.id, path: `/${s.id}/`, ready: 'main .duo-section__page h1' })),
  )
  .filter((p) => !onlyPages || onlyPages.has(p.id))

function kindOf(url, contentType) {
  const path = new URL(url).pathname
  if (/javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)) return 'js'
  if (/text\/css/.test(contentType) || /\.css$/.test(path)) return 'css'
  return null
}

async function measure(label, env, base) {
  const logs = []
  const portal = await startPortal({
    base,
    dataDir: join(ROOT, 'data', `bench-size-${base}`),
    env,
    log: (line) => (verbose ? console.error(line) : logs.push(line)),
  })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    // Log in once through the real redirect flow and keep the session cookies.
    const loginContext = await browser.newContext()
    const loginPage = await loginContext.newPage()
    await loginPage.goto(`${portal.url}/auth/login?login_hint=${PERSONA}`)
    await loginPage.waitForURL((u) => u.origin === portal.url && !u.pathname.startsWith('/auth/'), {
      timeout: 20_000,
    })
    await loginPage.getByTestId('session-bar').waitFor({ timeout: 10_000 })
    const storageState = await loginContext.storageState()
    await loginContext.close()

    const results = {}
    for (const p of PAGES) {
      const context = await browser.newContext({
        storageState,
        ...(identity ? { extraHTTPHeaders: { 'Accept-Encoding': 'identity' } } : {}),
      })
      const page = await context.newPage()
      const files = new Map()
      const pending = []
      const wire = { bytes: 0, body: 0, n: 0, compressed: 0 }
      page.on('response', (res) => {
        pending.push(
          (async () => {
            const body = await res.body().catch(() => null)
            await res.finished()
            const sizes = await res.request().sizes()
            wire.bytes += sizes.responseBodySize + sizes.responseHeadersSize
            wire.body += body?.length ?? 0
            wire.n += 1
            if (res.headers()['content-encoding']) wire.compressed += 1
          })().catch(() => {}),
        )
        const kind = kindOf(res.url(), res.headers()['content-type'] ?? '')
        if (!kind || res.status() !== 200 || files.has(res.url())) return
        files.set(res.url(), null)
        pending.push(
          res.body().then(
            (body) => files.set(res.url(), { kind, body }),
            () => files.delete(res.url()),
          ),
        )
      })
      await page.goto(`${portal.url}${p.path}`)
      await page.locator(p.ready).first().waitFor({ timeout: 20_000 })
      await page.waitForLoadState('networkidle')
      await Promise.all(pending)
      const r = { js: { raw: 0, gz: 0, n: 0 }, css: { raw: 0, gz: 0, n: 0 }, files: [], wire }
      for (const [url, f] of files) {
        if (!f) continue
        const gz = gzipSync(f.body, { level: 9 }).length
        r[f.kind].raw += f.body.length
        r[f.kind].gz += gz
        r[f.kind].n += 1
        r.files.push({ url, kind: f.kind, raw: f.body.length, gz })
      }
      results[p.id] = r
      await context.close()
    }
    return results
  } catch (error) {
    console.error(logs.slice(-40).join('\n'))
    throw error
  } finally {
    await browser.close()
    await portal.stop()
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Copies of the shared libraries across the builds
// ---------------------------------------------------------------------------------------------

// Strings that survive minification and occur only in the library's own code (checked against
// the built chunks: none occurs in app code, in a section, or in another library). A file that
// contains the string carries (part of) a copy of that library; an app that only imports the
// library through federation (`import: false`) contains none of them.
const SIGNATURES = {
  // runtime-core's app.mount(): `container.__vue_app__ = app`
  vue: /\.__vue_app__=/,
  // pinia's store factory: the `$onAction` method it puts on every store object
  pinia: /\$onAction:/,
  // vue-router's router.install(): `app.config.globalProperties.$router = router`
  'vue-router': /globalProperties\.\$router=/,
  // vue-i18n's install: the key of its global injection, makeSymbol('global-vue-i18n')
  'vue-i18n': /global-vue-i18n/,
  // the federation runtime core (the externalRuntime stub of a section has none): its error codes
  'federation runtime': /RUNTIME-001/,
}

function jsFiles(dir) {
  if (!existsSync(dir)) return []
  const out = []
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name)
    if (name.isDirectory()) out.push(...jsFiles(path))
    else if (/\.m?js$/.test(name.name)) out.push(path)
  }
  return out
}

function countCopies(dirs) {
  const copies = Object.fromEntries(Object.keys(SIGNATURES).map((k) => [k, []]))
  for (const dir of dirs) {
    for (const file of jsFiles(dir)) {
      const text = readFileSync(file, 'utf8')
      for (const [lib, re] of Object.entries(SIGNATURES))
        if (re.test(text)) copies[lib].push(file.slice(ROOT.length))
    }
  }
  return copies
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const kB = (n) => (n / 1000).toFixed(1)
const pad = (s, n) => String(s).padStart(n)
const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a')

/** Lines on what crossed the network per page: the servers' compression included. */
function wireLines(label, res) {
  const out = [
    `Cold load over the wire, ${label} (every response of the page: HTML, JS, CSS, JSON; kB = 1000 bytes)`,
    `${'page'.padEnd(12)}│${pad('JS raw/gz', 16)}${pad('CSS raw/gz', 16)}│${pad('wire kB', 9)}${pad('decoded kB', 12)}${pad('responses', 11)}${pad('compressed', 12)}`,
  ]
  for (const p of PAGES) {
    const r = res[p.id]
    out.push(
      `${p.id.padEnd(12)}│${pad(`${kB(r.js.raw)}/${kB(r.js.gz)}`, 16)}${pad(`${kB(r.css.raw)}/${kB(r.css.gz)}`, 16)}│${pad(kB(r.wire.bytes), 9)}${pad(kB(r.wire.body), 12)}${pad(r.wire.n, 11)}${pad(r.wire.compressed, 12)}`,
    )
  }
  return out
}

function reportWire(fed) {
  const lines = wireLines('federated', fed)
  lines.push('', 'Summary (paste-ready):')
  for (const p of PAGES) {
    const r = fed[p.id]
    lines.push(
      `- bench:size ${p.id}: JS ${kB(r.js.gz)} kB gz (${kB(r.js.raw)} raw), CSS ${kB(r.css.gz)} kB gz (${kB(r.css.raw)} raw), over the wire ${kB(r.wire.bytes)} kB in ${r.wire.n} responses (${r.wire.compressed} compressed)`,
    )
  }
  console.log(lines.join('\n'))
}

// ---------------------------------------------------------------------------------------------
// Budgets: the JS (gzip) of every first page, federated
// ---------------------------------------------------------------------------------------------

const SIZES = join(ROOT, 'packages/sizes.json')

/** Compares each page's JS (gzip) with its budget; true when one is over. */
function checkBudgets(fed) {
  const file = JSON.parse(readFileSync(SIZES, 'utf8'))
  const budgets = file.firstPages ?? {}
  let over = false
  for (const p of PAGES) {
    const size = fed[p.id].js.gz
    const budget = budgets[p.id]?.budget?.jsGzip
    const line = `eerste pagina ${p.id}: JS ${kB(size)} kB gzip${budget ? ` van ${kB(budget)} kB` : ' (geen budget)'}`
    if (!budget) console.error(`✗ ${line}: zet een budget met --write-budgets`)
    else if (size > budget)
      console.error(
        `✗ ${line}: over het budget. Kleiner maken, of het budget verhogen met een reden (docs/releases.md).`,
      )
    else console.log(`  ${line}`)
    over ||= !budget || size > budget
  }
  return over
}

/** Writes the measured sizes and budgets (size + 5 %, whole kB) of the measured pages. */
function writeBudgets(fed, mono) {
  const file = JSON.parse(readFileSync(SIZES, 'utf8'))
  file.firstPages ??= {}
  for (const p of PAGES) {
    const jsGzip = fed[p.id].js.gz
    file.firstPages[p.id] = {
      jsGzip,
      ...(mono ? { monolithJsGzip: mono[p.id].js.gz } : {}),
      budget: { jsGzip: Math.ceil((jsGzip * 1.05) / 1000) * 1000 },
    }
  }
  writeFileSync(SIZES, `${JSON.stringify(file, null, 2)}\n`)
  console.log('packages/sizes.json bijgewerkt (firstPages)')
}

function total(r) {
  return { raw: r.js.raw + r.css.raw, gz: r.js.gz + r.css.gz }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt op ${CHROMIUM}`)
  if (!args.has('--no-build')) {
    console.error('Building (one app at a time) …')
    build()
  }
  if (withMonolith && !existsSync(join(MONOLITH_DIST, 'index.html')))
    throw new Error(`${MONOLITH_DIST} ontbreekt: bouw eerst de monoliet (of --no-monolith)`)

  console.error('Measuring the federated build …')
  const shellDist = process.env.DUO_BENCH_SHELL_DIST
  const fed = await measure(
    'federated',
    shellDist ? { DUO_SHELL_DIST: shellDist } : {},
    FEDERATED_BASE,
  )
  const mono = withMonolith
    ? (console.error('Measuring the monolithic build …'),
      await measure('monolith', { DUO_SHELL_DIST: MONOLITH_DIST }, MONOLITH_BASE))
    : null
  if (args.has('--write-budgets')) writeBudgets(fed, mono)
  const over = args.has('--check-budgets') && checkBudgets(fed)
  if (over) process.exitCode = 1
  if (!mono) return reportWire(fed)

  const lines = []
  const say = (s = '') => lines.push(s)
  say(
    'First page of each section, logged in as beheerder-po, empty cache (kB = 1000 bytes; gzip = zlib -9 per file)',
  )
  say()
  say(
    `${'page'.padEnd(12)}│${pad('federated JS raw/gz', 20)}${pad('CSS raw/gz', 16)}${pad('files', 6)} │${pad('monolith JS raw/gz', 20)}${pad('CSS raw/gz', 16)}${pad('files', 6)} │${pad('ratio JS gz', 12)}${pad('total gz', 10)}${pad('total raw', 10)}`,
  )
  say('─'.repeat(12) + '┼' + '─'.repeat(42) + '┼' + '─'.repeat(42) + '┼' + '─'.repeat(32))
  const sum = {
    f: { js: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 } },
    m: { js: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 } },
  }
  for (const p of PAGES) {
    const f = fed[p.id]
    const m = mono[p.id]
    for (const k of ['js', 'css']) {
      for (const u of ['raw', 'gz']) {
        sum.f[k][u] += f[k][u]
        sum.m[k][u] += m[k][u]
      }
    }
    const cell = (r) =>
      `${pad(`${kB(r.js.raw)}/${kB(r.js.gz)}`, 20)}${pad(`${kB(r.css.raw)}/${kB(r.css.gz)}`, 16)}${pad(r.js.n + r.css.n, 6)}`
    say(
      `${p.id.padEnd(12)}│${cell(f)} │${cell(m)} │${pad(ratio(f.js.gz, m.js.gz), 12)}${pad(ratio(total(f).gz, total(m).gz), 10)}${pad(ratio(total(f).raw, total(m).raw), 10)}`,
    )
  }
  say('─'.repeat(12) + '┼' + '─'.repeat(42) + '┼' + '─'.repeat(42) + '┼' + '─'.repeat(32))
  const sumCell = (s) =>
    `${pad(`${kB(s.js.raw)}/${kB(s.js.gz)}`, 20)}${pad(`${kB(s.css.raw)}/${kB(s.css.gz)}`, 16)}${pad('', 6)}`
  const allF = { raw: sum.f.js.raw + sum.f.css.raw, gz: sum.f.js.gz + sum.f.css.gz }
  const allM = { raw: sum.m.js.raw + sum.m.css.raw, gz: sum.m.js.gz + sum.m.css.gz }
  say(
    `${'all 8 pages'.padEnd(12)}│${sumCell(sum.f)} │${sumCell(sum.m)} │${pad(ratio(sum.f.js.gz, sum.m.js.gz), 12)}${pad(ratio(allF.gz, allM.gz), 10)}${pad(ratio(allF.raw, allM.raw), 10)}`,
  )

  say()
  for (const l of wireLines('federated', fed)) say(l)
  say()
  for (const l of wireLines('monolith', mono)) say(l)

  if (args.has('--files')) {
    for (const [label, res] of [
      ['federated', fed],
      ['monolith', mono],
    ]) {
      say()
      say(`Files of the ${label} pages (raw / gzip bytes):`)
      for (const p of PAGES) {
        say(`  ${p.id}`)
        for (const f of res[p.id].files.sort((a, b) => b.raw - a.raw))
          say(`    ${pad(f.raw, 8)} ${pad(f.gz, 7)}  ${f.url}`)
      }
    }
  }

  const fedDirs = [SHELL_DIST, ...SECTIONS.map((s) => s.dir)]
  const copies = countCopies(fedDirs)
  const monoCopies = countCopies([MONOLITH_DIST])
  say()
  say(
    'Copies shipped (JS files containing the library; apps/*/dist, federated; and dist-monolith):',
  )
  for (const lib of Object.keys(SIGNATURES)) {
    say(
      `  ${lib.padEnd(20)} federated ${pad(copies[lib].length, 2)}   monolith ${pad(monoCopies[lib].length, 2)}   ${copies[lib].join(', ')}`,
    )
  }
  for (const n of notes) say(`Note: ${n}`)

  say()
  say('Summary (paste-ready):')
  for (const p of PAGES) {
    const f = fed[p.id]
    const m = mono[p.id]
    say(
      `- bench:size ${p.id}: federated JS ${kB(f.js.gz)} kB gz (${kB(f.js.raw)} raw) + CSS ${kB(f.css.gz)} kB gz; monolith JS ${kB(m.js.gz)} kB gz (${kB(m.js.raw)} raw) + CSS ${kB(m.css.gz)} kB gz; ratio JS gz ${ratio(f.js.gz, m.js.gz)}, JS+CSS gz ${ratio(total(f).gz, total(m).gz)}`,
    )
  }
  say(
    `- bench:size all pages: federated JS ${kB(sum.f.js.gz)} kB gz, monolith JS ${kB(sum.m.js.gz)} kB gz, ratio JS gz ${ratio(sum.f.js.gz, sum.m.js.gz)}, JS+CSS gz ${ratio(allF.gz, allM.gz)}, JS+CSS raw ${ratio(allF.raw, allM.raw)}`,
  )
  say(
    `- bench:size copies across apps/*/dist: ${Object.keys(SIGNATURES)
      .map((lib) => `${lib} ${copies[lib].length}`)
      .join(', ')}`,
  )
  console.log(lines.join('\n'))
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
