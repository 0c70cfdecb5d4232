import type { Kysely } from 'kysely'
import { DUO_KENMERK, type Dienst, type RoleId, type Subject } from '@duo/authz'
import type { Database } from '../db/schema'
import type { Session } from '../stores/sessions'
import type { Persoon } from '../stores/people'
import { getBestuurByKvk } from '../stores/organisations'
import { grantsFingerprint, listActiveGrants } from '../stores/grants'
import type { AuthContext, SessionGrant } from '../../auth/types'
import type { AuthCache, AuthCacheEntry } from './cache'

export type { AuthContext }

const NIVEAUS = new Set(['EH2', 'EH2+', 'EH3', 'EH4'])
const DIENSTEN = new Set<Dienst>(['mijn-duo', 'mijn-helpdesk-po'])

/**
 * The grants that count for a session: a DUO employee's internal role, or the person's active
 * grants in the bestuur they act for. Used at login and on every request, so the two agree.
 */
export async function sessionGrants(
  db: Kysely<Database>,
  persoonId: string,
  methode: string,
  bestuursnummer: string | null,
  now: Date,
): Promise<SessionGrant[]> {
  if (methode === 'duo') {
    const staff = await db
      .selectFrom('duo_medewerker')
      .select('rol')
      .where('persoon_id', '=', persoonId)
      .executeTakeFirst()
    return staff
      ? [
          {
            id: `duo:${persoonId}`,
            role: staff.rol as RoleId,
            kenmerk: DUO_KENMERK,
            from: null,
            until: null,
          },
        ]
      : []
  }
  if (!bestuursnummer) return []
  return (await listActiveGrants(db, persoonId, now))
    .filter((g) => g.bestuursnummer === bestuursnummer)
    .map((g) => ({
      id: g.id,
      role: g.role as RoleId,
      kenmerk: g.kenmerk,
      from: g.from,
      until: g.until,
    }))
}

// Every request compares the fingerprint with its session's; the cached authorisation context
// hands out the same grant list each time, so its fingerprint is hashed once.
const versies = new WeakMap<readonly SessionGrant[], string>()

/** The fingerprint of a grant list, as stored on the session (`rechten_versie`). */
export function grantsVersion(grants: SessionGrant[]): string {
  let versie = versies.get(grants)
  if (versie === undefined) {
    versie = grantsFingerprint(
      grants.map((g) => ({
        role: g.role,
        kenmerk: g.kenmerk,
        from: g.from ?? null,
        until: g.until ?? null,
      })),
    )
    versies.set(grants, versie)
  }
  return versie
}

/** The grants and the bestuur's tree of a session: from the cache while the person's grants did not change. */
async function grantsEnBestuur(
  db: Kysely<Database>,
  session: Session,
  persoon: Persoon,
  now: Date,
  cache?: { cache: AuthCache; rechtenTeller: number },
): Promise<AuthCacheEntry> {
  const key = cache?.cache.key({
    persoonId: persoon.id,
    rechtenTeller: cache.rechtenTeller,
    methode: session.methode,
    actsForKvk: session.actsForKvk,
    now,
  })
  const hit = key ? cache?.cache.get(key) : undefined
  if (hit) return hit
  const bestuur =
    session.methode !== 'duo' && session.actsForKvk
      ? await getBestuurByKvk(db, session.actsForKvk)
      : null
  const grants = await sessionGrants(
    db,
    persoon.id,
    session.methode,
    bestuur?.bestuursnummer ?? null,
    now,
  )
  const entry = { grants, bestuur }
  if (key) cache?.cache.set(key, entry)
  return entry
}

/** The session's person as `@duo/authz` sees them. */
export async function buildAuthContext(
  db: Kysely<Database>,
  rawSessionId: string,
  session: Session,
  persoon: Persoon,
  now: Date,
  cache?: { cache: AuthCache; rechtenTeller: number },
): Promise<AuthContext> {
  const { grants, bestuur } = await grantsEnBestuur(db, session, persoon, now, cache)
  if (session.methode === 'duo') {
    return {
      rawSessionId,
      session,
      persoon,
      grants,
      bestuur: null,
      subject: {
        kind: 'duo-medewerker',
        personId: persoon.id,
        grants,
        machtigingen: [],
        niveau: 'EH3',
        intermediary: null,
      },
    }
  }
  return {
    rawSessionId,
    session,
    persoon,
    grants,
    bestuur,
    subject: {
      kind: 'bestuur-medewerker',
      personId: persoon.id,
      grants,
      actsFor: session.actsForKvk
        ? { kvk: session.actsForKvk, bestuursnummer: bestuur?.bestuursnummer }
        : undefined,
      intermediary: session.intermediairKvk ? { kvk: session.intermediairKvk } : null,
      // An eHerkenning session without a known level gets no machtiging at all (the login
      // refuses it first; this holds for a session from before that rule).
      machtigingen:
        session.methode === 'eherkenning' && !NIVEAUS.has(session.niveau ?? '')
          ? []
          : session.machtigingen.filter((d): d is Dienst => DIENSTEN.has(d as Dienst)),
      // Old logins (password, token) carry no eHerkenning level: count them as the lowest.
      niveau: (NIVEAUS.has(session.niveau ?? '') ? session.niveau : 'EH2') as Subject['niveau'],
    },
  }
}
