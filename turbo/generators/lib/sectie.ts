/**
 * A new section: `templates/sectie/` into `apps/<id>/`, its first feature, and the three lines
 * outside its folder that make it part of the portal (the BFF's section list, the BFF's
 * dependency on it, its owners).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { PlopTypes } from '@turbo/gen'
import { voegToe } from './bestanden'
import { featureActies, featureGegevens, sectieNamen, type FeatureAntwoorden } from './feature'

export interface SectieAntwoorden extends FeatureAntwoorden {
  id: string
  titelNl: string
  titelEn: string
  omschrijvingNl: string
  omschrijvingEn: string
  poort: string
  dienst: 'mijn-duo' | 'mijn-helpdesk-po'
}

/** Ids that are no section: the platform's apps. */
export const GEEN_SECTIE = new Set(['shell', 'bff', 'idp'])

const DIENSTNAAM = { 'mijn-duo': 'Mijn DUO', 'mijn-helpdesk-po': 'Mijn Helpdesk po' } as const

function sectieGegevens(a: SectieAntwoorden) {
  const poort = Number(a.poort)
  return {
    ...sectieNamen(a.id),
    titelNl: a.titelNl,
    titelEn: a.titelEn,
    omschrijvingNl: a.omschrijvingNl,
    omschrijvingEn: a.omschrijvingEn,
    poort,
    // The harness runs beside the federated dev server: 8081 → 5181, as the other sections.
    harnasPoort: poort - 2900,
    dienst: a.dienst,
    permissie: a.permissie,
    machtigingNl: `Voor deze dienst hebt u een eHerkenningsmachtiging nodig voor ‘${DIENSTNAAM[a.dienst]}’.`,
    machtigingEn: `For this service you need an eHerkenning authorisation (machtiging) for ‘${DIENSTNAAM[a.dienst]}’.`,
  }
}

/** `export { default as <id> } from '@duo/<id>/api'` at the end of the BFF's section list. */
function inSectielijst(root: string, id: string): string {
  const pad = join(root, 'apps/bff/src/sections.ts')
  const inhoud = readFileSync(pad, 'utf8')
  const regel = `export { default as ${sectieNamen(id).idCamel} } from '@duo/${id}/api'\n`
  appendFileSync(pad, inhoud.endsWith('\n') ? regel : `\n${regel}`)
  return pad
}

/** `"@duo/<id>": "workspace:*"` after the BFF's last section dependency: a one-line diff. */
function alsBffDependency(root: string, id: string): string {
  const pad = join(root, 'apps/bff/package.json')
  const pkg = JSON.parse(readFileSync(pad, 'utf8')) as { dependencies: Record<string, string> }
  const namen = Object.keys(pkg.dependencies)
  const na = namen.findLastIndex((n) => n.startsWith('@duo/')) + 1
  const nieuw: Array<[string, string]> = [
    ...namen.slice(0, na).map((n): [string, string] => [n, pkg.dependencies[n]!]),
    [`@duo/${id}`, 'workspace:*'],
    ...namen.slice(na).map((n): [string, string] => [n, pkg.dependencies[n]!]),
  ]
  pkg.dependencies = Object.fromEntries(nieuw)
  writeFileSync(pad, `${JSON.stringify(pkg, null, 2)}\n`)
  return pad
}

/** `/apps/<id>/  @duo/team-<id>` in CODEOWNERS, aligned with the lines above it. */
function inCodeowners(root: string, id: string): string {
  const pad = join(root, 'CODEOWNERS')
  const inhoud = readFileSync(pad, 'utf8')
  const kolom = Math.max(
    0,
    ...inhoud.split('\n').map((r) => (r.startsWith('/apps/') ? r.indexOf('@') : 0)),
  )
  const map = `/apps/${id}/`
  const regel = `${map.padEnd(Math.max(kolom, map.length + 2))}@duo/team-${id}\n`
  appendFileSync(pad, inhoud.endsWith('\n') ? regel : `\n${regel}`)
  return pad
}

export function sectieActies(
  root: string,
  a: SectieAntwoorden,
  geschreven: string[],
): PlopTypes.ActionType[] {
  const d = sectieGegevens(a)
  const sectieMap = join(root, 'apps', a.id)
  const feature = featureGegevens(root, a.id, a, `0001_${d.idSnake}_tables`)
  return [
    function sectieBestanden(_answers, _config, plop) {
      geschreven.push(...voegToe(plop, 'sectie', sectieMap, d))
      return `apps/${a.id}/: remote, api, dev-harnas, README`
    },
    ...featureActies(root, feature, geschreven),
    function aanmelden() {
      const paden = [
        inSectielijst(root, a.id),
        alsBffDependency(root, a.id),
        inCodeowners(root, a.id),
      ]
      return `aangemeld: ${paden.map((p) => relative(root, p)).join(', ')} (elk één regel)`
    },
  ]
}
