import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decide, type Resource } from './decide/decide.ts'
import { mayAssign } from './assign/may-assign.ts'
import { kenmerkenFor } from './assign/may-assign.ts'
import { permissionIds, permissions } from './catalogue/permissions.ts'
import { roleIds, roles, type RoleId } from './catalogue/roles.ts'
import { effectiveGrants } from './decide/effective-grants.ts'
import { grantStatus, type Grant, type Subject } from './context/subject.ts'
import { dutchDate } from './context/date.ts'
import { kenmerkType } from './kenmerk/type.ts'
import { locate } from './organisation/bestuur.ts'
import { bestuurWithSchools } from './testing/fixtures.ts'
import type { Betrouwbaarheidsniveau, Dienst } from './context/login.ts'

// Two besturen that share no code: every kenmerk names at most one of them.
const A = bestuurWithSchools(4, 1)
const B = bestuurWithSchools(3, 2)
const codesOf = (b: typeof A) => [
  b.bestuursnummer,
  b.onderwijsbestuurcode,
  ...b.scholen.flatMap((s) => [s.instellingscode, s.onderwijsaanbiedercode, ...s.vestigingscodes]),
]
const kenmerken = [...codesOf(A), ...codesOf(B), 'DUO', '99ZZ', '999B999', 'rubbish']

const day = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((n) => new Date(Date.UTC(2021, 6, 1) + n * 86_400_000).toISOString().slice(0, 10))
const grant: fc.Arbitrary<Grant> = fc.record(
  {
    role: fc.constantFrom(...roleIds),
    kenmerk: fc.constantFrom(...kenmerken),
    from: fc.option(day, { nil: undefined }),
    until: fc.option(day, { nil: undefined }),
  },
  { requiredKeys: ['role', 'kenmerk'] },
)
const subject = (bestuur: typeof A): fc.Arbitrary<Subject> =>
  fc.record({
    kind: fc.constantFrom('bestuur-medewerker' as const, 'duo-medewerker' as const),
    personId: fc.constantFrom('p-1', 'p-2', 'p-3'),
    grants: fc.array(grant, { maxLength: 8 }),
    actsFor: fc.constant({ kvk: bestuur.kvk, bestuursnummer: bestuur.bestuursnummer }),
    intermediary: fc.option(fc.constant({ kvk: '99887766' }), { nil: null }),
    machtigingen: fc.subarray<Dienst>(['mijn-duo', 'mijn-helpdesk-po']),
    niveau: fc.constantFrom<Betrouwbaarheidsniveau>('EH2', 'EH2+', 'EH3', 'EH4'),
  })
const now = fc.date({
  min: new Date('2021-07-01'),
  max: new Date('2024-07-01'),
  noInvalidDate: true,
})
const resourceOf = (bestuur: typeof A): fc.Arbitrary<Resource> =>
  fc.oneof(
    fc.constant({ bestuur }),
    fc.constantFrom(...bestuur.scholen).map((s) => ({ bestuur, school: s.instellingscode })),
    fc
      .constantFrom(...bestuur.scholen)
      .map((s) => ({ bestuur, onderwijsaanbieder: s.onderwijsaanbiedercode })),
  )
const dataPermission = fc.constantFrom(
  ...permissionIds.filter(
    (p) => permissions[p].section !== 'beheer' && permissions[p].source === 'rol',
  ),
)

