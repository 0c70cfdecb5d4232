import type { Kysely } from 'kysely'
import { DUO_KENMERK, type Bestuur, type Dienst, type Grant, type RoleId, type Subject } from '@duo/authz'
import type { Database } from '../db/schema'
import type { Session } from '../stores/sessions'
import type { Persoon } from '../stores/people'
import { getBestuurByKvk, type BestuurTree } from '../stores/organisations'
import { listActiveGrants } from '../stores/grants'

/** Who asks, built fresh from the database on every request (a revoked grant counts at once). */
export interface AuthContext {
  rawSessionId: string
  session: Session
  persoon: Persoon
  subject: Subject
  grants: Array<Grant & { id: string }>
  bestuur: BestuurTree | null
}

const NIVEAUS = new Set(['EH2', 'EH2+', 'EH3', 'EH4'])
const DIENSTEN = new Set<Dienst>(['mijn-duo', 'mijn-helpdesk-po'])

/** The session's person as `@duo/authz` sees them. */
export async function buildAuthContext(
  db: Kysely<Database>,
  rawSessionId: string,
  session: Session,
  persoon: Persoon,
  now: Date,
): Promise<AuthContext> {
  if (session.methode === 'duo') {
    const staff = await db.selectFrom('duo_medewerker').select('rol').where('persoon_id', '=', persoon.id).executeTakeFirst()
    const grants = staff ? [{ id: `duo:${persoon.id}`, role: staff.rol as RoleId, kenmerk: DUO_KENMERK }] : []
    return {
      rawSessionId,
      session,
      persoon,
      grants,
      bestuur: null,
      subject: { kind: 'duo-medewerker', personId: persoon.id, grants, machtigingen: [], niveau: 'EH3', intermediary: null },
    }
  }
  const bestuur = session.actsForKvk ? await getBestuurByKvk(db, session.actsForKvk) : null
  const grants = bestuur
    ? (await listActiveGrants(db, persoon.id, now))
        .filter((g) => g.bestuursnummer === bestuur.bestuursnummer)
        .map((g) => ({ id: g.id, role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until }))
    : []
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
      actsFor: session.actsForKvk ? { kvk: session.actsForKvk, bestuursnummer: bestuur?.bestuursnummer } : undefined,
      intermediary: session.intermediairKvk ? { kvk: session.intermediairKvk } : null,
      machtigingen: session.machtigingen.filter((d): d is Dienst => DIENSTEN.has(d as Dienst)),
      // Old logins (password, token) carry no eHerkenning level: count them as the lowest.
      niveau: (NIVEAUS.has(session.niveau ?? '') ? session.niveau : 'EH2') as Subject['niveau'],
    },
  }
}

export type { Bestuur }
