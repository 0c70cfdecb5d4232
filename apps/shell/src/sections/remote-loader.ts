import type { Incompatibility } from '@duo/portal-sdk'
import { checkSharedVersions, EXPOSED_MODULE, remoteName } from '@duo/portal-sdk/federation'
import type { SectionEntry } from './types'

/**
 * The versions of the shared singletons this shell provides (Vue, Pinia, vue-router, vue-i18n,
 * `@duo/portal-sdk`, `@duo/ui`), read from the installed packages by vite.config.ts.
 */
declare const __DUO_GEDEELDE_VERSIES__: Record<string, string>

type Federation = import('@module-federation/runtime').ModuleFederation

/** The remote entry of each section whose manifest was read and accepted, by section id. */
const remoteEntries = new Map<string, string>()
/** The remote entry each section is registered with in the runtime. */
const registered = new Map<string, string>()
let federation: Promise<Federation> | null = null

/**
 * The federation runtime and the shared singletons (src/sections/federation-host.ts), loaded
 * on first use: a page without a section loads none of it. A failed load is forgotten, so a
 * retry tries again.
 */
function loadFederation(): Promise<Federation> {
  federation ??= import('./federation-host').then(
    (m) => m.createFederation(),
    (error: unknown) => {
      federation = null
      throw error
    },
  )
  return federation
}

/**
 * Which URL a section comes from is deployment configuration (the BFF's section list), never
 * part of the shell's build. Nothing is loaded here: a section's remote is registered with the
 * runtime when it is first opened (`importSection`).
 */
export function registerSections(entries: SectionEntry[]): void {
  for (const id of remoteEntries.keys())
    if (!entries.some((e) => e.id === id)) remoteEntries.delete(id)
}

/** The URL of the remote entry a section's `mf-manifest.json` names. */
export function remoteEntryUrl(manifestUrl: string, manifest: unknown): string | null {
  const meta = (
    manifest as {
      metaData?: { publicPath?: string; remoteEntry?: { path?: string; name?: string } }
    }
  )?.metaData
  const file = meta?.remoteEntry?.name
  if (typeof file !== 'string' || !file) return null
  const path = meta?.remoteEntry?.path ? `${meta.remoteEntry.path.replace(/\/?$/, '/')}` : ''
  const publicPath = meta?.publicPath && meta.publicPath !== 'auto' ? meta.publicPath : null
  return new URL(`${path}${file}`, publicPath ? new URL(publicPath, manifestUrl) : manifestUrl).href
}

/** Starts fetching a section's remote entry while the runtime loads (no code of it runs). */
function preload(href: string): void {
  if (typeof document === 'undefined') return
  if (document.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) return
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.href = href
  document.head.appendChild(link)
}

/**
 * Reads the section's `mf-manifest.json` (data, no code) and checks the shared singletons it
 * was built against (`shared[].requiredVersion`) against the versions this shell provides.
 * Meanwhile the federation runtime loads; a compatible section's remote entry is preloaded.
 * Throws when the manifest cannot be fetched (the section is down: "onbereikbaar").
 */
export async function checkSection(entry: SectionEntry): Promise<Incompatibility | null> {
  void loadFederation().catch(() => {})
  const res = await fetch(entry.manifestUrl)
  if (!res.ok) throw new Error(`${entry.manifestUrl}: HTTP ${res.status}`)
  const manifest = (await res.json()) as { shared?: unknown }
  const skew = checkSharedVersions(manifest.shared, __DUO_GEDEELDE_VERSIES__)
  if (skew) return skew
  const href = remoteEntryUrl(entry.manifestUrl, manifest)
  if (!href) throw new Error(`${entry.manifestUrl}: geen remoteEntry in het manifest`)
  remoteEntries.set(entry.id, href)
  preload(href)
  return null
}

/** Loads a section's exposed module (its `SectionDefinition` is the default export). */
export async function importSection(entry: SectionEntry, retry: boolean): Promise<unknown> {
  const href = remoteEntries.get(entry.id)
  if (!href) throw new Error(`Sectie ${entry.id}: manifest niet gelezen`)
  const mf = await loadFederation()
  const name = remoteName(entry.id)
  // A retry (or a new deployment) re-registers the remote, so it is fetched afresh.
  if (retry || registered.get(entry.id) !== href) {
    mf.registerRemotes([{ name, entry: href, type: 'module', entryGlobalName: name }], {
      force: registered.has(entry.id),
    })
    registered.set(entry.id, href)
  }
  const mod = await mf.loadRemote<{ default: unknown }>(`${name}/${EXPOSED_MODULE.slice(2)}`)
  return mod?.default
}
