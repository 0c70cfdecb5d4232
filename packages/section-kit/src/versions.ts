/**
 * Which versions of the shared singletons a build uses, read from the installed packages. A
 * section declares, for `@duo/portal-sdk`, the caret range of the version it was built with
 * (`^1.1.0`): the shell refuses it, before loading any of its code, when it provides another
 * major or an older minor (`checkSharedVersions` of `@duo/portal-sdk`).
 * Node only: used by the Vite configs of the sections and of the shell.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { SHARED_SINGLETONS } from '@duo/portal-sdk/federation'

type SharedName = keyof typeof SHARED_SINGLETONS

/** The version of package `name` as `fromDir` would import it, or null when it is not there. */
function installedVersion(name: string, fromDir: string): string | null {
  const require = createRequire(join(fromDir, 'package.json'))
  try {
    return (require(`${name}/package.json`) as { version: string }).version
  } catch {
    // A package that does not export its package.json: walk up from its entry file.
  }
  try {
    let dir = dirname(require.resolve(name))
    while (dir !== dirname(dir)) {
      const file = join(dir, 'package.json')
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string }
        if (pkg.name === name) return pkg.version
      }
      dir = dirname(dir)
    }
  } catch {
    // not installed
  }
  return null
}

/** The versions of the shared singletons installed for `fromDir`: what a shell provides. */
export function providedVersions(fromDir: string): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const name of Object.keys(SHARED_SINGLETONS)) {
    const version = installedVersion(name, fromDir)
    if (version) versions[name] = version
  }
  return versions
}

/**
 * The `shared` of a section's federation config: the singletons provided by the shell only
 * (`import: false`, the section ships no copy), `@duo/portal-sdk` with the caret range of the
 * version built with. `@duo/ui` is not shared: its components are stateless (no module state,
 * no injection keys of their own), so a section bundles the ones it uses, tree-shaken, instead
 * of making every first page load the whole library from the shell. The shell still provides
 * it, lazily, for sections built before 1.2 that share it; `builtAgainst['@duo/ui']` builds
 * such a section (test fixtures only), as `builtAgainst` pins the other versions.
 */
export function sectionShared(
  fromDir: string,
  builtAgainst: Partial<Record<SharedName, string>> = {},
) {
  return Object.fromEntries(
    Object.entries(SHARED_SINGLETONS)
      .filter(([name]) => name !== '@duo/ui' || builtAgainst['@duo/ui'])
      .map(([name, share]) => {
        const pinned = builtAgainst[name as SharedName]
        const version =
          pinned ?? (name.startsWith('@duo/') ? installedVersion(name, fromDir) : null)
        return [
          name,
          {
            ...share,
            ...(version ? { requiredVersion: `^${version}` } : {}),
            ...(pinned ? { version: pinned } : {}),
            import: false as const,
          },
        ]
      }),
  )
}
