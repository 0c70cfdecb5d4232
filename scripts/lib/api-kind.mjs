// What kind of change an API report shows, and whether the pending changesets cover it.
//
// The baseline of a package is its last released version: the report as committed in the last
// commit that changed the package's `version` (`changeset version` does that). Against it:
//   - a line of the report gone or changed  → breaking: `major` (`minor` while the version is 0.x)
//   - only lines added                      → a feature: `minor` (`patch` while 0.x)
//   - nothing but comments                  → no changeset needed for the API
// Conservative on purpose: a changed line is read as breaking. When a reviewer agrees that it
// is not (a widened parameter type, say), the changeset says so on a line of its own:
// `Niet brekend: <why>`; then the feature's kind is enough.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { ROOT } from './sections.mjs'
import { reportName } from './packages.mjs'

const ORDER = { none: 0, patch: 1, minor: 2, major: 3 }

/** The API lines of a report: its ```ts blocks without comments, normalised. */
export function apiLines(report) {
  const lines = []
  let inCode = false
  for (const raw of report.split('\n')) {
    if (raw.startsWith('```')) {
      inCode = raw.startsWith('```ts')
      continue
    }
    if (!inCode) continue
    const line = raw
      .trim()
      // vue-tsc numbers the props types of components (__VLS_Props_12): the number is no API.
      .replace(/\b(__VLS_[A-Za-z]+?)(?:_\d+)?\b/g, '$1')
      .replace(/\s+/g, ' ')
    if (line && !line.startsWith('//')) lines.push(line)
  }
  return lines
}

/** Lines of `a` not in `b`, counting duplicates. */
function missing(a, b) {
  const count = new Map()
  for (const l of b) count.set(l, (count.get(l) ?? 0) + 1)
  const out = []
  for (const l of a) {
    const n = count.get(l) ?? 0
    if (n > 0) count.set(l, n - 1)
    else out.push(l)
  }
  return out
}

/** @returns {{ kind: 'none' | 'feature' | 'breaking', added: string[], removed: string[] }} */
export function changeKind(before, after) {
  const a = apiLines(before)
  const b = apiLines(after)
  const removed = missing(a, b)
  const added = missing(b, a)
  return { kind: removed.length ? 'breaking' : added.length ? 'feature' : 'none', added, removed }
}

/** The bump a change needs, by semver (0.x: breaking is a minor, a feature a patch). */
export function neededBump(kind, version) {
  const zero = version.startsWith('0.')
  if (kind === 'breaking') return zero ? 'minor' : 'major'
  if (kind === 'feature') return zero ? 'patch' : 'minor'
  return 'none'
}

/** Pending changesets: per package the highest bump, and whether one says "Niet brekend:". */
export function pendingChangesets(dir = `${ROOT}.changeset`) {
  const bumps = new Map()
  if (!existsSync(dir)) return bumps
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const text = readFileSync(`${dir}/${file}`, 'utf8')
    const match = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)
    if (!match) continue
    const notBreaking = /^\s*(niet brekend|not breaking)\s*:/im.test(match[2])
    for (const line of match[1].split('\n')) {
      const m = line.match(/^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/)
      if (!m) continue
      const before = bumps.get(m[1]) ?? { bump: 'none', notBreaking: false, files: [] }
      bumps.set(m[1], {
        bump: ORDER[m[2]] > ORDER[before.bump] ? m[2] : before.bump,
        notBreaking: before.notBreaking || notBreaking,
        files: [...before.files, file],
      })
    }
  }
  return bumps
}

function git(args) {
  return execFileSync('git', args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
}

/** The commit of the package's last released version, or null (new package, shallow clone). */
function releaseCommit(pkg) {
  const file = `packages/${pkg.folder}/package.json`
  try {
    const commit = git(['log', '-1', '--format=%H', '-G', '"version"', '--', file]).trim()
    if (!commit) return null
    const released = JSON.parse(git(['show', `${commit}:${file}`])).version
    // A version bumped in the working tree is a release in the making: it is its own baseline.
    return released === pkg.version ? { commit, version: released } : null
  } catch {
    return null
  }
}

/** Problems: public API changes since the last release without a changeset of that kind. */
export function checkChangesets(packages, options = {}) {
  const pending = options.pending ?? pendingChangesets()
  const baseline =
    options.baseline ??
    ((pkg, name) => {
      const release = releaseCommit(pkg)
      if (!release) return null
      try {
        return git(['show', `${release.commit}:packages/${pkg.folder}/etc/${name}.api.md`])
      } catch {
        return null // no report at that release yet
      }
    })
  const current =
    options.current ?? ((pkg, name) => readFileSync(`${pkg.dir}/etc/${name}.api.md`, 'utf8'))
  const problems = []
  for (const pkg of packages) {
    let worst = { kind: 'none', added: [], removed: [] }
    for (const entry of pkg.entries) {
      const name = reportName(pkg, entry)
      const before = baseline(pkg, name)
      if (before == null) continue
      const change = changeKind(before, current(pkg, name))
      if (change.kind === 'breaking' || (change.kind === 'feature' && worst.kind === 'none'))
        worst = {
          ...change,
          added: [...worst.added, ...change.added],
          removed: [...worst.removed, ...change.removed],
        }
    }
    if (worst.kind === 'none') continue
    const declared = pending.get(pkg.name) ?? { bump: 'none', notBreaking: false, files: [] }
    const kind = worst.kind === 'breaking' && declared.notBreaking ? 'feature' : worst.kind
    const needed = neededBump(kind, pkg.version)
    if (ORDER[declared.bump] >= ORDER[needed]) continue
    const sample = [
      ...worst.removed.slice(0, 3).map((l) => `    - ${l}`),
      ...worst.added.slice(0, 3).map((l) => `    + ${l}`),
    ].join('\n')
    problems.push(
      `${pkg.name}: de publieke API is ${kind === 'breaking' ? 'brekend gewijzigd' : 'uitgebreid'} sinds ${pkg.version} ` +
        `(${worst.removed.length} regel(s) weg of anders, ${worst.added.length} erbij); dat vraagt een changeset ` +
        `'${needed}', de changesets zeggen '${declared.bump}'.\n${sample}\n` +
        `  Voeg er een toe met \`pnpm changeset\` (docs/releases.md).`,
    )
  }
  return problems
}
