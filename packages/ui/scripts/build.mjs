// Builds the published shape of @duo/ui into dist/ (the workspace itself imports src/, see
// package.json `exports`; `pnpm pack` switches to dist/ through `publishConfig`):
//   dist/index.js, dist/rhc-components.js  the components compiled by Vite's library mode
//                                          (Vue, vue-router and @duo/portal-sdk stay imports)
//   dist/index.d.ts, rhc-components.d.ts   declarations from vue-tsc, rolled up into one file
//                                          per entry by API Extractor (no `.vue` paths left,
//                                          so they resolve under node16 and bundler alike)
//   dist/styles.css                        the portal's look (components have no <style>)
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const types = `${root}temp/types`
const entries = { index: 'src/index.ts', 'rhc-components': 'src/rhc-components.ts' }

rmSync(`${root}dist`, { recursive: true, force: true })
rmSync(types, { recursive: true, force: true })

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    copyPublicDir: false,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: { external: [/^vue(\/|$)/, /^vue-router(\/|$)/, /^@duo\/portal-sdk(\/|$)/] },
  },
})

const require = createRequire(import.meta.url)
const vueTsc = require.resolve('vue-tsc/bin/vue-tsc.js')
const tsc = spawnSync(process.execPath, [vueTsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
})
if (tsc.status !== 0) process.exit(tsc.status ?? 1)

for (const name of Object.keys(entries)) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: `${types}/${name}.d.ts`,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            module: 'esnext',
            moduleResolution: 'bundler',
            target: 'es2022',
            lib: ['es2022', 'dom'],
            types: [],
            skipLibCheck: true,
            strict: true,
            // The workspace's @duo packages export TypeScript sources; API Extractor reads
            // only declarations, so it sees their built ones (turbo builds them first). Through
            // node_modules, so they stay imports of another package instead of being inlined.
            paths: {
              '@duo/portal-sdk': ['./node_modules/@duo/portal-sdk/dist/index.d.ts'],
              '@duo/portal-sdk/*': ['./node_modules/@duo/portal-sdk/dist/*.d.ts'],
              '@duo/authz': [
                './node_modules/@duo/portal-sdk/node_modules/@duo/authz/dist/index.d.ts',
              ],
            },
          },
          include: [`${types}/**/*.d.ts`],
        },
      },
      apiReport: { enabled: false },
      docModel: { enabled: false },
      tsdocMetadata: { enabled: false },
      dtsRollup: { enabled: true, untrimmedFilePath: `${root}dist/${name}.d.ts` },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'none' },
          'ae-wrong-input-file-type': { logLevel: 'error' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: `${root}api-extractor.json`,
    packageJsonFullPath: `${root}package.json`,
  })
  const result = Extractor.invoke(config, {
    localBuild: true,
    messageCallback: (message) => {
      if (message.messageId === 'console-preamble') message.handled = true
    },
  })
  if (!result.succeeded) {
    console.error(`API Extractor kon dist/${name}.d.ts niet maken`)
    process.exit(1)
  }
}

mkdirSync(`${root}dist`, { recursive: true })
copyFileSync(`${root}src/styles.css`, `${root}dist/styles.css`)
rmSync(`${root}temp`, { recursive: true, force: true })
console.log('@duo/ui: dist/ gebouwd')
