#!/usr/bin/env node
// In the workspace the package runs from its TypeScript sources (as every workspace package
// here), through tsx, a devDependency. The published package has no src/: it runs dist/.
import { existsSync } from 'node:fs'

const source = new URL('../src/cli/main.ts', import.meta.url)
let main
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import(source.href))
} else {
  ;({ main } = await import('../dist/cli/main.js'))
}
process.exitCode = await main(process.argv.slice(2))
