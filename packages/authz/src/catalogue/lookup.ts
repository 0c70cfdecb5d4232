import { permissionIds, type PermissionId } from './permissions.ts'
import { roleIds, roles, type RoleDefinition, type RoleId } from './roles.ts'

function index() {
  const granting = {} as Record<PermissionId, RoleDefinition[]>
  for (const p of permissionIds) granting[p] = []
  for (const r of roleIds) for (const p of roles[r].permissions) granting[p].push(roles[r])
  const assigns = {} as Record<RoleId, RoleId[]>
  for (const r of roleIds) assigns[r] = []
  for (const r of roleIds) {
    const by = roles[r].assignedBy
    if (typeof by !== 'string') for (const admin of by) assigns[admin].push(r)
  }
  return { granting, assigns }
}

const built = /* @__PURE__ */ index()

/**
 * The roles that grant a permission, in catalogue order.
 * @example rolesGranting('rod.dashboard-school.raadplegen') // [roles['medewerker-schoolleiding-rod']]
 */
export function rolesGranting(permission: PermissionId): readonly RoleDefinition[] {
  return built.granting[permission] ?? []
}

/**
 * The roles a beheerder role may assign.
 * @example rolesAssignedBy('beheerder-po') // ['po-informatiediensten', 'medewerker-bestuur-rod', …, 'osr-toegang']
 */
export function rolesAssignedBy(admin: RoleId): readonly RoleId[] {
  return built.assigns[admin] ?? []
}