describe('properties', () => {
  it('no administrator can assign a role beyond the catalogue, nor a kenmerk outside his bestuur', () => {
    fc.assert(
      fc.property(
        subject(A),
        fc.constantFrom(...roleIds),
        fc.constantFrom(...kenmerken),
        fc.constantFrom('p-1', 'p-2'),
        now,
        (admin, role, kenmerk, personId, at) => {
          const d = mayAssign(admin, role, kenmerk, { personId, bestuur: A }, { now: at })
          if (!d.allowed) return
          const def = roles[role]
          // The kenmerk is of the role's type and lies in the target's bestuur.
          expect(def.kenmerkTypes).toContain(kenmerkType(kenmerk))
          expect(locate(kenmerk, A)).not.toBeNull()
          expect(locate(kenmerk, B)).toBeNull()
          // The admin holds, right now, a grant of a role the catalogue lists as assigner.
          const g = d.grant!
          const today = dutchDate(at)
          expect(grantStatus(g, today)).toBe('geldig')
          if (def.assignedBy === 'servicedesk') {
            expect(admin.kind).toBe('duo-medewerker')
            expect(g.role).toBe('duo-security-servicedesk')
          } else {
            expect(def.assignedBy).toContain(g.role)
            // Structurally: an automatic grant (RIO beheer with beheerder po) is derived afresh.
            expect(effectiveGrants(admin.grants, A)).toContainEqual(g)
            expect(locate(g.kenmerk, A)?.level).toBe('bestuur')
          }
          if (personId === admin.personId) expect(def.selfAssign).toBe(true)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('a beheerder bekostiging never gets data access', () => {
    const bekostigingData = new Set(
      [
        'medewerker-bekostiging',
        'medewerker-opleidingen',
        'raadpleger-zaakdossier',
        'medewerker-verantwoording',
      ].flatMap((r) => roles[r as RoleId].permissions),
    )
    fc.assert(
      fc.property(
        subject(A),
        fc.constantFrom(...bekostigingData),
        resourceOf(A),
        now,
        (s, permission, resource, at) => {
          const beheerder = {
            ...s,
            grants: [
              { role: 'beheerder-bekostiging-opleidingen' as const, kenmerk: A.bestuursnummer },
              ...s.grants,
            ],
          }
          expect(decide(beheerder, permission, resource, { now: at }).allowed).toBe(false)
          // …nor can he make himself a data role holder
          for (const role of [
            'medewerker-bekostiging',
            'medewerker-opleidingen',
            'raadpleger-zaakdossier',
            'medewerker-verantwoording',
          ] as const) {
            expect(
              mayAssign(
                beheerder,
                role,
                A.bestuursnummer,
                { personId: beheerder.personId, bestuur: A },
                { now: at },
              ).allowed,
            ).toBe(false)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('no grant of bestuur A ever allows data of bestuur B', () => {
    const grantInA = grant.filter((g) => locate(g.kenmerk, A) !== null)
    fc.assert(
      fc.property(
        subject(B),
        fc.array(grantInA, { minLength: 1, maxLength: 8 }),
        dataPermission,
        resourceOf(B),
        now,
        (s, grants, permission, resource, at) => {
          const onlyA = { ...s, kind: 'bestuur-medewerker' as const, grants }
          expect(decide(onlyA, permission, resource, { now: at }).allowed).toBe(false)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('an allowing grant is one of the subject’s (or automatic with it) and names the resource’s bestuur', () => {
    fc.assert(
      fc.property(subject(A), dataPermission, resourceOf(A), now, (s, permission, resource, at) => {
        const d = decide(s, permission, resource, { now: at })
        if (!d.allowed || s.kind === 'duo-medewerker') return
        expect(effectiveGrants(s.grants, A)).toContain(d.grant)
        expect(roles[d.grant!.role].permissions).toContain(permission)
        expect(locate(d.grant!.kenmerk, A)).not.toBeNull()
      }),
      { numRuns: 2000 },
    )
  })

  it('decisions are deterministic', () => {
    fc.assert(
      fc.property(
        subject(A),
        fc.constantFrom(...permissionIds),
        resourceOf(A),
        now,
        (s, permission, resource, at) => {
          const first = decide(s, permission, resource, { now: at })
          // A deep copy through JSON: equal input, no shared objects.
          const copy = JSON.parse(JSON.stringify({ s, resource })) as {
            s: Subject
            resource: Resource
          }
          expect(
            decide(copy.s, permission, copy.resource, { now: new Date(at.getTime()) }),
          ).toEqual(first)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('every kenmerk the assign form offers names the bestuur itself or one of its schools', () => {
    for (const role of roleIds)
      for (const k of kenmerkenFor(roles[role], A)) expect(locate(k, A)).not.toBeNull()
  })
})
