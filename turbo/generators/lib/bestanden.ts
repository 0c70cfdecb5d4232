/** Writing rendered templates, and formatting what the generators wrote. */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { PlopTypes } from '@turbo/gen'

/**
 * Renders every `templates/<set>/**\/*.hbs` (path and content) into `doel`. Refuses before
 * writing anything when one of the files already exists. Returns the files written.
 */
export function voegToe(
  plop: PlopTypes.NodePlopAPI,
  set: string,
  doel: string,
  gegevens: object,
): string[] {
  const bron = join(plop.getPlopfilePath(), 'templates', set)
  const bestanden = (readdirSync(bron, { recursive: true }) as string[])
    .filter((rel) => rel.endsWith('.hbs'))
    .map((rel) => ({
      rel,
      naar: join(doel, plop.renderString(rel.replace(/\.hbs$/, ''), gegevens)),
    }))
  const bestaand = bestanden.filter((b) => existsSync(b.naar))
  if (bestaand.length) throw new Error(`Bestaat al: ${bestaand.map((b) => b.naar).join(', ')}`)
  for (const { rel, naar } of bestanden) {
    mkdirSync(dirname(naar), { recursive: true })
    writeFileSync(naar, plop.renderString(readFileSync(join(bron, rel), 'utf8'), gegevens))
  }
  return bestanden.map((b) => b.naar)
}

/** Formats the files with the workspace's Prettier, so `prettier --check .` stays green. */
export function maakOp(root: string, paden: string[]): string {
  const uniek = [...new Set(paden)].map((p) => relative(root, p))
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', '--log-level=warn', ...uniek],
    { cwd: root, stdio: 'inherit' },
  )
  return `${uniek.length} bestanden opgemaakt met Prettier`
}
