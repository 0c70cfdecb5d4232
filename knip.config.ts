// Dead code at zero (`pnpm knip`). Knip's own plugins find the Vite, Vitest, ESLint and
// TypeScript configs, the tests and the package.json scripts and exports; this file adds the
// entry points they cannot see, and each narrow exception says why.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { KnipConfig } from 'knip'

/**
 * Every section: `src/section.ts`, which the shell loads (section-kit's federation config
 * exposes it), and benchmarks run by hand. Its harness and `./api` Knip finds by itself.
 */
const sections = readdirSync('apps').filter((id) => {
  const pkg = `apps/${id}/package.json`
  return existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).duo?.section
})
const section = (id: string) => ({
  entry: ['src/section.ts', ...(existsSync(`apps/${id}/api/bench`) ? ['api/bench/*.ts'] : [])],
})

const config: KnipConfig = {
  workspaces: {
    '.': {
      entry: ['scripts/*.mjs'],
      // Types of scripts/lib/portal.mjs for the browser tests; TypeScript finds it by name.
      ignoreFiles: ['scripts/lib/portal.d.mts'],
      // scripts/bench-size.mjs loads e2e's copy, through createRequire(e2e/package.json).
      // scripts/check-packages.mjs runs publint and attw from node_modules/.bin by path.
      ignoreDependencies: ['playwright-core', 'publint', '@arethetypeswrong/cli'],
      // scripts/test-all.mjs installs Chromium with Debian's package manager when it is missing.
      ignoreBinaries: ['apt-get'],
    },
    ...Object.fromEntries(sections.map((id) => [`apps/${id}`, section(id)])),
    'apps/shell': {
      // Compiled in instead of the remote loader by `DUO_BUILD=monolith` (vite.config.ts alias).
      entry: ['src/sections/monolith-loader.ts'],
    },
    e2e: {
      // The version-skew fixture section, built by tests/skew.e2e.test.ts with Vite.
      entry: ['fixtures/*/vite.config.ts', 'fixtures/*/src/section.ts'],
      // Injected into the page from its path: createRequire(…).resolve('axe-core/axe.min.js').
      ignoreDependencies: ['axe-core'],
    },
  },
  // A migration's `up`/`down` reach the migrator through the namespace object in
  // migrations/index.ts (`'0001_x': m0001`), which Knip does not follow as a use.
  ignoreIssues: { '**/migrations/[0-9][0-9][0-9][0-9]_*.ts': ['exports'] },
  compilers: {
    // @duo/ui's styles.css pulls in the Rijkshuisstijl CSS with @import: those are its imports.
    css: (text: string) =>
      [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, p]) => `import '${p}';`).join('\n'),
  },
}

export default config
