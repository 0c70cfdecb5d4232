import { resolveConfig, type AuthzConfig } from '../config.ts'
import { permissionIds, permissions, type PermissionId } from '../catalogue/permissions.ts'
import { roles, type RoleDefinition } from '../catalogue/roles.ts'
import { rolesAssignedBy, rolesGranting } from '../catalogue/lookup.ts'
import { dutchDate, type IsoDate } from '../context/date.ts'
import { meetsNiveau } from '../context/login.ts'
import { grantStatus, type Grant, type Subject } from '../context/subject.ts'
import { kenmerkType, DUO_KENMERK } from '../kenmerk/type.ts'
import { covers, findSchool, locate, type Bestuur, type School } from '../organisation/bestuur.ts'
import type { Reason } from '../reason/reasons.ts'
import { reasons } from '../texts.ts'
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
    if (!found || found.instellingscode !== school)
      return reasons.unknownOrganisation(school, bestuur)
  }
  if (onderwijsaanbieder !== undefined) {
    const aanbieder = findSchool(bestuur, onderwijsaanbieder)
    if (
      !aanbieder ||
      aanbieder.onderwijsaanbiedercode !== onderwijsaanbieder ||
      (found && found !== aanbieder)
    ) {
      return reasons.unknownOrganisation(onderwijsaanbieder, bestuur)
    }
    found = aanbieder
  }
  return found ?? null
}

/** Why one grant does not allow a permission; ranked by how close the grant came. */
type GrantFailure =
  | 'kenmerk-ongeldig'
  | 'kenmerk-buiten-bestuur'
  | 'kenmerk-dekt-niet'
  | 'grant-ongeldig'
  | 'grant-verlopen'
  | 'grant-nog-niet-geldig'
  | 'rol-nog-niet-beschikbaar'
  | 'osr-overeenkomst-ontbreekt'

// The user hears about the grant that came closest to allowing it.
const RANK: Readonly<Record<GrantFailure, number>> = {
  'kenmerk-ongeldig': 1,
  'kenmerk-buiten-bestuur': 1,
  'kenmerk-dekt-niet': 2,
  'grant-ongeldig': 3,
  'grant-verlopen': 3,
  'grant-nog-niet-geldig': 3,
  'rol-nog-niet-beschikbaar': 4,
  'osr-overeenkomst-ontbreekt': 5,
}

/** Why one grant does not allow the permission here, or null when it does. No strings: cheap. */
function grantFailure(
  grant: Grant,
  role: RoleDefinition,
  bestuur: Bestuur,
  school: School | null,
  ctx: Context,
): GrantFailure | null {
  const type = kenmerkType(grant.kenmerk)
  if (type === null || !role.kenmerkTypes.includes(type)) return 'kenmerk-ongeldig'
  if (!covers(grant.kenmerk, bestuur, school)) {
    return locate(grant.kenmerk, bestuur) ? 'kenmerk-dekt-niet' : 'kenmerk-buiten-bestuur'
  }
  const status = grantStatus(grant, ctx.today)
  if (status !== 'geldig') return status === 'ongeldig' ? 'grant-ongeldig' : `grant-${status}`
  if (roleAvailable(role, ctx)) return 'rol-nog-niet-beschikbaar'
  if (role.requiresOsrOvereenkomst && !bestuur.osrOvereenkomstGetekend)
    return 'osr-overeenkomst-ontbreekt'
  return null
}

/** The sentence for a grant failure; built only for the one failure the user is told. */
function explain(
  failure: GrantFailure,
  grant: Grant,
  role: RoleDefinition,
  bestuur: Bestuur,
  school: School | null,
  ctx: Context,
): Reason {
  const k = grant.kenmerk
  switch (failure) {
    case 'kenmerk-ongeldig':
      return reasons.kenmerkInvalid(role, k)
    case 'kenmerk-buiten-bestuur':
      return reasons.kenmerkOutsideBestuur(role, k, bestuur)
    case 'kenmerk-dekt-niet': {
      const needed =
        school &&
        (kenmerkType(k) === 'onderwijsaanbiedercode'
          ? school.onderwijsaanbiedercode
          : school.instellingscode)
      return reasons.kenmerkDoesNotCover(role, k, needed, bestuur)
    }
    case 'grant-ongeldig':
      return reasons.grantInvalid(role, k)
    case 'grant-verlopen':
      return reasons.grantExpired(role, k, grant.until!)
    case 'grant-nog-niet-geldig':
      return reasons.grantNotYet(role, k, grant.from!)
    case 'rol-nog-niet-beschikbaar':
      return reasons.roleNotYet(role, roleAvailable(role, ctx)!)
    case 'osr-overeenkomst-ontbreekt':
      return reasons.osrAgreementMissing(bestuur)
  }
}

