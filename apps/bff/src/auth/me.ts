import { Hono } from 'hono'
import type { Kysely } from 'kysely'
import type { PortalUser } from '@duo/portal-sdk/contract'
import type { Database } from '@duo/server-kit/platform'
import type { AuthContext, AppEnv } from '@duo/server-kit'
import { findLinkedTo } from '@duo/server-kit/platform'
import { authOf, requireLogin } from '@duo/server-kit'
import type { SessionTimeouts } from '@duo/server-kit/platform'
import { sessieStatus } from './sessie'

/** The person as the shell and the sections see them (`PortalUser`), plus how they logged in. */
async function describeUser(
  db: Kysely<Database>,
  auth: AuthContext,
): Promise<PortalUser & { methode: string; gekoppeldeAccounts: string[] }> {
  const linked = await findLinkedTo(db, auth.persoon.id)
  const intermediairKvk = auth.session.intermediairKvk
  return {
    persoon: { id: auth.persoon.id, naam: auth.persoon.naam },
    soort: auth.subject.kind,
    organisatie: auth.bestuur
      ? {
          kvk: auth.bestuur.kvk,
          bestuursnummer: auth.bestuur.bestuursnummer,
          naam: auth.bestuur.naam,
          intermediair: intermediairKvk ? { kvk: intermediairKvk } : null,
        }
      : null,
    grants: auth.grants.map((g) => ({
      id: g.id,
      role: g.role,
      kenmerk: g.kenmerk,
      from: g.from ?? null,
      until: g.until ?? null,
    })),
    machtigingen: auth.subject.machtigingen,
    niveau: auth.session.niveau as PortalUser['niveau'],
    bestuur: auth.bestuur,
    methode: auth.session.methode,
    gekoppeldeAccounts: linked.map((a) => a.gebruikersnaam),
  }
}

/** `GET /api/me`, with `sessie`: when the session ends, so the shell can warn in time. */
export function meRoutes(db: Kysely<Database>, timeouts: SessionTimeouts) {
  return new Hono<AppEnv>().get('/me', requireLogin(), async (c) => {
    c.header('Cache-Control', 'no-store')
    const auth = authOf(c)
    return c.json({ ...(await describeUser(db, auth)), sessie: sessieStatus(auth, timeouts) })
  })
}
