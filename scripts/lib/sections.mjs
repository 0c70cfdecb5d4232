// The sections of the demo and the e2e tests: id, port (its own origin), build folder, version.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PORTS = {
  helpdesk: 8081,
  bekostiging: 8082,
  rod: 8083,
  rio: 8084,
  osr: 8085,
  xbrl: 8086,
  beheer: 8087,
}

export const SECTIONS = Object.entries(PORTS).map(([id, port]) => {
  const version = JSON.parse(readFileSync(`${ROOT}apps/${id}/package.json`, 'utf8')).version
  return { id, port, dir: `${ROOT}apps/${id}/dist`, prefix: `v${version}` }
})

/** The BFF's section list for sections served on localhost ports (see static-server.mjs). */
export function sectionList(host = 'localhost', ports = PORTS) {
  return SECTIONS.map((s) => ({
    id: s.id,
    manifestUrl: `http://${host}:${ports[s.id] ?? s.port}/${s.prefix}/mf-manifest.json`,
  }))
}
