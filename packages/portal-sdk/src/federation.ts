/**
 * The singletons shell and sections share at run time. Caret ranges on purpose: a section
 * deployed on its own with a newer patch or minor must not warn or load a second copy.
 * Pure data, imported by the Vite configs of the shell and of every section.
 *
 * For `@duo/portal-sdk` and `@duo/ui` a section's build declares the caret range of the version
 * it was built with instead (`@duo/section-kit/vite`), so the shell can refuse a section that
 * needs a newer minor or another major than it provides (`checkSharedVersions`).
 */
import type { Incompatibility } from './contract'

export const SHARED_SINGLETONS = {
  vue: { singleton: true, requiredVersion: '^3.5.0' },
  'vue-router': { singleton: true, requiredVersion: '^5.0.0' },
  pinia: { singleton: true, requiredVersion: '^4.0.0' },
  'vue-i18n': { singleton: true, requiredVersion: '^11.3.0' },
  '@duo/portal-sdk': { singleton: true, requiredVersion: '^1.0.0' },
  '@duo/ui': { singleton: true, requiredVersion: '^1.0.0' },
} as const

/** Federation name of a section's remote, e.g. `duo_helpdesk`. */
export function remoteName(sectionId: string): string {
  return `duo_${sectionId}`
}

/** The module every section exposes. */
export const EXPOSED_MODULE = './section'

/** One shared module as a section's `mf-manifest.json` declares it (an item of `shared`). */
export interface DeclaredShare {
  name: string
  /** The range the section accepts; `false` or absent: any version. */
  requiredVersion?: string | false
  singleton?: boolean
}

type Version = [number, number, number, string]

function parseVersion(text: string): Version | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?(?:\+[\w.-]+)?$/.exec(text.trim())
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''] : null
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  // A pre-release sorts before its release (1.2.0-rc.1 < 1.2.0).
  if (a[3] === b[3]) return 0
  if (!a[3]) return 1
  if (!b[3]) return -1
  return a[3] < b[3] ? -1 : 1
}

/** A partial version of a range (`1`, `1.2`, `1.x`, `*`): the numbers given, the rest open. */
function parsePartial(text: string): { parts: number[]; pre: string } | null {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([\w.-]+))?$/.exec(text)
  if (!m) return null
  const parts: number[] = []
  for (const p of [m[1], m[2], m[3]]) {
    if (p === undefined || /^[xX*]$/.test(p)) break
    parts.push(Number(p))
  }
  return { parts, pre: m[4] ?? '' }
}

type Comparator = (v: Version) => boolean

function lower(parts: number[], pre: string): Version {
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts.length === 3 ? pre : '']
}

function comparator(token: string): Comparator | null {
  const m = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(token)
  const op = m?.[1] ?? ''
  const partial = parsePartial(m?.[2] ?? '')
  if (!partial) return null
  const { parts, pre } = partial
  const from = lower(parts, pre)
  const ge = (v: Version) => compare(v, from) >= 0
  const below = (upper: Version) => (v: Version) => compare(v, upper) < 0
  const [major = 0, minor = 0, patch = 0] = parts
  if (op === '^') {
    const upper: Version =
      major > 0 || parts.length === 1
        ? [major + 1, 0, 0, '']
        : minor > 0 || parts.length === 2
          ? [0, minor + 1, 0, '']
          : [0, 0, patch + 1, '']
    return (v) => ge(v) && below(upper)(v)
  }
  if (op === '~') {
    const upper: Version = parts.length === 1 ? [major + 1, 0, 0, ''] : [major, minor + 1, 0, '']
    return (v) => ge(v) && below(upper)(v)
  }
  if (op === '>=') return ge
  if (op === '<') return below(from)
  if (op === '>') {
    if (parts.length === 3) return (v) => compare(v, from) > 0
    const next: Version = parts.length === 2 ? [major, minor + 1, 0, ''] : [major + 1, 0, 0, '']
    return (v) => compare(v, next) >= 0
  }
  if (op === '<=') {
    if (parts.length === 3) return (v) => compare(v, from) <= 0
    const next: Version = parts.length === 2 ? [major, minor + 1, 0, ''] : [major + 1, 0, 0, '']
    return below(next)
  }
  // `1.2.3` / `=1.2.3` exactly; `1.2` / `1.x` / `*` as the versions they leave open.
  if (parts.length === 3) return (v) => compare(v, from) === 0
  if (parts.length === 0) return () => true
  const next: Version = parts.length === 2 ? [major, minor + 1, 0, ''] : [major + 1, 0, 0, '']
  return (v) => ge(v) && below(next)(v)
}

