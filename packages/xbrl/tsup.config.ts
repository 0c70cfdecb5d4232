import { defineConfig } from 'tsup'

// The published shape (README, "Published package"): ESM + declarations in dist/, the CLI as
// dist/cli/main.js (bin/duo-xbrl.mjs runs it when there is no src/). The workspace keeps
// importing src/ (package.json `exports`); `pnpm pack` switches to dist/ through `publishConfig`.
// The node adapter sits two folders deep, as in src/, so it finds ../../taxonomie/ either way.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'node/index': 'src/node/index.ts',
    'generator/index': 'src/generator/index.ts',
    'cli/main': 'src/cli/main.ts',
  },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: {
    entry: {
      index: 'src/index.ts',
      'node/index': 'src/node/index.ts',
      'generator/index': 'src/generator/index.ts',
    },
  },
  clean: true,
})