/** The kenmerk a role would need for this resource: the school's own code where the role takes one. */
function kenmerkFor(
  role: RoleDefinition,
  bestuur: Bestuur,
  school: School | null,
): { kenmerk: string; narrow: boolean } | null {
  const t = role.kenmerkTypes
  if (school && t.includes('instellingscode'))
    return { kenmerk: school.instellingscode, narrow: true }
  if (school && t.includes('onderwijsaanbiedercode'))
    return { kenmerk: school.onderwijsaanbiedercode, narrow: true }
  if (t.includes('bestuursnummer')) return { kenmerk: bestuur.bestuursnummer, narrow: false }
  if (t.includes('onderwijsbestuurcode'))
    return { kenmerk: bestuur.onderwijsbestuurcode, narrow: false }
  return null
}

/**
 * The role and kenmerk to suggest: the narrowest that would allow this (least privilege). A role
 * the bestuur cannot have yet (OSR-toegang before the overeenkomst OSR) is not worth asking a
 * beheerder for: then the missing agreement is the reason.
 */
function suggestion(permission: PermissionId, bestuur: Bestuur, school: School | null): Reason {
  const granting = rolesGranting(permission)
  const open = granting.filter((r) => !r.internal)
  if (
    open.length > 0 &&
    open.every((r) => r.requiresOsrOvereenkomst) &&
    !bestuur.osrOvereenkomstGetekend
  )
    return reasons.osrAgreementMissing(bestuur)
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
    if (status === 'geldig')
      return decision(true, reasons.grantAllowed(role, grant.kenmerk), subject, grant)
    failure ??=
      status === 'verlopen'
        ? reasons.grantExpired(role, grant.kenmerk, grant.until!)
        : status === 'nog-niet-geldig'
          ? reasons.grantNotYet(role, grant.kenmerk, grant.from!)
          : reasons.grantInvalid(role, grant.kenmerk)
  }
  if (failure) return decision(false, failure, subject)
  if (def.source === 'machtiging')
    return decision(false, reasons.noMachtiging(def.dienst!), subject)
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
export function decideIn(
  subject: Subject,
  permission: PermissionId,
  resource: Resource,
  ctx: Context,
): Decision {
  const def = permissions[permission]
  if (!def) return decision(false, reasons.unknown(String(permission)), subject)
  const from = ctx.config.permissionAvailableFrom[permission]
  if (from !== undefined && ctx.today < from)
    return decision(false, reasons.permissionNotYet(def, from), subject)
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
  const niveauTeLaag = !meetsNiveau(subject.niveau, required)
  const tooLow = () => decision(false, reasons.niveauTooLow(required, subject.niveau), subject)
  if (def.source !== 'rol' && niveauTeLaag) return tooLow()
  if (def.source === 'login') return decision(true, reasons.loginAllowed(), subject)
  if (def.source === 'machtiging')
    return decision(true, reasons.machtigingAllowed(def.dienst!), subject)

  const grants = effectiveGrants(subject.grants, bestuur)
  if (administeredByBekostiging.has(permission)) {
    for (const g of grants) {
      if (
        g.role === BEHEERDER_BEKOSTIGING &&
        g.kenmerk === bestuur.bestuursnummer &&
        grantStatus(g, ctx.today) === 'geldig'
      ) {
        return decision(false, reasons.beheerderNoData(roles[BEHEERDER_BEKOSTIGING]), subject)
      }
    }
  }

  let closest: { failure: GrantFailure; grant: Grant; role: RoleDefinition } | undefined
  for (const grant of grants) {
    const role = roles[grant.role]
    if (!role || role.internal || !role.permissions.includes(permission)) continue
    const failure = grantFailure(grant, role, bestuur, school, ctx)
    // The role first: telling someone without it to log in at EH3 would send them the wrong way.
    if (failure === null && niveauTeLaag) return tooLow()
    if (failure === null)
      return decision(true, reasons.grantAllowed(role, grant.kenmerk), subject, grant)
    if (!closest || RANK[failure] > RANK[closest.failure]) closest = { failure, grant, role }
  }
  const reason = closest
    ? explain(closest.failure, closest.grant, closest.role, bestuur, school, ctx)
    : suggestion(permission, bestuur, school)
  return decision(false, reason, subject)
}

