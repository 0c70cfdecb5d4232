/**
 * How the beheer API applies `@duo/authz`: what a beheerder may give whom, what he may take
 * back, and the explanations the forms show. Pure functions over the rules library.
 */
import {
  assignableRoles,
  decide,
  defaultConfig,
  dutchDate,
  kenmerkenFor,
  mayAssign,
  roleIds,
  roles,
  type Bestuur,
  type Decision,
  type PermissionId,
  type Reason,
  type RoleId,
  type Subject,
} from '@duo/authz'

const TOEKEN_PERMISSIONS: readonly PermissionId[] = [
  'beheer.rollen-po.toekennen',
  'beheer.rollen-bekostiging.toekennen',
  'beheer.rollen-rio.toekennen',
]

export const BEHEERDER_ROLLEN = ['beheerder-po', 'beheerder-bekostiging-opleidingen'] as const
export type BeheerderRol = (typeof BEHEERDER_ROLLEN)[number]

/** Whether the subject administers any roles in this bestuur; the refusal of the first if not. */
export function adminDecision(subject: Subject, bestuur: Bestuur, now: Date): Decision {
  let first: Decision | null = null
  for (const p of TOEKEN_PERMISSIONS) {
    const d = decide(subject, p, { bestuur }, { now })
    if (d.allowed) return d
    first ??= d
  }
  return first!
}

/** The roles a colleague could never get from this admin here, each with the reason. */
export function notAssignable(
  admin: Subject,
  bestuur: Bestuur,
  now: Date,
): Array<{ rol: RoleId; reden: Reason }> {
  const possible = new Set(assignableRoles(admin, bestuur, { now }).map((r) => r.role))
  const out: Array<{ rol: RoleId; reden: Reason }> = []
  for (const id of roleIds) {
    if (possible.has(id) || roles[id].internal) continue
    const kenmerk = kenmerkenFor(roles[id], bestuur)[0] ?? bestuur.bestuursnummer
    const d = mayAssign(admin, id, kenmerk, { personId: '', bestuur }, { now })
    out.push({ rol: id, reden: d.reason })
  }
  return out
}

/** New roles (with a date in the authz config): available now, or coming, for this admin. */
export function roleAvailability(admin: Subject, bestuur: Bestuur, now: Date) {
  const today = dutchDate(now)
  const nu: Array<{ rol: RoleId; vanaf: string }> = []
  const binnenkort: Array<{ rol: RoleId; vanaf: string; reden: Reason }> = []
  for (const [id, vanaf] of Object.entries(defaultConfig.roleAvailableFrom) as Array<
    [RoleId, string]
  >) {
    const kenmerken = kenmerkenFor(roles[id], bestuur)
    const decisions = kenmerken.map((k) =>
      mayAssign(admin, id, k, { personId: '', bestuur }, { now }),
    )
    if (today >= vanaf) {
      if (decisions.some((d) => d.allowed)) nu.push({ rol: id, vanaf })
    } else {
      const notYet = decisions.find((d) => d.reason.code === 'nog-niet-beschikbaar')
      if (notYet) binnenkort.push({ rol: id, vanaf, reden: notYet.reason })
    }
  }
  return { nu, binnenkort }
}
