/**
 * Writes fixtures/: the valid instances of bestuur A and B and one invalid instance per rule,
 * with fixtures/manifest.json saying which rule each breaks.
 *
 *   pnpm --filter @duo/xbrl fixtures
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixtures } from '../src/generator/fixtures'

const map = fileURLToPath(new URL('../fixtures/', import.meta.url))
rmSync(map, { recursive: true, force: true })
const { bestanden, manifest } = fixtures()
for (const f of bestanden) {
  mkdirSync(dirname(join(map, f.pad)), { recursive: true })
  writeFileSync(join(map, f.pad), f.bytes)
}
writeFileSync(join(map, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`${bestanden.length} bestanden geschreven naar ${map}`)
