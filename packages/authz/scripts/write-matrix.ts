// Regenerates the role matrix in README.md from the catalogue.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withMatrix } from '../src/catalogue/matrix.ts'

const path = fileURLToPath(new URL('../README.md', import.meta.url))
const before = readFileSync(path, 'utf8')
const after = withMatrix(before)
if (after !== before) writeFileSync(path, after)
console.log(after === before ? 'README.md matrix already up to date' : 'README.md matrix updated')
