import { resolveConfig, type AuthzConfig } from '../config.ts'
import { permissionIds, permissions, type PermissionId } from '../catalogue/permissions.ts'
import { roles, type RoleDefinition } from '../catalogue/roles.ts'
import { rolesAssignedBy, rolesGranting } from '../catalogue/lookup.ts'
import { dutchDate, type IsoDate } from '../context/date.ts'
import { meetsNiveau } from '../context/login.ts'
import { grantStatus, type Grant, type Subject } from '../context/subject.ts'
import { kenmerkType, DUO_KENMERK } from '../kenmerk/type.ts'
import { covers, findSchool, locate, type Bestuur, type School } from '../organisation/bestuur.ts'
import { reasons, type Reason } from '../reason/reasons.ts'
import { effectiveGrants } from './effective-grants.ts'

/**
 * The data a decision is about: a bestuur, optionally narrowed to one of its schools
 * (instellingscode) or RIO onderwijsaanbieders (onderwijsaanbiedercode).
 */
export type Resource = { bestuur: Bestuur; school?: string; onderwijsaanbieder?: string }

/** The answer, with a reason a user understands and, when allowed, the grant that allowed it. */
export interface Decision {
  allowed: boolean
  reason: Reason
  grant?: Grant
  /** The intermediary of a ketenmachtiging, recorded on every decision for the audit log. */
  intermediary?: { kvk: string } | null
}

export interface DecideOptions {
  /** The moment of the decision; defaults to the current time. */
  now?: Date
  config?: Partial<AuthzConfig>
}

/** Prepared once per call: the parts of the options every rule needs. */
export interface Context {
  config: AuthzConfig
  today: IsoDate
}

export function contextOf(opts?: DecideOptions): Context {
  return { config: resolveConfig(opts?.config), today: dutchDate(opts?.now ?? new Date()) }
}

// The roles a beheerder bekostiging en opleidingen administers: he may hand out their
// permissions but "heeft zelf geen toegang tot gegevens", whoever gave him a role.
const BEHEERDER_BEKOSTIGING = 'beheerder-bekostiging-opleidingen'
const administeredByBekostiging: ReadonlySet<PermissionId> = /* @__PURE__ */ new Set(
  rolesAssignedBy(BEHEERDER_BEKOSTIGING).flatMap((r) => roles[r].permissions),
)

function decision(allowed: boolean, reason: Reason, subject: Subject, grant?: Grant): Decision {
  const d: Decision = { allowed, reason, intermediary: subject.intermediary ?? null }
  if (grant) d.grant = grant
  return d
}

/** Whether a role can be used on `today` ("new" roles only once DUO made them available). */
export function roleAvailable(role: RoleDefinition, ctx: Context): IsoDate | null {
  const from = ctx.config.roleAvailableFrom[role.id]
  return from !== undefined && ctx.today < from ? from : null
}

/** Resolves the resource to one of the bestuur's schools, or a reason it names none of them. */
function resolveSchool(resource: Resource): School | null | Reason {
  const { bestuur, school, onderwijsaanbieder } = resource
  let found: School | undefined
  if (school !== undefined) {
    found = findSchool(bestuur, school)
    if (!found || found.instellingscode !== school) return reasons.unknownOrganisation(school, bestuur)
  }
  if (onderwijsaanbieder !== undefined) {
    const aanbieder = findSchool(bestuur, onderwijsaanbieder)
    if (!aanbieder || aanbieder.onderwijsaanbiedercode !== onderwijsaanbieder || (found && found !== aanbieder)) {
      return reasons.unknownOrganisation(onderwijsaanbieder, bestuur)
    }
    found = aanbieder
  }
  return found ?? null
}

// Failures are ranked so the user hears about the grant that came closest.
const RANK = {
  'kenmerk-ongeldig': 1,
  'kenmerk-buiten-bestuur': 1,
  'kenmerk-dekt-niet': 2,
  'grant-ongeldig': 3,
  'grant-verlopen': 3,
  'grant-nog-niet-geldig': 3,
  'nog-niet-beschikbaar': 4,
  'osr-overeenkomst-ontbreekt': 5,
} as const

