/**
 * Validates generated instances of about 1 MB, 10 MB and 100 MB and prints, per size, the time
 * and the peak memory of a fresh process (max RSS, and the highest heap seen). Streaming keeps
 * the memory flat: it should not grow with the file.
 *
 *   pnpm --filter @duo/xbrl bench            (sizes in MB: BENCH_MB=1,10,100)
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { instanceBytes } from '../src/generator/instance'
import { bundledTaxonomyPackage, fileChunks, taxonomyPackages } from '../src/node'
import { TaxonomyCache } from '../src/taxonomy/dts'
import { validateInstance } from '../src/validate'

const [, , rol, bestand] = process.argv

if (rol === '--een' && bestand) {
  // One validation in this (fresh) process: report time and memory as JSON.
  let piekHeap = 0
  const meet = setInterval(
    () => (piekHeap = Math.max(piekHeap, process.memoryUsage().heapUsed)),
    20,
  )
  const taxonomies = new TaxonomyCache(await taxonomyPackages([bundledTaxonomyPackage()]))
  await taxonomies.get(
    'http://www.nltaxonomie.nl/nt16/ocw/20220216.duo/entrypoints/ocw-rpt-jaarverantwoording.xsd',
  )
  const start = performance.now()
  const r = await validateInstance(fileChunks(bestand), {
    bestuursnummer: '41234',
    verslagjaar: 2021,
    taxonomies,
  })
  const ms = performance.now() - start
  clearInterval(meet)
  piekHeap = Math.max(piekHeap, process.memoryUsage().heapUsed)
  console.log(
    JSON.stringify({
      ms,
      valid: r.valid,
      errors: r.errors,
      facts: r.instance.facts,
      maxRssKb: process.resourceUsage().maxRSS,
      piekHeap,
    }),
  )
} else {
  const map = mkdtempSync(join(tmpdir(), 'duo-xbrl-bench-'))
  const maten = (process.env.BENCH_MB ?? '1,10,100').split(',').map(Number)
  console.log('grootte     tijd       MB/s    max RSS    piek heap  geldig')
  try {
    for (const mb of maten) {
      const pad = join(map, `jv-${mb}mb.xbrl`)
      const uit = createWriteStream(pad)
      // The figures take ~12 kB; the text blocks fill the rest.
      for await (const c of instanceBytes({
        bestuursnummer: '41234',
        naamBestuur: 'De Linde',
        verslagjaar: 2021,
        seed: 3,
        tekstBytes: Math.max(0, mb * 1024 * 1024 - 14_000),
      }))
        if (!uit.write(c)) await new Promise<void>((r) => uit.once('drain', () => r()))
      await new Promise<void>((r) => uit.end(() => r()))
      const bytes = statSync(pad).size
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--een', pad],
        { encoding: 'utf8' },
      )
      if (run.status !== 0) throw new Error(run.stderr)
      const m = JSON.parse(run.stdout.trim().split('\n').pop()!)
      const mbs = bytes / 1024 / 1024
      console.log(
        `${mbs.toFixed(1).padStart(6)} MB ${(m.ms / 1000).toFixed(2).padStart(7)} s ${(mbs / (m.ms / 1000)).toFixed(1).padStart(7)} ${(m.maxRssKb / 1024).toFixed(0).padStart(7)} MB ${(m.piekHeap / 1024 / 1024).toFixed(0).padStart(8)} MB  ${m.valid ? 'ja' : `nee (${m.errors})`}`,
      )
      rmSync(pad)
    }
  } finally {
    rmSync(map, { recursive: true, force: true })
  }
}
