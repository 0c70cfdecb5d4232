// The published packages as a consumer gets them (run after the build):
//   1. packs @duo/authz, @duo/portal-sdk, @duo/ui and @duo/xbrl as `pnpm publish` would;
//   2. publint (strict) and @arethetypeswrong/cli (ESM only: node16 from ESM and bundler) on
//      each tarball;
//   3. sizes: packed (the .tgz) and the browser entry (`.` bundled and minified by esbuild, its
//      `browser` condition when it has one, its peers and the other @duo packages left out,
//      gzip -9) against the budgets in packages/sizes.json;
//   4. the consumer test (scripts/consumer.test.mjs) on the same tarballs.
//
//   node scripts/check-packages.mjs                 all of it (CI)
//   node scripts/check-packages.mjs --write-sizes   write the measured sizes into sizes.json
//   node scripts/check-packages.mjs --write-sizes --reset-budgets   budgets = size + 10 %
//   node scripts/check-packages.mjs --no-consumer   skip step 4
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { packAll } from './lib/pack.mjs'
import { publishedPackages } from './lib/packages.mjs'
import { ROOT } from './lib/sections.mjs'

const args = new Set(process.argv.slice(2))
const SIZES = join(ROOT, 'packages/sizes.json')
const bin = (name) => join(ROOT, 'node_modules/.bin', name)
const started = Date.now()
const dir = mkdtempSync(join(tmpdir(), 'duo-packs-'))
let failed = false

try {
  const tarballs = packAll(dir)
  const packages = publishedPackages()

  for (const pkg of packages) {
    const tarball = tarballs[pkg.name]
    const publint = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' })
    const nonJs = Object.entries(pkg.manifest.publishConfig.exports)
      .filter(([, target]) => typeof target === 'string' && !target.endsWith('.json'))
      .map(([subpath]) => subpath)
    const attw = spawnSync(
      bin('attw'),
      [
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        ...(nonJs.length ? ['--exclude-entrypoints', ...nonJs] : []),
      ],
      { encoding: 'utf8' },
    )
    const ok = publint.status === 0 && attw.status === 0
    console.log(
      `${ok ? '✓' : '✗'} ${pkg.name}: publint ${publint.status === 0 ? 'schoon' : 'FOUT'}, attw ${attw.status === 0 ? 'schoon' : 'FOUT'}`,
    )
    if (publint.status !== 0) console.log(publint.stdout, publint.stderr)
    if (attw.status !== 0) console.log(attw.stdout, attw.stderr)
    failed ||= !ok
  }

  const measured = {}
  for (const pkg of packages) measured[pkg.name] = await measure(pkg, tarballs[pkg.name])
  failed = checkSizes(measured) || failed

  if (!args.has('--no-consumer') && !failed) {
    const consumer = spawnSync(process.execPath, ['--test', 'scripts/consumer.test.mjs'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, DUO_PACKS_DIR: dir },
    })
    failed ||= consumer.status !== 0
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(
  `${failed ? '✗' : '✓'} pakketten gecontroleerd in ${Math.round((Date.now() - started) / 1000)} s`,
)
process.exit(failed ? 1 : 0)

/** Packed size, and the gzip size of the browser entry as a bundler would ship it. */
async function measure(pkg, tarball) {
  const leaveOut = [
    ...Object.keys(pkg.manifest.peerDependencies ?? {}),
    ...Object.keys(pkg.manifest.dependencies ?? {}).filter((d) => d.startsWith('@duo/')),
  ]
  const main = pkg.entries.find((e) => e.subpath === '.')
  const result = await build({
    entryPoints: [join(pkg.dir, main.browser ?? main.js)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    external: leaveOut.flatMap((name) => [name, `${name}/*`]),
  })
  const js = result.outputFiles[0].contents
  return { packed: statSync(tarball).size, browserGzip: gzipSync(js, { level: 9 }).length }
}

/** Compares with the budgets; `--write-sizes` records the sizes (and budgets when asked). */
function checkSizes(measured) {
  const file = JSON.parse(readFileSync(SIZES, 'utf8'))
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`
  let over = false
  for (const [name, size] of Object.entries(measured)) {
    const known = file.packages[name] ?? {}
    const budget = known.budget ?? {}
    for (const key of ['packed', 'browserGzip']) {
      const limit = budget[key]
      const line = `${name} ${key === 'packed' ? 'verpakt' : 'browser (gzip)'}: ${kB(size[key])}${limit ? ` van ${kB(limit)}` : ''}`
      if (limit && size[key] > limit && !args.has('--reset-budgets')) {
        console.error(
          `✗ ${line}: over het budget. Kleiner maken, of het budget verhogen met een reden (docs/releases.md).`,
        )
        over = true
      } else console.log(`  ${line}`)
      const before = known[key]
      if (before && Math.abs(size[key] - before) / before > 0.05 && !args.has('--write-sizes'))
        console.log(`  (packages/sizes.json noemt ${kB(before)}: bijwerken met --write-sizes)`)
    }
  }
  if (args.has('--write-sizes')) {
    const ceil = (n) => Math.ceil((n * 1.1) / 1024) * 1024
    for (const [name, size] of Object.entries(measured)) {
      const known = file.packages[name] ?? {}
      const budget =
        args.has('--reset-budgets') || !known.budget
          ? { packed: ceil(size.packed), browserGzip: ceil(size.browserGzip) }
          : known.budget
      file.packages[name] = { ...size, budget }
    }
    writeFileSync(SIZES, `${JSON.stringify(file, null, 2)}\n`)
    console.log('packages/sizes.json bijgewerkt')
  }
  return over
}
