/**
 * One Vite config for every section team: the federation remote, the `section.json` emitter
 * and the dev harness config. A section's `vite.config.ts` is two lines.
 */
import { federation } from '@module-federation/vite'
import vue from '@vitejs/plugin-vue'
import type { ConfigEnv, Plugin, UserConfig } from 'vite'
import { validateSectionMeta, type SectionMeta } from '@duo/portal-sdk/contract'
import { EXPOSED_MODULE, remoteName } from '@duo/portal-sdk/federation'
import { sectionShared } from './versions'

export { providedVersions } from './versions'

/** Emits `section.json` (the descriptive part of the contract) beside `mf-manifest.json`. */
export function sectionJson(meta: SectionMeta): Plugin {
  return {
    name: 'duo-section-json',
    // In `pnpm dev` the same file is served live, so the BFF's section list works there too.
    configureServer(server) {
      server.middlewares.use('/section.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Access-Control-Allow-Origin', '*')
        res.end(JSON.stringify(meta))
      })
    },
    generateBundle() {
      const problems = validateSectionMeta(meta)
      if (problems.length)
        this.error(`section.json van ${meta.id} is ongeldig: ${problems.join('; ')}`)
      this.emitFile({
        type: 'asset',
        fileName: 'section.json',
        source: `${JSON.stringify(meta, null, 2)}\n`,
      })
    },
  }
}

/**
 * The production build of a section: a module-federation remote exposing `./section`, built
 * with relative URLs so the same files work under any (versioned) path on any origin.
 * @example
 * // apps/rod/vite.config.ts
 * import { defineSectionConfig } from '@duo/section-kit/vite'
 * import meta from './src/section.meta'
 * export default defineSectionConfig(meta)
 */
export function defineSectionConfig(
  meta: SectionMeta,
  options: {
    port?: number
    /**
     * The versions of `@duo/portal-sdk` / `@duo/ui` this build declares it was built against.
     * Default: the installed ones (always, in a real section). Only the e2e skew fixtures pin
     * older ones, to act as sections built before a release.
     */
    builtAgainst?: Parameters<typeof sectionShared>[1]
  } = {},
): (env: ConfigEnv) => UserConfig {
  return ({ command }) => ({
    // Built files use relative URLs (any path, any CDN). The dev server has no such path: its
    // remote entry must name its own origin, or the host resolves it against the shell's.
    base: command === 'serve' && options.port ? `http://localhost:${options.port}/` : './',
    plugins: [
      vue(),
      federation({
        name: remoteName(meta.id),
        filename: 'remoteEntry.js',
        exposes: { [EXPOSED_MODULE]: './src/section.ts' },
        // Provided by the shell only: a section ships no fallback copy of Vue and friends. The
        // manifest declares the range of @duo/portal-sdk this build needs. @duo/ui is bundled.
        shared: sectionShared(process.cwd(), options.builtAgainst),
        manifest: true,
        dts: false,
        // Cold builds on a busy 2-core machine can exceed the plugin's 10 s default for
        // analysing the shared modules; give it room so no export is dropped.
        moduleParseTimeout: 120,
        // The shell provides the federation runtime once (provideExternalRuntime).
        experiments: { externalRuntime: true },
      }),
      sectionJson(meta),
    ],
    // No page of its own: the remote entry (added by the federation plugin) is the only input.
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      rolldownOptions: {
        input: {},
        // What the first page of a section needs in two files instead of nine small ones:
        // fewer requests, and gzip sees more of the code at once.
        output: {
          codeSplitting: {
            groups: [
              // Before the section runs (the remote entry imports it, then initialises): the
              // federation helpers (the externalRuntime stub), Vite's preload helper and the
              // table of shared modules.
              {
                name: 'federation',
                test: /[\\/]node_modules[\\/]@module-federation[\\/]|vite\/preload-helper|localSharedImportMap/,
              },
              // The section itself: its definition, its navigation and the shared modules it
              // takes from the shell (these await the initialisation, so never in the first).
              {
                name: 'section',
                test: /[\\/]src[\\/]section(\.meta)?\.ts$|__loadShare__/,
              },
            ],
          },
        },
      },
    },
    server: {
      port: options.port,
      strictPort: true,
      cors: true,
      origin: options.port ? `http://localhost:${options.port}` : undefined,
    },
    preview: { port: options.port, strictPort: true, cors: true },
  })
}

/** The standalone harness: the section in a small fake portal, with hot reload. */
export function defineHarnessConfig(options: { root: string; port: number }): UserConfig {
  return {
    root: options.root,
    plugins: [vue()],
    server: { port: options.port, strictPort: true, proxy: { '/api': 'http://localhost:8080' } },
  }
}
