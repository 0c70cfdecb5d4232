import { roleIds, roles, type RoleDefinition, type RoleId } from '../catalogue/roles.ts'
import { rolesAssignedBy } from '../catalogue/lookup.ts'
import { meetsNiveau } from '../context/login.ts'
import { grantStatus, type Grant, type Subject } from '../context/subject.ts'
import { DUO_KENMERK, kenmerkType } from '../kenmerk/type.ts'
import { locate, type Bestuur } from '../organisation/bestuur.ts'
import type { Reason } from '../reason/reasons.ts'
import { reasons } from '../texts.ts'
import {
  actsForBestuur,
  contextOf,
  roleAvailable,
  type Context,
  type DecideOptions,
  type Decision,
} from '../decide/decide.ts'
import { effectiveGrants } from '../decide/effective-grants.ts'

/** The person who would receive the role; `grants` lets the rules see if he is a beheerder. */
export interface AssignTarget {
  personId: string
  bestuur: Bestuur
  grants?: readonly Grant[]
}

const BEHEERDER_BEKOSTIGING = 'beheerder-bekostiging-opleidingen'
const SERVICEDESK = 'duo-security-servicedesk'

function result(admin: Subject, allowed: boolean, reason: Reason, grant?: Grant): Decision {
  const d: Decision = { allowed, reason, intermediary: admin.intermediary ?? null }
  if (grant) d.grant = grant
  return d
}

function validGrantOf(
  grants: readonly Grant[] | undefined,
  role: RoleId,
  kenmerk: string,
  today: string,
) {
  return (
    grants?.some(
      (g) => g.role === role && g.kenmerk === kenmerk && grantStatus(g, today) === 'geldig',
    ) ?? false
  )
}

/** Why the admin holds no usable beheerder grant for this role in this bestuur, or the grant. */
function adminGrant(
  admin: Subject,
  role: RoleDefinition,
  bestuur: Bestuur,
  ctx: Context,
): Grant | Reason {
  const by = role.assignedBy as readonly RoleId[]
  let failure: Reason | undefined
  for (const g of effectiveGrants(admin.grants, bestuur)) {
    if (!by.includes(g.role)) continue
    const adminRole = roles[g.role]
    // A beheerder grant names the bestuur itself: bestuursnummer or onderwijsbestuurcode.
    if (
      locate(g.kenmerk, bestuur)?.level !== 'bestuur' ||
      !adminRole.kenmerkTypes.includes(kenmerkType(g.kenmerk)!)
    )
      continue
    const status = grantStatus(g, ctx.today)
    if (status === 'geldig') return g
    failure ??=
      status === 'verlopen'
        ? reasons.grantExpired(adminRole, g.kenmerk, g.until!)
        : status === 'nog-niet-geldig'
          ? reasons.grantNotYet(adminRole, g.kenmerk, g.from!)
          : reasons.grantInvalid(adminRole, g.kenmerk)
  }
  return failure ?? reasons.notAdminForRole(role)
}

