/**
 * The whole path of an aanlevering through the portal in-process: a streamed upload of an
 * instance of about 1, 10 and 100 MB (to disk, screened on the way), then its validation in the
 * platform's job queue with the findings stored. Prints the time of each step and the process's
 * peak memory after each size (max RSS only grows: flat figures mean bounded memory).
 *
 *   pnpm --filter @duo/xbrl-portaal exec tsx api/bench/upload-validatie.ts
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/xbrl-portaal exec tsx api/bench/upload-validatie.ts
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { createTestApp, dialectsUnderTest } from '@duo/server-kit/testing'
import { instanceBytes } from '@duo/xbrl/generator'
import xbrlApi from '../index'
import { A_CONCEPT, NOW } from '../test-support'

const maten = (process.env.BENCH_MB ?? '1,10,100').split(',').map(Number)
const map = mkdtempSync(join(tmpdir(), 'duo-xbrl-bench-'))

async function schrijf(mb: number): Promise<string> {
  const pad = join(map, `jv-${mb}mb.xbrl`)
  const uit = createWriteStream(pad)
  const stukken = instanceBytes({
    bestuursnummer: '41234',
    naamBestuur: 'Stichting Openbaar Onderwijs De Linde',
    verslagjaar: 2021,
    seed: 5,
    tekstBytes: Math.max(0, mb * 1024 * 1024 - 14_000),
  })
  for await (const c of stukken)
    if (!uit.write(c)) await new Promise<void>((r) => uit.once('drain', () => r()))
  await new Promise<void>((r) => uit.end(() => r()))
  return pad
}

try {
  const bestanden = new Map<number, string>()
  for (const mb of maten) bestanden.set(mb, await schrijf(mb))
  for (const dialect of dialectsUnderTest) {
    const t = await createTestApp(dialect, { now: NOW, sections: [xbrlApi] })
    const cookie = await t.loginAs('verantwoording')
    console.log(`\n${dialect}: grootte, upload (stromend), validatie (job), fouten, max RSS`)
    for (const mb of maten) {
      const pad = bestanden.get(mb)!
      const start = performance.now()
      const res = await t.app.request(
        `/api/xbrl/aanleveringen/${A_CONCEPT}/bestand?bestandsnaam=jv-2021.xbrl`,
        {
          method: 'PUT',
          headers: { Cookie: cookie, 'X-DUO-CSRF': '1', 'Content-Type': 'application/xml' },
          body: Readable.toWeb(
            createReadStream(pad, { highWaterMark: 64 * 1024 }),
          ) as ReadableStream,
          duplex: 'half',
        } as RequestInit,
        { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
      )
      const upload = performance.now() - start
      if (res.status !== 202) throw new Error(`upload ${res.status}: ${await res.text()}`)
      await t.composed.jobs.idle(600_000)
      const validatie = performance.now() - start - upload
      const detail = await (
        await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}`, { as: cookie })
      ).json()
      console.log(
        `${(statSync(pad).size / 1024 / 1024).toFixed(1).padStart(7)} MB ${(upload / 1000).toFixed(2).padStart(7)} s ${(validatie / 1000).toFixed(2).padStart(7)} s ${String(detail.aanlevering.validatie.fouten).padStart(4)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(6)} MB`,
      )
    }
    await t.close()
  }
} finally {
  rmSync(map, { recursive: true, force: true })
}
