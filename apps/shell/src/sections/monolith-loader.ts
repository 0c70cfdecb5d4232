import type { SectionEntry } from './types'

/**
 * The loader of the monolithic build (`DUO_BUILD=monolith`, used only by the size benchmark):
 * the sections are compiled into the shell, so the federated build can be compared with it.
 */
const sections = import.meta.glob<{ default: unknown }>('../../../*/src/section.ts')

export function registerSections(_entries: SectionEntry[]): void {}

/** Compiled in with the shell: built against the same packages, nothing to check. */
export async function checkSection(_entry: SectionEntry): Promise<null> {
  return null
}

export async function importSection(entry: SectionEntry): Promise<unknown> {
  const load = sections[`../../../${entry.id}/src/section.ts`]
  if (!load) throw new Error(`Sectie ${entry.id} zit niet in deze build`)
  return (await load()).default
}
