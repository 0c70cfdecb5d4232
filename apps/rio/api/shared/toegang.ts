/**
 * Who may read and change the register, decided by `@duo/authz` on the objects themselves:
 * reading is open to every RIO role of the bestuur (any kenmerk in it); a change needs the role
 * of its kind of object, with a kenmerk that covers the object (the bestuur's code, or the
 * onderwijsaanbiedercode for an aanbieder's own objects). Another bestuur's objects are never
 * found at all, so they answer exactly like codes that do not exist.
 */
import { decide, type Decision, type PermissionId, type Resource } from '@duo/authz'
import { geweigerd, requireBestuur, type AuthContext, type BestuurTree } from '@duo/server-kit'
import type { Plan } from '../domein/plan'
import type { Register, RegisterObject } from '../domein/register'
import type { Soort } from '../domein/soorten'

/** The permission that changes each kind of object (one of the eight RIO user roles). */
export const WIJZIG_PERMISSIE: Record<Soort, PermissionId> = {
  onderwijsbestuur: 'rio.onderwijsbestuur.wijzigen',
  onderwijsaanbieder: 'rio.onderwijsaanbieder.wijzigen',
  onderwijslocatie: 'rio.onderwijslocatiegebruik.wijzigen',
  onderwijslocatiegebruik: 'rio.onderwijslocatiegebruik.wijzigen',
  'aangeboden-opleiding': 'rio.aangeboden-opleiding.wijzigen',
  communicatiecontext: 'rio.contactadres.wijzigen',
}

const WIJZIG_PERMISSIES = [...new Set(Object.values(WIJZIG_PERMISSIE))]

const weiger = (d: Decision) => geweigerd(d.reason.code, d.reason.nl, d.reason.en)

/** Whether the person may read the register: with a RIO role on the bestuur or on one of its aanbieders. */
function leesBesluit(auth: AuthContext, bestuur: BestuurTree, now: Date): Decision {
  return overal(auth, 'rio.raadplegen', bestuur, now)
}

/** `permission` on the bestuur itself, or else on any of its onderwijsaanbieders. */
function overal(
  auth: AuthContext,
  permission: PermissionId,
  bestuur: BestuurTree,
  now: Date,
): Decision {
  const opBestuur = decide(auth.subject, permission, { bestuur }, { now })
  if (opBestuur.allowed) return opBestuur
  for (const s of bestuur.scholen) {
    const d = decide(
      auth.subject,
      permission,
      { bestuur, onderwijsaanbieder: s.onderwijsaanbiedercode },
      { now },
    )
    if (d.allowed) return d
  }
  return opBestuur
}

/** The bestuur whose register the person reads; 403 with authz's reason otherwise. */
export function vereisLezen(auth: AuthContext, now: Date): BestuurTree {
  const bestuur = requireBestuur(auth)
  const d = leesBesluit(auth, bestuur, now)
  if (!d.allowed) throw weiger(d)
  return bestuur
}

/**
 * Before reading a change's body: the person holds at least one RIO role that changes
 * something in this bestuur. Otherwise 403 with the reason for the most common change.
 */
export function vereisEenWijzigrol(auth: AuthContext, now: Date): BestuurTree {
  const bestuur = requireBestuur(auth)
  for (const p of WIJZIG_PERMISSIES) if (overal(auth, p, bestuur, now).allowed) return bestuur
  throw weiger(decide(auth.subject, 'rio.onderwijsaanbieder.wijzigen', { bestuur }, { now }))
}

/** The aanbieder an object belongs to (itself, its parent), if the platform knows it as a school. */
export function scopeVan(
  register: Register,
  bestuur: BestuurTree,
  object: RegisterObject | undefined,
): Resource {
  let o = object
  for (let i = 0; o && i < 3; i++) {
    if (o.soort === 'onderwijsaanbieder') {
      const code = o.code
      return bestuur.scholen.some((s) => s.onderwijsaanbiedercode === code)
        ? { bestuur, onderwijsaanbieder: code }
        : { bestuur }
    }
    o = o.ouderId ? register.objecten.get(o.ouderId) : undefined
  }
  return { bestuur }
}

/** Every mutatie on its own object with its own role; 403 with the reason at the first refusal. */
export function autoriseerPlan(
  auth: AuthContext,
  bestuur: BestuurTree,
  register: Register,
  plan: Plan,
  now: Date,
) {
  for (const stap of plan.stappen) {
    const soort =
      stap.object?.soort ?? (stap.mutatie.actie === 'registreer' ? stap.mutatie.soort : undefined)
    // An unknown code is a foutmelding (RIO-F007), not a question of rights.
    if (!soort || !stap.object) continue
    // A new aanbieder is not yet one of the bestuur's: registering it needs the role on the bestuur.
    const resource =
      stap.nieuw && soort === 'onderwijsaanbieder'
        ? { bestuur }
        : scopeVan(register, bestuur, stap.object)
    const d = decide(auth.subject, WIJZIG_PERMISSIE[soort], resource, { now })
    if (!d.allowed) throw weiger(d)
  }
}
