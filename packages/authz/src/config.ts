import type { PermissionId } from './catalogue/permissions.ts'
import type { RoleId } from './catalogue/roles.ts'
import type { Betrouwbaarheidsniveau } from './context/login.ts'
import type { IsoDate } from './context/date.ts'

/**
 * Everything that is a date or a level rather than a rule. DUO announces dates
 * ("DUO informeert de beheerder po wanneer het mogelijk is deze rollen toe te wijzen"),
 * so they are configuration: pass a partial config to move one.
 */
export interface AuthzConfig {
  /** From this Dutch calendar day a role can be assigned and its grants count. */
  roleAvailableFrom: Partial<Record<RoleId, IsoDate>>
  /** From this Dutch calendar day a permission can be used at all. */
  permissionAvailableFrom: Partial<Record<PermissionId, IsoDate>>
  /** Minimum eHerkenning level per permission; others need `defaultNiveau`. */
  minimumNiveau: Partial<Record<PermissionId, Betrouwbaarheidsniveau>>
  defaultNiveau: Betrouwbaarheidsniveau
}

/** The dates from the seed text and DUO's Kennisbank. */
export const defaultConfig: Readonly<AuthzConfig> = Object.freeze<AuthzConfig>({
  roleAvailableFrom: {
    'medewerker-bestuur-rod': '2022-02-01',
    'medewerker-schoolleiding-rod': '2022-02-01',
    'medewerker-schooladministratie-rod': '2022-02-01',
  },
  permissionAvailableFrom: {
    'bekostiging.dashboard.raadplegen': '2022-03-01',
    'bekostiging.vaststelling-tellingen.raadplegen': '2022-04-01',
    'rod.dashboard-bestuur.raadplegen': '2022-02-01',
    'rod.dashboard-school.raadplegen': '2022-02-01',
    'rod.leerlingdossier.raadplegen': '2022-06-01',
    'rod.handmatige-mutatie.indienen': '2022-06-01',
  },
  minimumNiveau: {
    // The XBRL onderwijsportaal accepts eHerkenning EH3 or higher.
    'xbrl.jaarverantwoording.indienen': 'EH3',
    'xbrl.jaarverantwoording.raadplegen': 'EH3',
  },
  defaultNiveau: 'EH2',
})

const resolved = new WeakMap<Partial<AuthzConfig>, AuthzConfig>()

/**
 * Merges an override into the defaults, per key inside each table, so moving one date
 * keeps the others. Memoised per override object: callers pass the same object on
 * every request.
 *
 * @example resolveConfig({ roleAvailableFrom: { 'medewerker-bestuur-rod': '2022-03-15' } })
 */
export function resolveConfig(override?: Partial<AuthzConfig>): AuthzConfig {
  if (!override) return defaultConfig
  const hit = resolved.get(override)
  if (hit) return hit
  const config: AuthzConfig = {
    roleAvailableFrom: { ...defaultConfig.roleAvailableFrom, ...override.roleAvailableFrom },
    permissionAvailableFrom: {
      ...defaultConfig.permissionAvailableFrom,
      ...override.permissionAvailableFrom,
    },
    minimumNiveau: { ...defaultConfig.minimumNiveau, ...override.minimumNiveau },
    defaultNiveau: override.defaultNiveau ?? defaultConfig.defaultNiveau,
  }
  resolved.set(override, config)
  return config
}
