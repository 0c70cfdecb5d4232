/**
 * What a section's routes use to know who asks and whether they may: every handler that
 * touches data calls `authorize` (or `authorizeLoaded`) on the object it works on.
 */
import type { MiddlewareHandler } from 'hono'
import { decide, type Bestuur, type PermissionId, type Resource } from '@duo/authz'
import type { AppEnv } from '../http/env'
import { ApiProblem, apiFout, geweigerd, nietGevonden } from '../http/errors'
import type { OrganisatieService } from '../services'
import type { AuthContext, BestuurTree } from './types'

const NIET_INGELOGD = () =>
  apiFout(
    'niet-ingelogd',
    'U bent niet (meer) ingelogd. Log opnieuw in.',
    'You are not (or no longer) logged in. Please log in again.',
  )

/** 401 for anyone without a session; put it first on a section's routes. */
export function requireLogin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('auth')) return c.json(NIET_INGELOGD(), 401)
    await next()
  }
}

/** The logged-in person; only inside routes behind `requireLogin`. */
export function authOf(c: { get(key: 'auth'): AuthContext | null }): AuthContext {
  const auth = c.get('auth')
  if (!auth) throw new ApiProblem(401, NIET_INGELOGD())
  return auth
}

/**
 * The bestuur the person acts for (for lists and new items); 403 for DUO staff, who act for none.
 * @example
 * const bestuur = requireBestuur(auth)
 * authorize(auth, 'helpdesk.melding.lezen', { bestuur }, clock.now())
 */
export function requireBestuur(auth: AuthContext): BestuurTree {
  if (!auth.bestuur)
    throw geweigerd(
      'alleen-bestuur',
      'Dit onderdeel is voor medewerkers van een bestuur, ingelogd met eHerkenning.',
      'This part is for staff of a school board (bestuur), logged in with eHerkenning.',
    )
  return auth.bestuur
}

/**
 * The tree of an object's bestuur, to decide on it. When that is the bestuur the person acts
 * for (nearly always), the request's context already holds it: no read. Another bestuur's (or
 * DUO staff's case) comes from the platform; null when it does not exist.
 */
export async function bestuurVan(
  auth: AuthContext | null,
  organisaties: Pick<OrganisatieService, 'bestuur'>,
  bestuursnummer: string,
): Promise<BestuurTree | null> {
  if (auth?.bestuur?.bestuursnummer === bestuursnummer) return auth.bestuur
  return organisaties.bestuur(bestuursnummer)
}

/** For DUO staff's queues across all besturen: their internal roles look at no bestuur. */
export const GEEN_BESTUUR: Bestuur = {
  bestuursnummer: '',
  kvk: '',
  onderwijsbestuurcode: '',
  naam: '',
  osrOvereenkomstGetekend: false,
  scholen: [],
}

/**
 * Asks `@duo/authz` about the scope the person asked for and answers 403 with the reason when
 * refused. Returns the decision (it names an intermediary, for the audit trail).
 * @example
 * authorize(auth, 'rod.dashboard-school.raadplegen', { bestuur, school: '12AB' }, clock.now())
 */
export function authorize(
  auth: AuthContext,
  permission: PermissionId,
  resource: Resource,
  now: Date,
) {
  const decision = decide(auth.subject, permission, resource, { now })
  if (!decision.allowed)
    throw geweigerd(decision.reason.code, decision.reason.nl, decision.reason.en)
  return decision
}

/** Reasons that mean "this object is outside your organisation": answered as not found. */
const BUITEN_BEREIK = new Set(['andere-organisatie', 'onbekende-organisatie', 'kenmerk-dekt-niet'])

/**
 * Like `authorize`, for an object loaded by id: when it lies outside the person's bestuur or
 * school, the answer is the same 404 as for an id that does not exist, so nobody learns which
 * ids other besturen have. Inside their reach, a missing role still gets 403 with the reason.
 * @example
 * const aanvraag = await store.get(id) ?? throw nietGevonden()
 * authorizeLoaded(auth, 'bekostiging.raadplegen', { bestuur: await organisaties.bestuur(aanvraag.bestuursnummer) }, now)
 */
export function authorizeLoaded(
  auth: AuthContext,
  permission: PermissionId,
  resource: Resource,
  now: Date,
  notFound: () => ApiProblem = () => nietGevonden(),
) {
  const decision = decide(auth.subject, permission, resource, { now })
  if (decision.allowed) return decision
  if (BUITEN_BEREIK.has(decision.reason.code)) throw notFound()
  throw geweigerd(decision.reason.code, decision.reason.nl, decision.reason.en)
}

/** Whether the person may, without throwing: for filtering lists. */
export function may(
  auth: AuthContext,
  permission: PermissionId,
  resource: Resource,
  now: Date,
): boolean {
  return decide(auth.subject, permission, resource, { now }).allowed
}

/**
 * How the actor appears in the audit log and on documents: "Anouk Jansen", with
 * "via ketenmachtiging KvK 30999999" when an intermediary acts.
 */
export function actorOmschrijving(auth: AuthContext, rol?: { nl: string }): string {
  const via = auth.session.intermediairKvk
    ? ` via ketenmachtiging KvK ${auth.session.intermediairKvk}`
    : ''
  return `${auth.persoon.naam}${rol ? ` (${rol.nl})` : ''}${via}`
}
