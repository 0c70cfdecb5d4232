import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// The same launcher as `npm run demo`, so the browser tests see the portal as a user would.
import { startPortal as start, type RunningPortal } from '../../scripts/lib/portal.mjs'

export type { RunningPortal }

/** Starts a fresh portal (own data folder) on ports from `base`; logs only on failure. */
export async function startPortal(
  base: number,
  env: Record<string, string> = {},
): Promise<RunningPortal & { logs: string[] }> {
  const logs: string[] = []
  const portal = await start({
    base,
    dataDir: mkdtempSync(join(tmpdir(), 'duo-e2e-')),
    env: { LOG_LEVEL: 'warn', DUO_SECTIONS_TTL_MS: '300', ...env },
    log: (line: string) => logs.push(line),
  })
  return Object.assign(portal, { logs })
}
