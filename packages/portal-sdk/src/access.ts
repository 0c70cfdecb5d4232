import type { Decision, PermissionId } from '@duo/authz'
import type { Localized, NavItem, PortalUser, SectionMeta } from './contract'
import { isStaffPermission, sectionVisible } from './visibility'

/**
 * Why a person cannot use a page or a section, the same way everywhere: the shell shows it for
 * a page opened by URL ("Geen toegang") and for the sections missing from the home page. The
 * reasons come from `@duo/authz`, in the order a person can act on them (role before level).
 */
export interface Weigering {
  code: string
  reden: Localized
}

/** What these checks need of the portal context. */
export interface ToegangsVragen {
  canAnywhere(permission: PermissionId): boolean
  explain(permission: PermissionId): Decision
}

/** DUO staff on a page or section for besturen. */
export const VOOR_BESTUREN: Weigering = {
  code: 'alleen-bestuur',
  reden: {
    nl: 'Dit is voor medewerkers van een schoolbestuur, die inloggen met eHerkenning. Als medewerker van DUO werkt u met de werkvoorraden van uw eigen rol.',
    en: 'This is for staff of a bestuur (school board), who log in with eHerkenning. As DUO staff you work with the queues of your own role.',
  },
}

const NIET_INGELOGD: Weigering = {
  code: 'niet-ingelogd',
  reden: { nl: 'U bent niet ingelogd.', en: 'You are not logged in.' },
}

// The reason closest to getting in goes first: a role held at too low a level beats a role
// that lapsed, which beats a role not held at all.
const RANG: Record<string, number> = {
  'niveau-te-laag': 9,
  'grant-verlopen': 8,
  'grant-nog-niet-geldig': 8,
  'grant-ongeldig': 8,
  'osr-overeenkomst-ontbreekt': 7,
  'nog-niet-beschikbaar': 7,
  'geen-data-toegang': 6,
  'kenmerk-dekt-niet': 5,
  'kenmerk-buiten-bestuur': 5,
  'kenmerk-ongeldig': 5,
  'rol-ontbreekt': 4,
}

const uniek = (lijst: PermissionId[]) => [...new Set(lijst)]
const alsLijst = (p: PermissionId | PermissionId[] | undefined): PermissionId[] =>
  p === undefined ? [] : Array.isArray(p) ? p : [p]

/** The most helpful refusal among these permissions (none of them allowed). */
function besteReden(permissions: PermissionId[], vragen: ToegangsVragen): Weigering {
  let beste: Weigering | null = null
  let rang = -1
  for (const p of permissions) {
    const { reason } = vragen.explain(p)
    const r = RANG[reason.code] ?? 0
    if (r > rang) {
      beste = { code: reason.code, reden: { nl: reason.nl, en: reason.en } }
      rang = r
    }
  }
  return beste ?? NIET_INGELOGD
}

/**
 * The refusal for a page that needs any of `permissions`, or null when the person may open it.
 * DUO staff may open only what their own roles give (see `navItemVisible`).
 */
export function weigeringVoor(
  permissions: PermissionId[],
  user: PortalUser | null,
  vragen: ToegangsVragen,
): Weigering | null {
  if (!user) return NIET_INGELOGD
  if (!permissions.length) return null
  if (user.soort === 'duo-medewerker') {
    const eigen = permissions.filter(isStaffPermission)
    if (eigen.some((p) => vragen.canAnywhere(p))) return null
    return eigen.length ? besteReden(eigen, vragen) : VOOR_BESTUREN
  }
  if (permissions.some((p) => vragen.canAnywhere(p))) return null
  return besteReden(permissions, vragen)
}

/** The nav item a path below the section falls under: the longest one that prefixes it. */
export function navItemOf(meta: SectionMeta, rest: string): NavItem | null {
  const pad = rest.replace(/^\/+|\/+$/g, '')
  let beste: NavItem | null = null
  for (const item of meta.nav) {
    if (!item.path) continue
    if (pad === item.path || pad.startsWith(`${item.path}/`))
      if (!beste || item.path.length > beste.path.length) beste = item
  }
  return beste
}

/**
 * Whether a page of a section may be opened: by the route's own `meta.permission`, else by the
 * nav item the path falls under (so a section's routes need not repeat their menu's permissions).
 * A page under a nav item without a permission is a page for besturen: DUO staff are refused.
 */
export function paginaToegang(
  meta: SectionMeta,
  rest: string,
  routePermission: PermissionId | PermissionId[] | undefined,
  user: PortalUser | null,
  vragen: ToegangsVragen,
): Weigering | null {
  const item = navItemOf(meta, rest)
  const permissions = alsLijst(routePermission ?? item?.permission)
  if (!permissions.length) return item && user?.soort === 'duo-medewerker' ? VOOR_BESTUREN : null
  return weigeringVoor(permissions, user, vragen)
}

/** Why a section is not in the person's menu, or null when it is. */
export function sectieToegang(
  meta: SectionMeta,
  user: PortalUser | null,
  vragen: ToegangsVragen,
): Weigering | null {
  if (!user) return NIET_INGELOGD
  if (sectionVisible(meta, user, vragen.canAnywhere)) return null
  if (user.soort === 'duo-medewerker') return VOOR_BESTUREN
  const permissions = uniek(meta.nav.flatMap((item) => alsLijst(item.permission)))
  return permissions.length ? besteReden(permissions, vragen) : VOOR_BESTUREN
}
