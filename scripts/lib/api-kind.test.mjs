import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import {
  apiLines,
  changeKind,
  checkChangesets,
  neededBump,
  pendingChangesets,
} from './api-kind.mjs'

const report = (...lines) =>
  `## API Report File for "@duo/x"\n\n> Do not edit.\n\n\`\`\`ts\n\n${lines.join('\n')}\n\n\`\`\`\n`

const base = report(
  '// @public',
  'export function decide(subject: Subject, permission: PermissionId): Decision;',
  '',
  '// @public (undocumented)',
  'declare const __VLS_Props_12: { tone: StatusToon; };',
)

describe('the kind of an API change', () => {
  it('reads only the code, without comments, and ignores the numbers vue-tsc gives props types', () => {
    assert.deepEqual(apiLines(base), [
      'export function decide(subject: Subject, permission: PermissionId): Decision;',
      'declare const __VLS_Props: { tone: StatusToon; };',
    ])
  })

  it('calls added lines a feature, changed or removed lines breaking, comments nothing', () => {
    assert.equal(
      changeKind(base, report(...apiLines(base), 'export const nieuw: 1;')).kind,
      'feature',
    )
    assert.equal(changeKind(base, base.replace('PermissionId)', 'string)')).kind, 'breaking')
    assert.equal(
      changeKind(base, base.replace('// @public (undocumented)', '// @public')).kind,
      'none',
    )
    assert.equal(changeKind(base, base.replace('__VLS_Props_12', '__VLS_Props_13')).kind, 'none')
  })

  it('asks semver of it: breaking is major (minor in 0.x), a feature minor (patch in 0.x)', () => {
    assert.equal(neededBump('breaking', '1.1.0'), 'major')
    assert.equal(neededBump('feature', '1.1.0'), 'minor')
    assert.equal(neededBump('breaking', '0.1.0'), 'minor')
    assert.equal(neededBump('feature', '0.1.0'), 'patch')
    assert.equal(neededBump('none', '1.0.0'), 'none')
  })
})

describe('the changesets a change needs', () => {
  const pkg = (version) => ({ name: '@duo/ui', folder: 'ui', version, entries: [{ subpath: '.' }] })
  const check = (version, after, pending) =>
    checkChangesets([pkg(version)], {
      pending: new Map(pending ? [['@duo/ui', pending]] : []),
      baseline: () => base,
      current: () => after,
    })
  const feature = report(...apiLines(base), 'export const nieuw: 1;')
  const breaking = base.replace('PermissionId)', 'string)')

  it('passes an unchanged API without a changeset', () => {
    assert.deepEqual(check('1.1.0', base), [])
  })

  it('fails a feature without a changeset, and names the lines', () => {
    const [problem] = check('1.1.0', feature)
    assert.match(problem, /@duo\/ui: de publieke API is uitgebreid sinds 1\.1\.0/)
    assert.match(problem, /changeset 'minor'/)
    assert.match(problem, /\+ export const nieuw: 1;/)
  })

  it('passes a feature with a minor changeset, fails a breaking change with one', () => {
    const minor = { bump: 'minor', notBreaking: false, files: ['a.md'] }
    assert.deepEqual(check('1.1.0', feature, minor), [])
    assert.match(check('1.1.0', breaking, minor)[0], /brekend gewijzigd.*changeset 'major'/s)
    assert.deepEqual(check('1.1.0', breaking, { ...minor, bump: 'major' }), [])
  })

  it('takes a reviewed "Niet brekend:" for a changed line, and 0.x rules', () => {
    assert.deepEqual(check('1.1.0', breaking, { bump: 'minor', notBreaking: true, files: [] }), [])
    assert.deepEqual(check('0.1.0', breaking, { bump: 'minor', notBreaking: false, files: [] }), [])
  })

  it('skips a package without a released report to compare with', () => {
    assert.deepEqual(
      checkChangesets([pkg('1.0.0')], {
        pending: new Map(),
        baseline: () => null,
        current: () => feature,
      }),
      [],
    )
  })

  it('reads the pending changesets: highest bump per package, and "Niet brekend:"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-changesets-'))
    writeFileSync(join(dir, 'README.md'), '# not a changeset')
    writeFileSync(join(dir, 'a.md'), '---\n\'@duo/ui\': patch\n"@duo/authz": minor\n---\n\nFix.\n')
    writeFileSync(
      join(dir, 'b.md'),
      "---\n'@duo/ui': minor\n---\n\nNiet brekend: de union is breder.\n",
    )
    const pending = pendingChangesets(dir)
    assert.deepEqual(pending.get('@duo/ui'), {
      bump: 'minor',
      notBreaking: true,
      files: ['a.md', 'b.md'],
    })
    assert.deepEqual(pending.get('@duo/authz'), {
      bump: 'minor',
      notBreaking: false,
      files: ['a.md'],
    })
  })
})
