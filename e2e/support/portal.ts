import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// The same launcher as `npm run demo`, so the browser tests see the portal as a user would.
// @ts-expect-error -- plain ESM script without types
import { startPortal as start } from '../../scripts/lib/portal.mjs'

export interface RunningPortal {
  url: string
  issuer: string
  ports: { bff: number; idp: number; sections: Record<string, number> }
  sectionList: Array<{ id: string; manifestUrl: string }>
  stopSection(
    id: string,
  ): Promise<(how?: { mode?: 'serve' | 'hang'; dir?: string }) => Promise<void>>
  stop(): Promise<void>
}

/** Starts a fresh portal (own data folder) on ports from `base`; logs only on failure. */
export async function startPortal(
  base: number,
  env: Record<string, string> = {},
): Promise<RunningPortal & { logs: string[] }> {
  const logs: string[] = []
  const portal = (await start({
    base,
    dataDir: mkdtempSync(join(tmpdir(), 'duo-e2e-')),
    env: { LOG_LEVEL: 'warn', DUO_SECTIONS_TTL_MS: '300', ...env },
    log: (line: string) => logs.push(line),
  })) as RunningPortal
  return Object.assign(portal, { logs })
}