/** `mayAssign` with prepared options; a null target means "a colleague without roles". */
export function mayAssignIn(
  admin: Subject,
  roleId: RoleId,
  kenmerk: string,
  bestuur: Bestuur,
  target: Omit<AssignTarget, 'bestuur'> | null,
  ctx: Context,
): Decision {
  const role = roles[roleId]
  if (!role) return result(admin, false, reasons.unknown(String(roleId)))
  if (role.assignedBy === 'duo-intern') return result(admin, false, reasons.internalRole(role))
  if (role.assignedBy === 'automatisch') {
    return result(admin, false, reasons.automatic(role, roles[role.automaticWith!]))
  }
  const type = kenmerkType(kenmerk)
  if (type === null || !role.kenmerkTypes.includes(type))
    return result(admin, false, reasons.kenmerkInvalid(role, kenmerk))
  if (!locate(kenmerk, bestuur))
    return result(admin, false, reasons.kenmerkOutsideBestuur(role, kenmerk, bestuur))

  let granted: Grant
  if (role.assignedBy === 'servicedesk') {
    const desk =
      admin.kind === 'duo-medewerker'
        ? admin.grants.find(
            (g) =>
              g.role === SERVICEDESK &&
              g.kenmerk === DUO_KENMERK &&
              grantStatus(g, ctx.today) === 'geldig',
          )
        : undefined
    if (!desk) return result(admin, false, reasons.onlyServicedesk(role))
    granted = desk
  } else {
    if (admin.kind !== 'bestuur-medewerker')
      return result(admin, false, reasons.notAdminForRole(role))
    const other = actsForBestuur(admin, bestuur)
    if (other) return result(admin, false, other)
    if (!admin.machtigingen.includes('mijn-duo'))
      return result(admin, false, reasons.noMachtiging('mijn-duo'))
    if (!meetsNiveau(admin.niveau, ctx.config.defaultNiveau)) {
      return result(admin, false, reasons.niveauTooLow(ctx.config.defaultNiveau, admin.niveau))
    }
    const g = adminGrant(admin, role, bestuur, ctx)
    if ('code' in g) return result(admin, false, g)
    granted = g
  }

  // Beheerders do not give themselves data: only where the seed says so ("aan zichzelf of een collega").
  if (target?.personId === admin.personId && !role.selfAssign) {
    return result(admin, false, reasons.noSelfDataRole(role))
  }
  if (
    role.dataAccess &&
    rolesAssignedBy(BEHEERDER_BEKOSTIGING).includes(roleId) &&
    validGrantOf(target?.grants, BEHEERDER_BEKOSTIGING, bestuur.bestuursnummer, ctx.today)
  ) {
    return result(admin, false, reasons.targetIsBeheerder(role, roles[BEHEERDER_BEKOSTIGING]))
  }
  const notBefore = roleAvailable(role, ctx)
  if (notBefore) return result(admin, false, reasons.roleNotYet(role, notBefore))
  if (role.requiresOsrOvereenkomst && !bestuur.osrOvereenkomstGetekend) {
    return result(admin, false, reasons.osrAgreementMissing(bestuur))
  }
  return result(admin, true, reasons.assignAllowed(role, kenmerk, roles[granted.role]), granted)
}

/**
 * Whether administrator `admin` may give `role` with `kenmerk` to `target`, at `opts.now`.
 * `decision.grant` is the admin's own grant that allows it (for the audit log).
 *
 * @example
 * mayAssign(beheerderPo, 'osr-toegang', '41234', { personId: 'p-2', bestuur })
 * // { allowed: false, reason: { code: 'osr-overeenkomst-ontbreekt', … } } until the overeenkomst OSR is signed
 */
export function mayAssign(
  admin: Subject,
  role: RoleId,
  kenmerk: string,
  target: AssignTarget,
  opts?: DecideOptions,
): Decision {
  return mayAssignIn(admin, role, kenmerk, target.bestuur, target, contextOf(opts))
}

/** Every kenmerk of this bestuur a role could be given with. */
export function kenmerkenFor(role: RoleDefinition, bestuur: Bestuur): string[] {
  const out: string[] = []
  for (const type of role.kenmerkTypes) {
    if (type === 'bestuursnummer') out.push(bestuur.bestuursnummer)
    else if (type === 'onderwijsbestuurcode') out.push(bestuur.onderwijsbestuurcode)
    else if (type === 'instellingscode')
      for (const s of bestuur.scholen) out.push(s.instellingscode)
    else if (type === 'onderwijsaanbiedercode')
      for (const s of bestuur.scholen) out.push(s.onderwijsaanbiedercode)
  }
  return out
}

/**
 * The roles and kenmerken the admin may assign in this bestuur, to build the assign form.
 * Without `opts.target` it answers for a colleague without roles; pass the admin himself
 * as target to see what he may give himself.
 *
 * @example
 * assignableRoles(beheerderPo, bestuur)
 * // [{ role: 'po-informatiediensten', kenmerken: ['41234'] }, { role: 'medewerker-schoolleiding-rod', kenmerken: ['12AB', '34CD'] }, …]
 */
export function assignableRoles(
  admin: Subject,
  bestuur: Bestuur,
  opts?: DecideOptions & { target?: Omit<AssignTarget, 'bestuur'> },
): Array<{ role: RoleId; kenmerken: string[] }> {
  const ctx = contextOf(opts)
  const out: Array<{ role: RoleId; kenmerken: string[] }> = []
  for (const id of roleIds) {
    const kenmerken = kenmerkenFor(roles[id], bestuur).filter(
      (k) => mayAssignIn(admin, id, k, bestuur, opts?.target ?? null, ctx).allowed,
    )
    if (kenmerken.length > 0) out.push({ role: id, kenmerken })
  }
  return out
}
