/**
 * `@duo/authz` as a browser bundle gets it (the `browser` condition of `.`): everything but its
 * texts (the reasons, what each role is for), which the app loads with its own messages from
 * `@duo/authz/teksten` and registers (`registerAuthzTexts`). Everywhere else `.` is
 * src/index.ts: the same, texts included.
 */
export type { Message, Result } from './result.ts'
export {
  parseBestuursnummer,
  parseInstellingscode,
  parseVestigingscode,
  parseOnderwijsbestuurcode,
  parseOnderwijsaanbiedercode,
  parseOnderwijslocatiecode,
  parseKvkNummer,
  parseVestigingsnummer,
  parseRsin,
  passesElfproef,
  type Code,
  type ParseErrorCode,
} from './kenmerk/parse.ts'
export { kenmerkType, DUO_KENMERK, type KenmerkType } from './kenmerk/type.ts'
export { defaultConfig, resolveConfig, type AuthzConfig } from './config.ts'
export {
  permissions,
  permissionIds,
  type PermissionId,
  type PermissionDefinition,
  type PermissionSource,
  type Section,
} from './catalogue/permissions.ts'
export {
  roles,
  roleIds,
  type RoleId,
  type RoleDefinition,
  type AssignedBy,
} from './catalogue/roles.ts'
export { rolesGranting, rolesAssignedBy } from './catalogue/lookup.ts'
export { meetsNiveau, type Betrouwbaarheidsniveau, type Dienst } from './context/login.ts'
export { dutchDate, type IsoDate } from './context/date.ts'
export { grantStatus, type Grant, type GrantStatus, type Subject } from './context/subject.ts'
export { covers, locate, type Bestuur, type School, type Location } from './organisation/bestuur.ts'
export type { Reason, ReasonCode } from './reason/reasons.ts'
export { registerAuthzTexts, type AuthzTexts } from './texts.ts'
export {
  decide,
  permissionsOn,
  type Decision,
  type DecideOptions,
  type Resource,
} from './decide/decide.ts'
export { automaticGrantsFor } from './decide/effective-grants.ts'
export { mayAssign, assignableRoles, kenmerkenFor, type AssignTarget } from './assign/may-assign.ts'
export { mayRevoke } from './assign/may-revoke.ts'
