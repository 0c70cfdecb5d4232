// The sections of the demo, the dev servers and the e2e tests, found in the workspace: every
// `apps/<id>/package.json` with `"duo": { "section": true, "port": … }` (its own origin).
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export const SECTIONS = readdirSync(`${ROOT}apps`)
  .filter((id) => existsSync(`${ROOT}apps/${id}/package.json`))
  .map((id) => ({ id, pkg: JSON.parse(readFileSync(`${ROOT}apps/${id}/package.json`, 'utf8')) }))
  .filter(({ pkg }) => pkg.duo?.section)
  .map(({ id, pkg }) => ({
    id,
    port: pkg.duo.port,
    dir: `${ROOT}apps/${id}/dist`,
    prefix: `v${pkg.version}`,
  }))
  .sort((a, b) => a.port - b.port)

/** The section list of `pnpm dev`: each section's Vite dev server on its port. */
export function devSectionList() {
  return SECTIONS.map((s) => ({
    id: s.id,
    manifestUrl: `http://localhost:${s.port}/mf-manifest.json`,
  }))
}
