// A consumer outside the workspace: installs the packed @duo/authz, @duo/portal-sdk, @duo/ui
// and @duo/xbrl with npm into a scratch project in the system's temp folder (only the
// packages' own dependencies and peers, pinned, from the npm cache where it can), then there:
// decides a request with @duo/authz in Node, renders @duo/ui components with Vue's server
// renderer, runs `duo-xbrl validate` on a fixture, and type-checks a TypeScript file that uses
// all four under moduleResolution node16 and bundler (library declarations checked too).
//
//   node --test scripts/consumer.test.mjs    packs itself; DUO_PACKS_DIR=<dir> reuses tarballs
//                                            (scripts/check-packages.mjs passes its own)
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { packAll } from './lib/pack.mjs'
import { publishedPackages } from './lib/packages.mjs'
import { ROOT } from './lib/sections.mjs'

// The peers the packages ask for, at the versions the workspace runs (docs: stack.md).
const PEERS = ['vue@3.5.45', 'vue-router@5.5.1', 'pinia@4.1.0', 'vue-i18n@11.3.1']
const TYPES = ['@types/node@20.19.43']
const scratch = mkdtempSync(join(tmpdir(), 'duo-consumer-'))
const run = (file, args = []) =>
  spawnSync(process.execPath, [file, ...args], { cwd: scratch, encoding: 'utf8' })

before(() => {
  let packs = process.env.DUO_PACKS_DIR
  if (!packs) {
    packs = join(scratch, 'packs')
    packAll(packs)
  }
  const tarballs = readdirSync(packs)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(packs, f))
  assert.equal(tarballs.length, publishedPackages().length, 'een tarball per pakket')
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'duo-consumer', private: true, type: 'module' }, null, 2),
  )
  execFileSync(
    'npm',
    [
      'install',
      ...tarballs,
      ...PEERS,
      ...TYPES,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    { cwd: scratch, stdio: 'inherit', env: { ...process.env, npm_config_workspaces: 'false' } },
  )
})
after(() => rmSync(scratch, { recursive: true, force: true }))

describe('the packed packages in a project outside the workspace', () => {
  it('decide a request with @duo/authz in Node, with the reason', () => {
    writeFileSync(
      join(scratch, 'decide.mjs'),
      `import { decide, parseInstellingscode } from '@duo/authz'
const bestuur = {
  bestuursnummer: '41234', kvk: '12345678', onderwijsbestuurcode: '100B490', naam: 'De Linde',
  osrOvereenkomstGetekend: true,
  scholen: [
    { instellingscode: '12AB', naam: 'De Vuurtoren', vestigingscodes: ['12AB00'], onderwijsaanbiedercode: '123A456' },
    { instellingscode: '34CD', naam: 'Het Duin', vestigingscodes: ['34CD00'], onderwijsaanbiedercode: '234A567' },
  ],
}
const subject = {
  kind: 'bestuur-medewerker', personId: 'p-1',
  grants: [{ role: 'medewerker-schoolleiding-rod', kenmerk: '12AB' }],
  actsFor: { kvk: '12345678', bestuursnummer: '41234' }, intermediary: null,
  machtigingen: ['mijn-duo'], niveau: 'EH3',
}
const options = { now: new Date('2024-04-15T10:00:00+02:00') }
const ja = decide(subject, 'rod.dashboard-school.raadplegen', { bestuur, school: '12AB' }, options)
const nee = decide(subject, 'rod.dashboard-school.raadplegen', { bestuur, school: '34CD' }, options)
console.log(JSON.stringify({ ja, nee, code: parseInstellingscode('21az') }))
`,
    )
    const r = run('decide.mjs')
    assert.equal(r.status, 0, r.stderr)
    const { ja, nee, code } = JSON.parse(r.stdout)
    assert.equal(ja.allowed, true)
    assert.equal(nee.allowed, false)
    assert.match(nee.reason.nl, /geldt voor 12AB, niet voor 34CD/)
    assert.ok(nee.reason.en.length > 0)
    assert.deepEqual(code, { ok: true, value: '21AZ' })
  })

  it('render @duo/ui components with the portal context of @duo/portal-sdk', () => {
    writeFileSync(
      join(scratch, 'render.mjs'),
      `import { createSSRApp, h, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { PORTAL_CONTEXT } from '@duo/portal-sdk'
import { DuoAlert, DuoStatusLabel, DuoTextField } from '@duo/ui'
const html = {}
for (const locale of ['nl', 'en']) {
  const app = createSSRApp({
    render: () => [
      h(DuoStatusLabel, { tone: 'warning', label: { nl: 'Wacht op uw reactie', en: 'Awaiting your reply' } }),
      h(DuoAlert, { type: 'error' }, () => 'Er ging iets mis'),
      h(DuoTextField, { id: 'email', label: 'E-mail', modelValue: '', required: true, error: { nl: 'Vul uw e-mailadres in', en: 'Enter your e-mail address' } }),
    ],
  })
  app.provide(PORTAL_CONTEXT, { locale: ref(locale) })
  html[locale] = await renderToString(app)
}
console.log(JSON.stringify(html))
`,
    )
    const r = run('render.mjs')
    assert.equal(r.status, 0, r.stderr)
    const html = JSON.parse(r.stdout)
    assert.match(html.nl, /Wacht op uw reactie/)
    assert.match(html.en, /Awaiting your reply/)
    assert.match(html.nl, /role="alert"/)
    assert.match(html.nl, /aria-invalid="true"/)
    assert.match(html.nl, /Vul uw e-mailadres in/)
    assert.match(html.en, /Enter your e-mail address/)
  })

  it('validate an XBRL instance with the duo-xbrl command', () => {
    const valid = join(ROOT, 'packages/xbrl/fixtures/valid')
    const file = join(
      valid,
      readdirSync(valid).find((f) => f.endsWith('.xbrl')),
    )
    const ok = run('node_modules/.bin/duo-xbrl', ['validate', file])
    assert.equal(ok.status, 0, ok.stderr || ok.stdout)
    assert.match(ok.stdout, /^Geldig/)
    const invalid = join(ROOT, 'packages/xbrl/fixtures/invalid/FR-NL-1.01.xbrl')
    const bad = run('node_modules/.bin/duo-xbrl', ['validate', invalid, '--taal', 'en'])
    assert.equal(bad.status, 1, bad.stderr)
    assert.match(bad.stdout, /FR-NL-1\.01/)
  })

  for (const resolution of ['node16', 'bundler']) {
    it(`type-check a file using all four under moduleResolution ${resolution}`, () => {
      const dir = join(scratch, resolution)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'consumer.ts'), CONSUMER_TS)
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: resolution === 'node16' ? 'node16' : 'esnext',
            moduleResolution: resolution,
            target: 'es2022',
            lib: ['es2022', 'dom', 'dom.iterable'],
            types: ['node'],
            typeRoots: [join(scratch, 'node_modules/@types')],
            strict: true,
            noEmit: true,
            // The packages' own declarations are checked too, not only their use.
            skipLibCheck: false,
          },
          files: ['consumer.ts'],
        }),
      )
      const tsc = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir],
        { cwd: scratch, encoding: 'utf8' },
      )
      // Errors in our declarations or in the consumer count; a third party's own (saxes 6's
      // declarations do not pass TypeScript 5.9's checks) is not ours to fix here.
      const errors = tsc.stdout.split('\n').filter((l) => /error TS\d+/.test(l))
      const ours = errors.filter(
        (l) => !l.startsWith('node_modules/') || l.startsWith('node_modules/@duo/'),
      )
      assert.deepEqual(ours, [], tsc.stdout)
      assert.ok(tsc.status === 0 || errors.length > ours.length, tsc.stdout + tsc.stderr)
    })
  }
})