/**
 * Whether `version` lies in the npm-style `range` (`^1.2.0`, `~1.2`, `>=1.0.0 <2`, `1.x`,
 * `*`, alternatives with `||`). A range it cannot read is not satisfied. Unlike npm, a
 * pre-release is not left out of a range: `1.2.0-next.1` satisfies `^1.1.0` (a pre-release
 * shell still serves the sections built for its major).
 * @example satisfiesRange('1.1.0', '^1.0.0') // true
 * @example satisfiesRange('1.1.0', '^0.9.0') // false
 */
export function satisfiesRange(version: string, range: string): boolean {
  const v = parseVersion(version)
  if (!v) return false
  return range.split('||').some((alternative) => {
    if (!alternative.trim()) return true
    const tokens = alternative
      .trim()
      .replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
    const checks = tokens.filter(Boolean).map(comparator)
    return checks.length > 0 && checks.every((c) => c !== null && c(v))
  })
}

/**
 * Checks, before any code of a section runs, that this portal provides every shared singleton
 * the section needs in a version it accepts: `declared` is the `shared` list of the section's
 * `mf-manifest.json`, `provided` the versions the shell provides. Null when everything fits;
 * else why not, in both languages (the shell shows it in the section's fallback panel).
 * @example
 * checkSharedVersions(manifest.shared, { '@duo/ui': '1.1.0', '@duo/portal-sdk': '1.1.0' })
 */
export function checkSharedVersions(
  declared: unknown,
  provided: Readonly<Record<string, string>>,
): Incompatibility | null {
  if (!Array.isArray(declared)) return null
  const wrong: Array<{ name: string; range: string; have: string | null }> = []
  for (const item of declared as DeclaredShare[]) {
    if (typeof item?.name !== 'string') continue
    const range = typeof item.requiredVersion === 'string' ? item.requiredVersion : null
    const have = provided[item.name] ?? null
    if (have === null) {
      if (item.singleton) wrong.push({ name: item.name, range: range ?? '*', have })
    } else if (range !== null && !satisfiesRange(have, range)) {
      wrong.push({ name: item.name, range, have })
    }
  }
  if (wrong.length === 0) return null
  const list = (and: string, f: (w: (typeof wrong)[number]) => string) =>
    wrong.map(f).join(` ${and} `)
  const haveNl = wrong.every((w) => w.have)
    ? `dit portaal biedt ${list('en', (w) => `${w.name} ${w.have}`)}`
    : `dit portaal levert ${list('en', (w) => `${w.name} ${w.have ?? 'niet'}`)}`
  const haveEn = wrong.every((w) => w.have)
    ? `this portal provides ${list('and', (w) => `${w.name} ${w.have}`)}`
    : `this portal provides ${list('and', (w) => `${w.name} ${w.have ?? '(none)'}`)}`
  return {
    code: 'gedeelde-versie',
    nl: `Deze sectie is gebouwd voor ${list('en', (w) => `${w.name} ${w.range}`)}; ${haveNl}. De sectie moet opnieuw worden gebouwd tegen de versies van het portaal.`,
    en: `This section was built for ${list('and', (w) => `${w.name} ${w.range}`)}; ${haveEn}. The section needs to be rebuilt against the portal's versions.`,
  }
}
