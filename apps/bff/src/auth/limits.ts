/**
 * Rate limits on every credential check (old logins, linking, the OIDC endpoints): per client
 * address and per account, counted in the database so they hold across BFF instances.
 */
import type { Kysely } from 'kysely'
import type { Context } from 'hono'
import type { AppEnv } from '@duo/server-kit'
import { clientAdres, createRateLimit, type Database } from '@duo/server-kit/platform'

/** The username of a login body, normalised; read from the validated JSON. */
function gebruikersnaam(c: Context<AppEnv>): string | null {
  const body = (c.req as unknown as { valid(t: 'json'): { gebruikersnaam?: string } }).valid('json')
  return body?.gebruikersnaam ? body.gebruikersnaam.trim().toLowerCase() : null
}

export function credentialLimits(db: Kysely<Database>) {
  const limit = createRateLimit(db)
  return {
    /** A browser (or a script) at one address: a person mistypes, a script hammers. */
    perAdres: limit({
      naam: 'login-adres',
      limiet: 20,
      vensterSeconden: 300,
      sleutel: clientAdres,
    }),
    /** One account, from anywhere: guessing spread over many addresses. */
    perAccount: limit({
      naam: 'login-account',
      limiet: 10,
      vensterSeconden: 900,
      sleutel: gebruikersnaam,
    }),
    /** A logged-in person linking: never more than a few tries. */
    perPersoon: limit({
      naam: 'koppelen-persoon',
      limiet: 10,
      vensterSeconden: 900,
      sleutel: (c) => c.get('auth')?.persoon.id ?? null,
    }),
    /** The OIDC login and callback (browser navigations): each costs the broker a round trip. */
    oidc: limit({
      naam: 'oidc-adres',
      limiet: 60,
      vensterSeconden: 60,
      sleutel: clientAdres,
      teVaak: (c) => c.redirect('/inloggen?fout=te-veel', 303),
    }),
  }
}
