import { defineConfig } from 'tsup'

// The published shape (see README, "Published package"): one ESM file and one bundled
// declaration file per subpath in dist/. The workspace keeps importing src/ (package.json
// `exports`); `pnpm pack` switches to dist/ through `publishConfig`. Vue, Pinia, vue-router,
// vue-i18n, hono and @duo/authz stay imports (dependencies and peers are never bundled).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    contract: 'src/contract.ts',
    federation: 'src/federation.ts',
    api: 'src/api.ts',
    errors: 'src/errors.ts',
  },
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  // Subpaths too (hono/client): left alone, tsup would inline their declarations.
  external: [/^hono(\/|$)/, /^@duo\/authz(\/|$)/],
  dts: true,
  clean: true,
})
