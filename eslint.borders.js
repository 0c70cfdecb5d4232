// The borders of the sections, as `no-restricted-imports` blocks for eslint.config.js. A section
// (apps/<id>/ with `duo.section` in its package.json) imports neither the shell, the BFF nor
// another section, by package name or by a relative path out of its folder; its api/ uses the
// server kit only through `@duo/server-kit` (`/testing` in tests), and its browser code takes
// server code only as types. Flat config cannot say "another section" nor "out of this
// folder", and a later block replaces a rule's options instead of adding to them: so every
// combination (section × browser/api/api-test × folder depth) gets one block with all its
// patterns, generated from the list of section folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const ROOT = new URL('.', import.meta.url)

/** Section folders and their package names, read from apps/*\/package.json. */
const SECTIONS = readdirSync(new URL('apps/', ROOT))
  .filter((id) => existsSync(new URL(`apps/${id}/package.json`, ROOT)))
  .map((id) => ({ id, pkg: JSON.parse(readFileSync(new URL(`apps/${id}/package.json`, ROOT))) }))
  .filter(({ pkg }) => pkg.duo?.section)
  .map(({ id, pkg }) => ({ id, name: pkg.name ?? `@duo/${id}` }))

/** Folder depths checked one by one; deeper files share the last block. */
const DIEPSTE = 8
const BESTANDEN = '*.{ts,mts,js,mjs,vue}'
// Node code beside the browser code (the harness's Vite config): not the browser's rules.
const CONFIGS = ['**/vite.config.ts', '**/vitest.config.ts']
// Code that may use @duo/server-kit/testing. Benchmarks run the portal in-process as the tests
// do, and neither ever runs in production.
const TEST_NAMEN = ['*.test.ts', 'test-support.ts']
const TEST_MAP = 'bench'

const pakket = (name) => [name, `${name}/*`]
const ups = (n) => `(?:\\.\\./){${n}}`

function patronen(sectie, soort, diepte) {
  const anderen = SECTIONS.filter((s) => s.id !== sectie.id).flatMap((s) => pakket(s.name))
  const hier = `apps/${sectie.id}/`
  const lijst = [
    {
      group: pakket('@duo/shell'),
      message: 'A section never imports the shell: the portal reaches it through @duo/portal-sdk.',
    },
    {
      group: pakket('@duo/bff'),
      message: 'A section never imports the BFF: its api/ uses @duo/server-kit.',
    },
    {
      group: anderen,
      message: `${hier} imports no other section: share through a package or a platform service.`,
    },
    {
      // From a file `diepte` folders below apps/<id>/, that many `../` reach apps/<id>/ itself.
      regex: `^(?:\\./)?${ups(diepte)}\\.\\.(?:/|$)`,
      message: `Relative imports stay inside ${hier}: reach other code by its package name.`,
    },
  ]
  if (soort === 'browser')
    lijst.push(
      { group: ['node:*'], message: 'Browser code: no Node modules.' },
      {
        group: pakket('@duo/server-kit'),
        allowTypeImports: true,
        message: 'Browser code takes @duo/server-kit only with `import type`.',
      },
      {
        regex: `^(?:\\./)?${ups(diepte)}api(?:/|$)`,
        allowTypeImports: true,
        message:
          "Browser code takes its section's api/ only with `import type` (the typed client).",
      },
    )
  else {
    lijst.push(
      {
        group: pakket('@duo/server-kit/platform'),
        message: "@duo/server-kit/platform is the BFF's: a section's api/ uses @duo/server-kit.",
      },
      {
        regex: `^(?:\\./)?${ups(diepte)}src(?:/|$)`,
        message: "A section's api/ imports nothing of its pages (src/).",
      },
    )
    if (soort === 'api')
      lijst.push({
        group: pakket('@duo/server-kit/testing'),
        message: '@duo/server-kit/testing only in *.test.ts and test-support.ts.',
      })
  }
  return lijst
}

/** Globs of files `diepte` folders below apps/<id>/, under `pad` (the last depth: and deeper). */
function bestanden(sectie, pad, diepte, namen = [BESTANDEN]) {
  const onder = diepte - pad.split('/').length
  if (onder < 0) return []
  const tussen = '*/'.repeat(onder) + (diepte < DIEPSTE ? '' : '**/')
  return namen.map((naam) => `apps/${sectie.id}/${pad}/${tussen}${naam}`)
}

export const borders = SECTIONS.flatMap((sectie) =>
  Array.from({ length: DIEPSTE }, (_, i) => i + 1).flatMap((diepte) => {
    const regel = (soort) => ({
      'no-restricted-imports': ['error', { patterns: patronen(sectie, soort, diepte) }],
    })
    return [
      {
        name: `borders/${sectie.id}/browser/${diepte}`,
        files: [...bestanden(sectie, 'src', diepte), ...bestanden(sectie, 'dev', diepte)],
        ignores: CONFIGS,
        rules: regel('browser'),
      },
      {
        name: `borders/${sectie.id}/api/${diepte}`,
        files: bestanden(sectie, 'api', diepte),
        ignores: [...TEST_NAMEN.map((n) => `**/${n}`), `apps/*/api/${TEST_MAP}/**`],
        rules: regel('api'),
      },
      {
        name: `borders/${sectie.id}/api-test/${diepte}`,
        files: [
          ...bestanden(sectie, 'api', diepte, TEST_NAMEN),
          ...bestanden(sectie, `api/${TEST_MAP}`, diepte),
        ],
        rules: regel('api-test'),
      },
    ]
  }),
)
