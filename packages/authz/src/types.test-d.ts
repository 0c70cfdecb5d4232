// Type-level tests, checked by `tsc` (pnpm typecheck), not run by vitest.
import type { Decision, Grant, PermissionId, ReasonCode, RoleId, Subject } from './index.ts'
import { decide, mayAssign, permissions, roles } from './index.ts'
import { aanZee } from './testing/fixtures.ts'

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const assert = <T extends true>(): T => true as T

assert<Equal<keyof typeof permissions, PermissionId>>()
assert<Equal<keyof typeof roles, RoleId>>()
assert<Equal<Decision['reason']['code'], ReasonCode>>()

const subject: Subject = {
  kind: 'bestuur-medewerker',
  personId: 'p',
  grants: [],
  machtigingen: ['mijn-duo'],
  niveau: 'EH3',
}
decide(subject, 'rod.dashboard-school.raadplegen', { bestuur: aanZee, school: '12AB' })
// @ts-expect-error: unknown permission
decide(subject, 'rod.dashboard.raadplegen', { bestuur: aanZee })
// @ts-expect-error: unknown role
mayAssign(subject, 'beheerder-rod', '41234', { personId: 'q', bestuur: aanZee })
// @ts-expect-error: a grant needs a known role
export const g: Grant = { role: 'medewerker', kenmerk: '41234' }
// @ts-expect-error: only the four eHerkenning levels
export const s2: Subject = { ...subject, niveau: 'EH1' }
// @ts-expect-error: only the two services
export const s3: Subject = { ...subject, machtigingen: ['mijn-rio'] }
