// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { build, type Plugin } from 'vite'
import { GECONTROLEERDE_VERSIE, VERVANGINGEN, runtimeSubset } from './runtime-subset'

const SHELL = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(join(SHELL, 'package.json'))
const runtime = dirname(require.resolve('@module-federation/runtime/package.json'))
const core = dirname(
  createRequire(join(runtime, 'package.json')).resolve('@module-federation/runtime-core'),
)
const pakketten: Record<string, string> = {
  'runtime-core': join(core, '..'),
  sdk: join(dirname(createRequire(core).resolve('@module-federation/sdk')), '..'),
  'error-codes': join(dirname(createRequire(core).resolve('@module-federation/error-codes')), '..'),
}
const tmp = mkdtempSync(join(tmpdir(), 'runtime-subset-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** The names a module exports (`export { a, b as c }`, `export const d`). */
function exportsOf(code: string): string[] {
  const names = new Set<string>()
  for (const [, list] of code.matchAll(/export\s*\{([^}]*)\}/g))
    for (const item of list!.split(','))
      if (item.trim())
        names.add(
          item
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        )
  for (const [, name] of code.matchAll(/export\s+(?:const|let|var|function|class)\s+([\w$]+)/g))
    names.add(name!)
  return [...names].sort()
}

/** The shell's use of the runtime (src/sections/federation-host.ts, remote-loader.ts), bundled as the shell is. */
async function bundle(plugins: Plugin[]): Promise<string> {
  const probe: Plugin = {
    name: 'probe',
    resolveId: (id) => (id === 'virtual:probe' ? '\0probe' : null),
    load: (id) =>
      id === '\0probe'
        ? `export { createInstance } from '@module-federation/runtime'
           export { default as injectExternalRuntimeCore } from '@module-federation/vite/injectExternalRuntimeCorePlugin'`
        : null,
  }
  const out = await build({
    root: SHELL,
    configFile: false,
    logLevel: 'silent',
    define: { ENV_TARGET: '"web"', FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: 'true' },
    plugins: [probe, ...plugins],
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rolldownOptions: {
        input: 'virtual:probe',
        preserveEntrySignatures: 'strict',
        output: { codeSplitting: false },
      },
    },
  })
  const output = (Array.isArray(out) ? out[0]! : out) as { output: Array<{ code?: string }> }
  return output.output[0]!.code!
}

/** A section's remote entry, as small as the protocol allows: `init` and `get`. */
function remoteEntry(naam: string, versie: string): string {
  const file = join(tmp, `${naam}-${versie}.mjs`)
  writeFileSync(
    file,
    `export async function init() {}
     export async function get(module) {
       if (module !== './section') throw new Error('onbekend: ' + module)
       return () => ({ default: { naam: '${naam}', versie: '${versie}' } })
     }`,
  )
  return pathToFileURL(file).href
}

describe('the federation runtime without the parts the portal does not run', () => {
  it('replaces modules that export what the originals export', () => {
    for (const [pad, vervanging] of Object.entries(VERVANGINGEN)) {
      const [pakket, ...rest] = pad.split('/')
      const root = pakketten[pakket!]!
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        version: string
      }
      expect(version, pad).toBe(GECONTROLEERDE_VERSIE)
      const origineel = readFileSync(join(root, ...rest), 'utf8')
      expect(exportsOf(vervanging), pad).toEqual(exportsOf(origineel))
    }
  })

  it('loads a section, and again from a new remote entry after a retry, as the shell does', async () => {
    const code = await bundle([runtimeSubset()])
    // What is gone is gone: the snapshot loader and the preload helpers are not in the bundle.
    expect(code).not.toContain('generateSnapshotFromManifest')
    expect(code).toContain('zit niet in de shell')
    const file = join(tmp, 'probe.mjs')
    writeFileSync(file, code)
    const { createInstance, injectExternalRuntimeCore } = (await import(
      pathToFileURL(file).href
    )) as {
      createInstance: (o: object) => {
        registerRemotes(r: object[], o?: { force?: boolean }): void
        loadRemote<T>(id: string): Promise<T>
        preloadRemote(o: object[]): Promise<void>
      }
      injectExternalRuntimeCore: () => object
    }
    const mf = createInstance({
      name: 'duo_shell',
      remotes: [],
      shared: {},
      plugins: [injectExternalRuntimeCore()],
    })
    const remote = (entry: string) => ({ name: 'duo_osr', entry, type: 'module' })
    mf.registerRemotes([remote(remoteEntry('osr', '1'))])
    await expect(mf.loadRemote('duo_osr/section')).resolves.toMatchObject({
      default: { versie: '1' },
    })
    // A retry re-registers the remote (src/sections/remote-loader.ts): the runtime drops the
    // old one, its cached manifest included, and loads the new entry.
    mf.registerRemotes([remote(remoteEntry('osr', '2'))], { force: true })
    await expect(mf.loadRemote('duo_osr/section')).resolves.toMatchObject({
      default: { versie: '2' },
    })
    await expect(mf.preloadRemote([{ nameOrAlias: 'duo_osr' }])).rejects.toThrow(
      /zit niet in de shell/,
    )
  })

  it('stops the build on a runtime version it was not checked against', async () => {
    await expect(bundle([runtimeSubset('0.0.1')])).rejects.toThrow(/gecontroleerd tegen 0\.0\.1/)
  })
})