/** Why one grant does not allow the permission here, or null when it does. */
function checkGrant(
  grant: Grant,
  role: RoleDefinition,
  bestuur: Bestuur,
  school: School | null,
  ctx: Context,
): Reason | null {
  const type = kenmerkType(grant.kenmerk)
  if (type === null || !role.kenmerkTypes.includes(type)) return reasons.kenmerkInvalid(role, grant.kenmerk)
  if (!role.internal && !covers(grant.kenmerk, bestuur, school)) {
    if (!locate(grant.kenmerk, bestuur)) return reasons.kenmerkOutsideBestuur(role, grant.kenmerk, bestuur)
    const needed = school && (type === 'onderwijsaanbiedercode' ? school.onderwijsaanbiedercode : school.instellingscode)
    return reasons.kenmerkDoesNotCover(role, grant.kenmerk, needed, bestuur)
  }
  const status = grantStatus(grant, ctx.today)
  if (status === 'verlopen') return reasons.grantExpired(role, grant.kenmerk, grant.until!)
  if (status === 'nog-niet-geldig') return reasons.grantNotYet(role, grant.kenmerk, grant.from!)
  if (status === 'ongeldig') return reasons.grantInvalid(role, grant.kenmerk)
  const notBefore = roleAvailable(role, ctx)
  if (notBefore) return reasons.roleNotYet(role, notBefore)
  if (role.requiresOsrOvereenkomst && !bestuur.osrOvereenkomstGetekend) return reasons.osrAgreementMissing(bestuur)
  return null
}

/** The kenmerk a role would need for this resource: the school's own code where the role takes one. */
function kenmerkFor(role: RoleDefinition, bestuur: Bestuur, school: School | null): { kenmerk: string; narrow: boolean } | null {
  const t = role.kenmerkTypes
  if (school && t.includes('instellingscode')) return { kenmerk: school.instellingscode, narrow: true }
  if (school && t.includes('onderwijsaanbiedercode')) return { kenmerk: school.onderwijsaanbiedercode, narrow: true }
  if (t.includes('bestuursnummer')) return { kenmerk: bestuur.bestuursnummer, narrow: false }
  if (t.includes('onderwijsbestuurcode')) return { kenmerk: bestuur.onderwijsbestuurcode, narrow: false }
  return null
}

/** The role and kenmerk to suggest: the narrowest that would allow this (least privilege). */
function suggestion(permission: PermissionId, bestuur: Bestuur, school: School | null): Reason {
  const granting = rolesGranting(permission)
  let best: { role: RoleDefinition; kenmerk: string } | undefined
  let schoolOnly: RoleDefinition | undefined
  for (const role of granting) {
    if (role.internal) continue
    const k = kenmerkFor(role, bestuur, school)
    if (k?.narrow) return reasons.roleMissing(role, k.kenmerk)
    if (k) best ??= { role, kenmerk: k.kenmerk }
    else schoolOnly ??= role
  }
  if (best) return reasons.roleMissing(best.role, best.kenmerk)
  if (schoolOnly) return reasons.roleMissingForSchool(schoolOnly)
  const internal = granting[0]
  return internal ? reasons.onlyDuo(internal) : reasons.unknown(permission)
}

function decideDuo(subject: Subject, permission: PermissionId, ctx: Context): Decision {
  const def = permissions[permission]
  if (def.source === 'login') return decision(true, reasons.loginAllowed(), subject)
  let failure: Reason | undefined
  for (const grant of subject.grants) {
    const role = roles[grant.role]
    if (!role?.internal || !role.permissions.includes(permission)) continue
    if (grant.kenmerk !== DUO_KENMERK) {
      failure ??= reasons.kenmerkInvalid(role, grant.kenmerk)
      continue
    }
    const status = grantStatus(grant, ctx.today)
    if (status === 'geldig') return decision(true, reasons.grantAllowed(role, grant.kenmerk), subject, grant)
    failure ??=
      status === 'verlopen'
        ? reasons.grantExpired(role, grant.kenmerk, grant.until!)
        : status === 'nog-niet-geldig'
          ? reasons.grantNotYet(role, grant.kenmerk, grant.from!)
          : reasons.grantInvalid(role, grant.kenmerk)
  }
  if (failure) return decision(false, failure, subject)
  if (def.source === 'machtiging') return decision(false, reasons.noMachtiging(def.dienst!), subject)
  const internal = rolesGranting(permission).find((r) => r.internal)
  // DUO staff do not act in a bestuur's own roles: those need an eHerkenning login.
  return decision(false, internal ? reasons.onlyDuo(internal) : reasons.notLoggedIn(), subject)
}

