import { rolesGranting, type PermissionId } from '@duo/authz'
import type { NavItem, PortalUser, SectionMeta } from './contract'

type Can = (permission: PermissionId) => boolean

const asList = (p: PermissionId | PermissionId[]) => (Array.isArray(p) ? p : [p])

/** Whether a nav item is open to the person: no permission, or any of its permissions. */
export function navItemAllowed(item: NavItem, can: Can): boolean {
  if (!item.permission) return true
  return asList(item.permission).some(can)
}

/** Whether DUO's own staff use this permission: one of DUO's internal roles grants it. */
export function isStaffPermission(permission: PermissionId): boolean {
  return rolesGranting(permission).some((role) => role.internal)
}

/**
 * Whether a nav item belongs in this person's menu. A bestuur's staff see what they may use
 * (items without a permission too); DUO staff see only the pages of their internal roles (and
 * a section's landing page): a page without a permission, or one every logged-in person may
 * open, is a page for besturen, not for DUO (since 1.1).
 */
export function navItemVisible(item: NavItem, user: PortalUser | null, can: Can): boolean {
  if (user?.soort !== 'duo-medewerker') return navItemAllowed(item, can)
  if (!item.permission) return item.path === ''
  return asList(item.permission).some((p) => isStaffPermission(p) && can(p))
}

/**
 * The nav items the person may use. Pass the user (since 1.1) to give DUO staff their own
 * menu (see `navItemVisible`); without it every allowed item is listed.
 */
export function visibleNav(meta: SectionMeta, can: Can, user?: PortalUser | null): NavItem[] {
  return meta.nav.filter((item) =>
    user === undefined ? navItemAllowed(item, can) : navItemVisible(item, user, can),
  )
}

/**
 * Whether the section belongs in the person's navigation: they hold the machtiging of its
 * eHerkenning service (DUO staff need none) and may use at least one guarded page of it
 * (DUO staff: one of their own pages).
 */
export function sectionVisible(meta: SectionMeta, user: PortalUser | null, can: Can): boolean {
  if (!user) return false
  if (meta.dienst && user.soort !== 'duo-medewerker' && !user.machtigingen.includes(meta.dienst))
    return false
  return meta.nav.some((item) => item.permission && navItemVisible(item, user, can))
}
