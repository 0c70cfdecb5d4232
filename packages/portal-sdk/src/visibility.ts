import type { PermissionId } from '@duo/authz'
import type { NavItem, PortalUser, SectionMeta } from './contract'

type Can = (permission: PermissionId) => boolean

/** Whether a nav item is open to the person: no permission, or any of its permissions. */
export function navItemAllowed(item: NavItem, can: Can): boolean {
  if (!item.permission) return true
  const wanted = Array.isArray(item.permission) ? item.permission : [item.permission]
  return wanted.some(can)
}

/** The nav items the person may use. */
export function visibleNav(meta: SectionMeta, can: Can): NavItem[] {
  return meta.nav.filter((item) => navItemAllowed(item, can))
}

/**
 * Whether the section belongs in the person's navigation: they hold the machtiging of its
 * eHerkenning service (DUO staff need none) and may use at least one guarded page of it.
 */
export function sectionVisible(meta: SectionMeta, user: PortalUser | null, can: Can): boolean {
  if (!user) return false
  if (meta.dienst && user.soort !== 'duo-medewerker' && !user.machtigingen.includes(meta.dienst))
    return false
  return meta.nav.some((item) => item.permission && navItemAllowed(item, can))
}
