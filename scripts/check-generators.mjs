// `pnpm check:generators`: proves the generators in the real tree. Generates a throw-away section
// (`pnpm gen section`), installs it offline, type-checks, tests and lints it, then adds a feature
// to it (`pnpm gen feature`) and checks again. Outside apps/<id>/ only the three registration
// lines and the lock file may change. Everything generated is removed again in a `finally`, and
// the lock file must then be byte for byte what it was.
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, SECTIONS } from './lib/sections.mjs'

const ID = process.argv[2] ?? 'proef-sectie'
const CAMEL = ID.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())
const MAP = `apps/${ID}/`
const LOCK = 'pnpm-lock.yaml'
/** The one line each generated section adds outside its folder, and how to find it again. */
const AANMELDING = {
  'apps/bff/src/sections.ts': `export { default as ${CAMEL} } from '@duo/${ID}/api'`,
  'apps/bff/package.json': `"@duo/${ID}": "workspace:*"`,
  CODEOWNERS: `/apps/${ID}/ `,
}
// The BFF and the test broker's ports in `pnpm dev` (apps/bff/config/dev.env).
const PLATFORM_POORTEN = new Set([8080, 8090])

const lees = (pad) => (existsSync(join(ROOT, pad)) ? readFileSync(join(ROOT, pad), 'utf8') : null)
const hash = (pad) => {
  const inhoud = existsSync(join(ROOT, pad)) ? readFileSync(join(ROOT, pad)) : 'weg'
  return createHash('sha1').update(inhoud).digest('hex')
}

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} mislukte (exit ${r.status})`)
}

/** Every changed or untracked file of the checkout with a hash of its content. */
function toestand() {
  const r = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`git status mislukte: ${r.stderr}`)
  const velden = r.stdout.split('\0').filter(Boolean)
  const paden = []
  for (let i = 0; i < velden.length; i++) {
    const [status, pad] = [velden[i].slice(0, 2), velden[i].slice(3)]
    paden.push(pad)
    if (status.includes('R') || status.includes('C')) paden.push(velden[++i]) // the old name
  }
  return new Map(paden.map((p) => [p, hash(p)]))
}

/** Fails unless `na` differs from `voor` by exactly the one line `regel` (inserted anywhere). */
function eenRegelErbij(pad, voor, regel) {
  const a = voor.split('\n')
  const b = (lees(pad) ?? '').split('\n')
  const i = b.findIndex((r, n) => r !== a[n])
  const ok =
    b.length === a.length + 1 &&
    i >= 0 &&
    b[i].includes(regel) &&
    b.slice(i + 1).join('\n') === a.slice(i).join('\n')
  if (!ok) throw new Error(`${pad}: verwacht precies één regel erbij met ${regel}`)
}

function controleerGrenzen(voor, aanmeldingVoor) {
  const na = toestand()
  const veranderd = [...new Set([...voor.keys(), ...na.keys()])].filter(
    (p) => (voor.get(p) ?? hash(p)) !== (na.get(p) ?? hash(p)),
  )
  const buiten = veranderd.filter((p) => !p.startsWith(MAP) && !(p in AANMELDING) && p !== LOCK)
  if (buiten.length) throw new Error(`Buiten ${MAP} veranderd: ${buiten.join(', ')}`)
  for (const [pad, regel] of Object.entries(AANMELDING))
    eenRegelErbij(pad, aanmeldingVoor[pad], regel)
  console.log(
    `✓ buiten ${MAP} alleen de drie aanmeldregels${veranderd.includes(LOCK) ? ' en de lock' : ''}`,
  )
}

function controleerSectie() {
  for (const taak of ['typecheck', 'test', 'lint']) run('pnpm', ['--filter', `@duo/${ID}`, taak])
  run('pnpm', ['exec', 'prettier', '--check', MAP])
  run('pnpm', ['exec', 'knip', '--no-progress', '--workspace', MAP.slice(0, -1)])
}

function opruimen() {
  rmSync(join(ROOT, MAP), { recursive: true, force: true })
  for (const [pad, regel] of Object.entries(AANMELDING)) {
    const inhoud = lees(pad)
    if (inhoud?.includes(regel))
      writeFileSync(
        join(ROOT, pad),
        inhoud
          .split('\n')
          .filter((r) => !r.includes(regel))
          .join('\n'),
      )
  }
}

if (existsSync(join(ROOT, MAP)) || lees('apps/bff/src/sections.ts')?.includes(`@duo/${ID}/api`)) {
  console.error(`${MAP} of de aanmelding van ${ID} bestaat al: kies een ander id.`)
  process.exit(2)
}
let poort = Math.max(8080, ...SECTIONS.map((s) => s.port)) + 1
while (SECTIONS.some((s) => s.port === poort) || PLATFORM_POORTEN.has(poort)) poort++

const voor = toestand()
const aanmeldingVoor = Object.fromEntries(Object.keys(AANMELDING).map((p) => [p, lees(p)]))
const lockVoor = lees(LOCK)
let fout = null
try {
  run('pnpm', ['exec', 'tsc', '-p', 'turbo/generators/tsconfig.json'])
  // The prompts of `gen section`, in order: id, titles, descriptions, port, dienst,
  // permission, first feature and its singular.
  run('pnpm', [
    'exec',
    'gen',
    'section',
    '--args',
    ID,
    'Proefsectie',
    'Test section',
    'Een wegwerpsectie die de generator controleert.',
    'A throw-away section that checks the generator.',
    String(poort),
    'mijn-duo',
    'bekostiging.raadplegen',
    'aanvragen',
    'aanvraag',
  ])
  controleerGrenzen(voor, aanmeldingVoor)
  run('pnpm', ['install', '--offline'])
  controleerSectie()
  // The prompts of `gen feature`: section, feature, permission, singular.
  run('pnpm', [
    'exec',
    'gen',
    'feature',
    '--args',
    ID,
    'bezwaren',
    'bekostiging.raadplegen',
    'bezwaar',
  ])
  controleerGrenzen(voor, aanmeldingVoor)
  controleerSectie()
} catch (err) {
  fout = err
} finally {
  opruimen()
  try {
    run('pnpm', ['install', '--offline'])
  } catch (err) {
    fout ??= err
  }
  if (lees(LOCK) !== lockVoor)
    fout ??= new Error(`${LOCK} is na het opruimen niet terug zoals hij was`)
}
if (fout) {
  console.error(`\n✗ ${fout.message}`)
  process.exit(1)
}
console.log(`\n✓ generators: sectie en feature gemaakt, groen en weer opgeruimd`)
