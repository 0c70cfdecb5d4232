// `pnpm dev`: writes the BFF's section list for the sections' Vite dev servers, from the
// sections found in the workspace (a new section needs no edit here).
import { writeFileSync } from 'node:fs'
import { ROOT, devSectionList } from './lib/sections.mjs'

writeFileSync(
  `${ROOT}apps/bff/config/sections.dev.json`,
  `${JSON.stringify(devSectionList(), null, 2)}\n`,
)
