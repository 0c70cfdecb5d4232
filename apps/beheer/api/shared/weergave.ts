/**
 * How grants, roles and the actor appear in the beheer API's answers and its audit entries.
 */
import type { MiddlewareHandler } from 'hono'
import { dutchDate, grantStatus, roles, type Bestuur, type RoleId } from '@duo/authz'
import {
  actorOmschrijving,
  type AuthContext,
  type GrantRecord,
  type RollenService,
} from '@duo/server-kit'
import { BEHEERDER_ROLLEN } from './rules'

/** The name of a role in both languages; the id itself for a role `@duo/authz` does not know. */
export const roleName = (id: string) => roles[id as RoleId]?.name ?? { nl: id, en: id }

/** Whether a grant holds today (not future, not expired). */
export const isGeldig = (
  g: Pick<GrantRecord, 'role' | 'kenmerk' | 'from' | 'until'>,
  today: string,
) =>
  grantStatus(
    { role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until },
    today,
  ) === 'geldig'

/** A grant as the beheer pages show it. */
export function grantView(
  g: Pick<GrantRecord, 'id' | 'role' | 'kenmerk' | 'from' | 'until' | 'toegekendOp'>,
  today: string,
) {
  const role = roles[g.role as RoleId]
  return {
    id: g.id,
    rol: g.role,
    rolNaam: roleName(g.role),
    kenmerk: g.kenmerk,
    vanaf: g.from,
    tot: g.until,
    toegekendOp: g.toegekendOp,
    status: grantStatus(
      { role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until },
      today,
    ),
    automatisch: role?.assignedBy === 'automatisch',
  }
}

/** Beheerders of the bestuur (grants of the beheerder roles that hold today), by role. */
export async function beheerdersOf(rollen: RollenService, bestuur: Bestuur, now: Date) {
  const grants = await rollen.vanBestuur(bestuur.bestuursnummer)
  const today = dutchDate(now)
  return BEHEERDER_ROLLEN.map((rol) => ({
    rol,
    rolNaam: roleName(rol),
    personen: grants
      .filter((g) => g.role === rol && g.kenmerk === bestuur.bestuursnummer && isGeldig(g, today))
      .map((g) => ({ id: g.persoonId, naam: g.persoonNaam })),
  }))
}

/**
 * The actor in the audit log: "Anouk Jansen (Beheerder po)" with the role that allowed the
 * change, "… via ketenmachtiging KvK 30999999" when an intermediary acts; DUO staff with their
 * own role.
 */
export function actor(auth: AuthContext, rol?: string): string {
  const naam = rol ?? (auth.subject.kind === 'duo-medewerker' ? auth.grants[0]?.role : undefined)
  return actorOmschrijving(auth, naam ? roleName(naam) : undefined)
}

/** Answers of the beheer API are personal: never cached (downloads keep their own header). */
export function geenCache(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store')
  }
}