/** Whether the subject acts for this bestuur (the LegalSubjectID of its eHerkenning login). */
export function actsForBestuur(subject: Subject, bestuur: Bestuur): Reason | null {
  const actsFor = subject.actsFor
  if (!actsFor) return reasons.notLoggedIn()
  if (actsFor.kvk !== bestuur.kvk) return reasons.otherOrganisation(bestuur)
  if (actsFor.bestuursnummer !== undefined && actsFor.bestuursnummer !== bestuur.bestuursnummer) {
    return reasons.otherOrganisation(bestuur)
  }
  return null
}

/** `decide` with the options already prepared; `permissionsOn` reuses one context. */
export function decideIn(subject: Subject, permission: PermissionId, resource: Resource, ctx: Context): Decision {
  const def = permissions[permission]
  if (!def) return decision(false, reasons.unknown(String(permission)), subject)
  const from = ctx.config.permissionAvailableFrom[permission]
  if (from !== undefined && ctx.today < from) return decision(false, reasons.permissionNotYet(def, from), subject)
  if (subject.kind === 'duo-medewerker') return decideDuo(subject, permission, ctx)

  const { bestuur } = resource
  const other = actsForBestuur(subject, bestuur)
  if (other) return decision(false, other, subject)
  const school = resolveSchool(resource)
  if (school !== null && 'code' in school) return decision(false, school, subject)
  if (def.dienst !== null && !subject.machtigingen.includes(def.dienst)) {
    return decision(false, reasons.noMachtiging(def.dienst), subject)
  }
  const required = ctx.config.minimumNiveau[permission] ?? ctx.config.defaultNiveau
  if (!meetsNiveau(subject.niveau, required)) {
    return decision(false, reasons.niveauTooLow(required, subject.niveau), subject)
  }
  if (def.source === 'login') return decision(true, reasons.loginAllowed(), subject)
  if (def.source === 'machtiging') return decision(true, reasons.machtigingAllowed(def.dienst!), subject)

  const grants = effectiveGrants(subject.grants, bestuur)
  if (administeredByBekostiging.has(permission)) {
    for (const g of grants) {
      if (g.role === BEHEERDER_BEKOSTIGING && g.kenmerk === bestuur.bestuursnummer && grantStatus(g, ctx.today) === 'geldig') {
        return decision(false, reasons.beheerderNoData(roles[BEHEERDER_BEKOSTIGING]), subject)
      }
    }
  }

  let failure: Reason | undefined
  let failureRank = 0
  for (const grant of grants) {
    const role = roles[grant.role]
    if (!role || role.internal || !role.permissions.includes(permission)) continue
    const why = checkGrant(grant, role, bestuur, school, ctx)
    if (why === null) return decision(true, reasons.grantAllowed(role, grant.kenmerk), subject, grant)
    const rank = RANK[why.code as keyof typeof RANK] ?? 0
    if (rank > failureRank) {
      failure = why
      failureRank = rank
    }
  }
  return decision(false, failure ?? suggestion(permission, bestuur, school), subject)
}

/**
 * Whether `subject` may use `permission` on `resource`, and why. Pure: the same input and
 * `now` always give the same decision.
 *
 * @example
 * const d = decide(subject, 'rod.dashboard-school.raadplegen', { bestuur, school: '12AB' }, { now })
 * if (!d.allowed) show(d.reason.nl)
 * // "U heeft de rol Medewerker schoolleiding ROD met kenmerk 12AB nodig. Uw beheerder po kan die toekennen."
 */
export function decide(
  subject: Subject,
  permission: PermissionId,
  resource: Resource,
  opts?: DecideOptions,
): Decision {
  return decideIn(subject, permission, resource, contextOf(opts))
}

/**
 * Every permission the subject has on the resource, to build menus.
 *
 * @example
 * permissionsOn(subject, { bestuur }).has('bekostiging.raadplegen') // show the Bekostiging menu item
 */
export function permissionsOn(subject: Subject, resource: Resource, opts?: DecideOptions): Set<PermissionId> {
  const ctx = contextOf(opts)
  const out = new Set<PermissionId>()
  for (const p of permissionIds) if (decideIn(subject, p, resource, ctx).allowed) out.add(p)
  return out
}
