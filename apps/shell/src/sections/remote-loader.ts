import { loadRemote, registerPlugins, registerRemotes } from '@module-federation/runtime'
import type { Incompatibility } from '@duo/portal-sdk'
import { checkSharedVersions, EXPOSED_MODULE, remoteName } from '@duo/portal-sdk/federation'
import type { SectionEntry } from './types'

/**
 * The versions of the shared singletons this shell provides (Vue, Pinia, vue-router, vue-i18n,
 * `@duo/portal-sdk`, `@duo/ui`), read from the installed packages by vite.config.ts.
 */
declare const __DUO_GEDEELDE_VERSIES__: Record<string, string>

/** Manifests the shell read to check a section, handed to the federation runtime once. */
const gelezen = new Map<string, string>()
let pluginGeregistreerd = false

/**
 * Registers the sections as remotes at run time, from the BFF's list: which URL a section
 * comes from is deployment configuration, never part of the shell's build.
 */
export function registerSections(entries: SectionEntry[]): void {
  if (!pluginGeregistreerd) {
    pluginGeregistreerd = true
    // The runtime fetches mf-manifest.json itself; give it the copy the check already read.
    registerPlugins([
      {
        name: 'duo-gelezen-manifest',
        fetch(url: string) {
          const tekst = gelezen.get(url)
          if (tekst === undefined) return undefined
          gelezen.delete(url)
          return Promise.resolve(
            new Response(tekst, { headers: { 'Content-Type': 'application/json' } }),
          )
        },
      },
    ])
  }
  registerRemotes(
    entries.map((e) => ({ name: remoteName(e.id), entry: e.manifestUrl })),
    { force: true },
  )
}

/**
 * Reads the section's `mf-manifest.json` (data, no code) and checks the shared singletons it
 * was built against (`shared[].requiredVersion`) against the versions this shell provides.
 * Throws when the manifest cannot be fetched (the section is down: "onbereikbaar").
 */
export async function checkSection(entry: SectionEntry): Promise<Incompatibility | null> {
  const res = await fetch(entry.manifestUrl)
  if (!res.ok) throw new Error(`${entry.manifestUrl}: HTTP ${res.status}`)
  const tekst = await res.text()
  const manifest = JSON.parse(tekst) as { shared?: unknown }
  gelezen.set(entry.manifestUrl, tekst)
  return checkSharedVersions(manifest.shared, __DUO_GEDEELDE_VERSIES__)
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
