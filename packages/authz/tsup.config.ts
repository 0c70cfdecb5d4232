import { defineConfig } from 'tsup'

// The published shape (see README, "Published package"): ESM + bundled declarations in dist/.
// The workspace itself keeps importing src/ (package.json `exports`); `pnpm pack` switches to
// dist/ through `publishConfig`.
export default defineConfig({
  entry: { index: 'src/index.ts', browser: 'src/browser.ts', teksten: 'src/teksten.ts' },
  format: ['esm'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
})
