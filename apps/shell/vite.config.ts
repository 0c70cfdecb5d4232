import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type PluginOption } from 'vite'
import vue from '@vitejs/plugin-vue'
import { providedVersions } from '@duo/section-kit/vite'
import { RHC_COMPONENTEN } from '@duo/ui/rhc-components'
import { rhcSubset } from './build/css-subset'
import { precompress } from './build/precompress'
import { runtimeSubset } from './build/runtime-subset'

/**
 * The shell: an ordinary Vite app that loads the sections at run time, as federation remotes,
 * from the BFF's section list. It is no federation host built by the plugin: no remoteEntry of
 * its own and no `loadShare` around its own imports, so a page without a section runs no
 * federation code; the runtime and the shared singletons are handed over lazily, when the
 * first section opens (src/sections/federation-host.ts). `DUO_BUILD=monolith` builds the same pages
 * with the sections compiled in, for the size benchmark only.
 */
const monolith = process.env.DUO_BUILD === 'monolith'
const loader = monolith ? './src/sections/monolith-loader.ts' : './src/sections/remote-loader.ts'
const bff = process.env.DUO_BFF_URL ?? 'http://localhost:8080'
/**
 * The whole of @duo/ui as built for publishing (its own module graph), handed to sections built
 * before they bundled it (src/sections/ui-voor-oude-secties.ts). Not the shell's own copy: a
 * namespace import of that would keep every component in the shell's first chunk. Before the
 * package is built (a first `pnpm dev`), its source.
 */
const uiPackage = dirname(createRequire(import.meta.url).resolve('@duo/ui/package.json'))
const uiVolledig = existsSync(join(uiPackage, 'dist/index.js'))
  ? join(uiPackage, 'dist/index.js')
  : join(uiPackage, 'src/index.ts')

const plugins: PluginOption[] = [vue(), precompress(), runtimeSubset()]

export default defineConfig({
  plugins,
  // What the shell provides, so it can refuse a section built against other versions of the
  // shared singletons before loading its code (src/sections/remote-loader.ts).
  define: {
    // The federation runtime for the browser only, without its snapshot (manifest) plugin: the
    // loader reads a section's mf-manifest.json itself (src/sections/remote-loader.ts).
    ENV_TARGET: JSON.stringify('web'),
    FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: 'true',
    __DUO_GEDEELDE_VERSIES__: JSON.stringify(
      providedVersions(fileURLToPath(new URL('.', import.meta.url))),
    ),
  },
  // Only the Rijkshuisstijl components the portal uses (see build/css-subset.ts).
  css: { postcss: { plugins: [rhcSubset({ keep: RHC_COMPONENTEN })] } },
  resolve: {
    alias: {
      '#section-loader': fileURLToPath(new URL(loader, import.meta.url)),
      '#ui-voor-oude-secties': uiVolledig,
    },
  },
  build: {
    target: 'es2022',
    outDir: monolith ? 'dist-monolith' : 'dist',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vue and its libraries in one chunk: every page needs them, and how the bundler
            // would otherwise cut them shifts with each import of the shell. The monolith is
            // cut the same way, so the size benchmark compares federation, not chunking.
            {
              name: 'vue',
              priority: 30,
              test: /[\\/]node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/,
            },
            // Everything else the first page needs in one chunk, not in a dozen small ones cut
            // where a lazy page shares a module.
            { name: 'portaal', priority: 20, tags: ['$initial'] },
            // The federation runtime (runtime-core, sdk, the runtime wrapper and its helpers)
            // and the shell's handover to it in one chunk, loaded with the first section only.
            // Last: what the handover imports of the first page stays in the chunks above.
            ...(monolith
              ? []
              : [
                  {
                    name: 'mf-runtime',
                    priority: 10,
                    test: /[\\/]node_modules[\\/]@module-federation[\\/]|[\\/]sections[\\/]federation-host\.ts$/,
                  },
                ]),
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': bff, '/auth': bff } },
})