const CONSUMER_TS = `import { decide, type Bestuur, type Decision, type PermissionId, type Subject } from '@duo/authz'
import { CONTRACT_VERSION, checkContractVersion, type SectionMeta } from '@duo/portal-sdk'
import { ApiFout, isApiFout } from '@duo/portal-sdk/errors'
import { checkSharedVersions, SHARED_SINGLETONS } from '@duo/portal-sdk/federation'
import { validateSectionMeta } from '@duo/portal-sdk/contract'
import { unwrap } from '@duo/portal-sdk/api'
import { DuoButton, DuoDataTable, DuoStatusLabel, useTaal, type Kolom } from '@duo/ui'
import { RHC_COMPONENTEN } from '@duo/ui/rhc-components'
import { validateInstance, REGELS, type RegelId } from '@duo/xbrl'
import { bundledTaxonomyPackage, fileChunks } from '@duo/xbrl/node'
import { genereerInstance } from '@duo/xbrl/generator'
import { h } from 'vue'

declare const subject: Subject
declare const bestuur: Bestuur
const permission: PermissionId = 'rod.leerlingdossier.raadplegen'
const decision: Decision = decide(subject, permission, { bestuur, school: '12AB' })
const why: string = decision.reason.nl

const meta: Partial<SectionMeta> = { contractVersion: CONTRACT_VERSION }
const problems: string[] = validateSectionMeta(meta)
const skew = checkSharedVersions([], { '@duo/ui': '1.1.0' })?.code
const range: string = SHARED_SINGLETONS['@duo/ui'].requiredVersion
const fout = new ApiFout(404, 'niet-gevonden', 'Niet gevonden', 'Not found')
const isFout: boolean = isApiFout(fout) && checkContractVersion('1.0') === null

const button = h(DuoButton, { variant: 'primary' })
const label = h(DuoStatusLabel, { tone: 'warning', label: 'Wacht' })
// @ts-expect-error: tone is a union of five words, the declarations must know it
h(DuoStatusLabel, { tone: 'paars', label: 'x' })
const kolommen: Kolom<{ id: string; naam: string }>[] = [{ key: 'naam', label: 'Naam' }]
const table: typeof DuoDataTable = DuoDataTable
const taal = useTaal
const components: readonly string[] = RHC_COMPONENTEN

const regel: RegelId = 'XML-EMPTY'
const ernst: 'error' | 'warning' = REGELS[regel].severity
const pad: string = bundledTaxonomyPackage()
const chunks: AsyncIterable<Uint8Array> = fileChunks(pad)
const instance = genereerInstance
const check: typeof validateInstance = validateInstance
const unwrapped = unwrap

export {
  why, problems, skew, range, isFout, button, label, kolommen, table, taal, components,
  ernst, chunks, instance, check, unwrapped,
}
`