/** What a memo was computed for; any change to these makes it stale. */
interface Memo {
  today: IsoDate
  config: AuthzConfig
  bestuur: Bestuur
  grants: readonly Grant[]
  grantCount: number
  machtigingen: readonly string[]
  niveau: string
  actsFor: Subject['actsFor']
  intermediary: Subject['intermediary']
  decisions: Map<PermissionId, Map<string, Decision>>
}

const memos = new WeakMap<Subject, Memo>()

function memoFor(subject: Subject, bestuur: Bestuur, ctx: Context): Memo {
  const m = memos.get(subject)
  if (
    m &&
    m.today === ctx.today &&
    m.config === ctx.config &&
    m.bestuur === bestuur &&
    m.grants === subject.grants &&
    m.grantCount === subject.grants.length &&
    m.machtigingen === subject.machtigingen &&
    m.niveau === subject.niveau &&
    m.actsFor === subject.actsFor &&
    m.intermediary === subject.intermediary
  ) {
    return m
  }
  const fresh: Memo = {
    today: ctx.today,
    config: ctx.config,
    bestuur,
    grants: subject.grants,
    grantCount: subject.grants.length,
    machtigingen: subject.machtigingen,
    niveau: subject.niveau,
    actsFor: subject.actsFor,
    intermediary: subject.intermediary,
    decisions: new Map(),
  }
  memos.set(subject, fresh)
  return fresh
}

function frozen(d: Decision): Decision {
  Object.freeze(d.reason)
  return Object.freeze(d)
}

/** `decideIn`, remembered per subject, day, config and bestuur: menus and pages ask the same questions often. */
function remembered(
  subject: Subject,
  permission: PermissionId,
  resource: Resource,
  ctx: Context,
): Decision {
  // Both narrowings at once is rare and must be checked for consistency: not remembered.
  if (resource.school !== undefined && resource.onderwijsaanbieder !== undefined) {
    return frozen(decideIn(subject, permission, resource, ctx))
  }
  const memo = memoFor(subject, resource.bestuur, ctx)
  // Instellingscodes (99XX) and onderwijsaanbiedercodes (999A999) never collide.
  const key = resource.school ?? resource.onderwijsaanbieder ?? ''
  let byResource = memo.decisions.get(permission)
  if (!byResource) memo.decisions.set(permission, (byResource = new Map()))
  let d = byResource.get(key)
  if (!d) byResource.set(key, (d = frozen(decideIn(subject, permission, resource, ctx))))
  return d
}

/**
 * Whether `subject` may use `permission` on `resource`, and why. Pure: the same input and
 * day always give the same decision. Decisions are frozen and remembered per subject
 * object: treat a Subject as immutable and build a new one when its grants change
 * (replacing the `grants` array, or adding to it, is noticed).
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
  return remembered(subject, permission, resource, contextOf(opts))
}

/**
 * Every permission the subject has on the resource, to build menus.
 *
 * @example
 * permissionsOn(subject, { bestuur }).has('bekostiging.raadplegen') // show the Bekostiging menu item
 */
export function permissionsOn(
  subject: Subject,
  resource: Resource,
  opts?: DecideOptions,
): Set<PermissionId> {
  const ctx = contextOf(opts)
  const out = new Set<PermissionId>()
  for (const p of permissionIds) if (remembered(subject, p, resource, ctx).allowed) out.add(p)
  return out
}
