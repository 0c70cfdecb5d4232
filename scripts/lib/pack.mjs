// Packs the published packages as `pnpm publish` would (publishConfig applied, `workspace:`
// ranges replaced): the tarballs the package checks, the size budgets and the consumer test use.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { publishedPackages } from './packages.mjs'
import { ROOT } from './sections.mjs'

// pnpm as `npm test` brings it (.tools/), else the one on PATH.
const PNPM = existsSync(join(ROOT, '.tools/node_modules/.bin/pnpm'))
  ? join(ROOT, '.tools/node_modules/.bin/pnpm')
  : 'pnpm'

/** Packs every published package into `dir`; returns { name → tarball path }. Needs dist/. */
export function packAll(dir) {
  mkdirSync(dir, { recursive: true })
  const tarballs = {}
  for (const pkg of publishedPackages()) {
    for (const entry of pkg.entries)
      if (!existsSync(join(pkg.dir, entry.js)))
        throw new Error(`${pkg.name}: ${entry.js} ontbreekt; bouw eerst (pnpm turbo run build)`)
    const file = `${pkg.name.slice(1).replace('/', '-')}-${pkg.version}.tgz`
    execFileSync(PNPM, ['pack', '--pack-destination', dir], { cwd: pkg.dir, stdio: 'ignore' })
    if (!readdirSync(dir).includes(file)) throw new Error(`pnpm pack schreef ${file} niet`)
    tarballs[pkg.name] = join(dir, file)
  }
  return tarballs
}
