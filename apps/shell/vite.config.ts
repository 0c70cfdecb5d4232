import { fileURLToPath } from 'node:url'
import { defineConfig, type PluginOption } from 'vite'
import vue from '@vitejs/plugin-vue'
import { federation } from '@module-federation/vite'
import { SHARED_SINGLETONS } from '@duo/portal-sdk/federation'
import { providedVersions } from '@duo/section-kit/vite'
import { RHC_COMPONENTEN } from '@duo/ui/rhc-components'
import { rhcSubset } from './build/css-subset'
import { precompress } from './build/precompress'

/**
 * The shell: a federation host with no remotes at build time (they come from the BFF's
 * section list at run time). `DUO_BUILD=monolith` builds the same pages with the sections
 * compiled in, for the size benchmark only.
 */
const monolith = process.env.DUO_BUILD === 'monolith'
const loader = monolith ? './src/sections/monolith-loader.ts' : './src/sections/remote-loader.ts'
const bff = process.env.DUO_BFF_URL ?? 'http://localhost:8080'

const plugins: PluginOption[] = [vue(), precompress()]
if (!monolith) {
  plugins.push(
    federation({
      name: 'duo_shell',
      remotes: {},
      shared: { ...SHARED_SINGLETONS },
      dts: false,
      // See packages/section-kit/src/vite.ts: room for cold builds on a busy machine.
      moduleParseTimeout: 120,
      // One federation runtime for the whole page; the sections use it (externalRuntime).
      experiments: { provideExternalRuntime: true },
    }),
  )
}

export default defineConfig({
  plugins,
  // What the shell provides, so it can refuse a section built against other versions of the
  // shared singletons before loading its code (src/sections/remote-loader.ts).
  define: {
    __DUO_GEDEELDE_VERSIES__: JSON.stringify(
      providedVersions(fileURLToPath(new URL('.', import.meta.url))),
    ),
  },
  // Only the Rijkshuisstijl components the portal uses (see build/css-subset.ts).
  css: { postcss: { plugins: [rhcSubset({ keep: RHC_COMPONENTEN })] } },
  resolve: { alias: { '#section-loader': fileURLToPath(new URL(loader, import.meta.url)) } },
  build: {
    target: 'es2022',
    outDir: monolith ? 'dist-monolith' : 'dist',
    // The federation runtime (runtime-core, sdk, the runtime wrapper and its helpers) in one
    // chunk instead of three plus a copy of the runtime's namespace inside remoteEntry.
    rolldownOptions: monolith
      ? {}
      : {
          output: {
            codeSplitting: {
              groups: [
                { name: 'federation', test: /[\\/]node_modules[\\/]@module-federation[\\/]/ },
              ],
            },
          },
        },
  },
  server: { port: 5173, proxy: { '/api': bff, '/auth': bff } },
})
