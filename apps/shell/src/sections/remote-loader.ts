import { loadRemote, registerRemotes } from '@module-federation/runtime'
import { EXPOSED_MODULE, remoteName } from '@duo/portal-sdk/federation'
import type { SectionEntry } from './types'

/**
 * Registers the sections as remotes at run time, from the BFF's list: which URL a section
 * comes from is deployment configuration, never part of the shell's build.
 */
export function registerSections(entries: SectionEntry[]): void {
  registerRemotes(
    entries.map((e) => ({ name: remoteName(e.id), entry: e.manifestUrl })),
    { force: true },
  )
}

/** Loads a section's exposed module (its `SectionDefinition` is the default export). */
export async function importSection(entry: SectionEntry, retry: boolean): Promise<unknown> {
  // A retry re-registers the remote, so a remote that failed or hung is fetched afresh.
  if (retry)
    registerRemotes([{ name: remoteName(entry.id), entry: entry.manifestUrl }], { force: true })
  const mod = await loadRemote<{ default: unknown }>(
    `${remoteName(entry.id)}/${EXPOSED_MODULE.slice(2)}`,
  )
  return mod?.default
}
