// `pnpm lint:borders` (node --test): the borders of eslint.borders.js and of @duo/authz's own
// config hold. Each case lints a snippet as if it were a file at that path (the file need not
// exist) and expects `no-restricted-imports` (or `no-restricted-globals`) with its message;
// each border also has an allowed case, so a rule that refuses everything fails here too.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ESLint } from 'eslint'
import { ROOT } from './lib/sections.mjs'

// Two configs in one process: typescript-eslint then wants each one's root named.
const eslint = (cwd) =>
  new ESLint({
    cwd,
    overrideConfig: { languageOptions: { parserOptions: { tsconfigRootDir: cwd } } },
  })
const workspace = eslint(ROOT)
const authz = eslint(`${ROOT}packages/authz`)

async function meldingen(linter, filePath, code, ruleId = 'no-restricted-imports') {
  const [result] = await linter.lintText(code, { filePath })
  const fataal = result.messages.find((m) => m.fatal)
  assert.equal(fataal, undefined, `${filePath}: ${fataal?.message}`)
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message)
}

async function geweigerd(filePath, code, tekst, linter = workspace, ruleId) {
  const lijst = await meldingen(linter, filePath, code, ruleId)
  assert.equal(
    lijst.length,
    1,
    `${filePath}: verwacht één melding van ${ruleId ?? 'no-restricted-imports'}, kreeg ${JSON.stringify(lijst)}`,
  )
  assert.match(lijst[0], tekst)
}

async function toegestaan(filePath, code, linter = workspace, ruleId) {
  assert.deepEqual(await meldingen(linter, filePath, code, ruleId), [], filePath)
}

describe('a section imports neither the shell nor another section', () => {
  it('refuses the shell and the BFF by package name', async () => {
    await geweigerd(
      'apps/rod/src/x.ts',
      "import { start } from '@duo/shell'",
      /never imports the shell/,
    )
    await geweigerd('apps/helpdesk/api/x.ts', "import app from '@duo/bff'", /never imports the BFF/)
  })

  it('refuses another section by package name, in pages and in the API', async () => {
    await geweigerd(
      'apps/rod/src/pages/landing/LandingPage.vue',
      '<script setup lang="ts">\nimport section from \'@duo/helpdesk\'\n</script>',
      /apps\/rod\/ imports no other section/,
    )
    await geweigerd(
      'apps/helpdesk/api/meldingen/routes.ts',
      "import rod from '@duo/rod/api'",
      /apps\/helpdesk\/ imports no other section/,
    )
    await toegestaan('apps/rod/src/x.ts', "import { usePortal } from '@duo/portal-sdk'")
  })

  it('refuses a relative path out of the section folder, at any depth', async () => {
    await geweigerd(
      'apps/rod/src/x.ts',
      "import { routes } from '../../helpdesk/src/routes'",
      /Relative imports stay inside apps\/rod\//,
    )
    await geweigerd(
      'apps/rod/src/pages/landing/x.ts',
      "import { shell } from '../../../../shell/src/main'",
      /Relative imports stay inside apps\/rod\//,
    )
    await geweigerd(
      'apps/helpdesk/api/meldingen/store.ts',
      "import { db } from '../../../bff/src/db'",
      /Relative imports stay inside apps\/helpdesk\//,
    )
    await toegestaan('apps/rod/src/pages/landing/x.ts', "import pkg from '../../../package.json'")
    await toegestaan(
      'apps/helpdesk/api/meldingen/routes.ts',
      "import type { HelpdeskTables } from '../tables'",
    )
  })
})

describe("a section's api/ uses the server kit's public face", () => {
  it('refuses @duo/server-kit/platform, also in tests', async () => {
    const code = "import { composeSections } from '@duo/server-kit/platform'"
    await geweigerd(
      'apps/helpdesk/api/meldingen/routes.ts',
      code,
      /server-kit\/platform is the BFF's/,
    )
    await geweigerd(
      'apps/helpdesk/api/meldingen/routes.test.ts',
      code,
      /server-kit\/platform is the BFF's/,
    )
  })

  it('takes @duo/server-kit/testing only in tests and test-support.ts', async () => {
    const code = "import { createTestApp } from '@duo/server-kit/testing'"
    await geweigerd(
      'apps/helpdesk/api/meldingen/routes.ts',
      code,
      /only in \*\.test\.ts and test-support\.ts/,
    )
    await toegestaan('apps/helpdesk/api/meldingen/routes.test.ts', code)
    await toegestaan('apps/helpdesk/api/test-support.ts', code)
    await toegestaan(
      'apps/helpdesk/api/meldingen/routes.ts',
      "import { tekst } from '@duo/server-kit'",
    )
  })

  it("refuses the section's own pages", async () => {
    await geweigerd(
      'apps/helpdesk/api/index.ts',
      "import section from '../src/section'",
      /imports nothing of its pages/,
    )
  })
})

describe('browser code takes server code only as types', () => {
  it('refuses @duo/server-kit except `import type`', async () => {
    await geweigerd(
      'apps/rod/src/x.ts',
      "import { tekst } from '@duo/server-kit'",
      /only with `import type`/,
    )
    await toegestaan('apps/rod/src/x.ts', "import type { AppEnv } from '@duo/server-kit'")
  })

  it("refuses the section's own api/ except `import type` (the typed client)", async () => {
    await geweigerd(
      'apps/helpdesk/src/api.ts',
      "import helpdeskApi from '../api'",
      /api\/ only with `import type`/,
    )
    await toegestaan('apps/helpdesk/src/api.ts', "import type { HelpdeskApi } from '../api'")
    // `../../api` from a page is src/api.ts, the client: allowed.
    await toegestaan(
      'apps/helpdesk/src/pages/x/X.vue',
      '<script setup lang="ts">\nimport { unwrap } from \'../../api\'\n</script>',
    )
  })

  it('keeps refusing Node modules', async () => {
    await geweigerd(
      'apps/rod/src/x.ts',
      "import { readFileSync } from 'node:fs'",
      /Browser code: no Node modules/,
    )
    await toegestaan('apps/rod/dev/vite.config.ts', "import { fileURLToPath } from 'node:url'")
  })
})

describe('@duo/authz does no I/O (its own config)', () => {
  it('refuses Node modules and I/O globals', async () => {
    await geweigerd(
      'src/x.ts',
      "import { readFileSync } from 'node:fs'",
      /@duo\/authz is pure/,
      authz,
    )
    await geweigerd(
      'src/x.ts',
      "export const laad = () => fetch('/rollen')",
      /@duo\/authz is pure/,
      authz,
      'no-restricted-globals',
    )
    await toegestaan('src/x.ts', "import { decide } from './decide/decide.ts'", authz)
    await toegestaan(
      'src/x.ts',
      'export const nu = () => new Date()',
      authz,
      'no-restricted-globals',
    )
  })
})
