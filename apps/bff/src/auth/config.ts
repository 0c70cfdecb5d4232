import { randomBytes } from 'node:crypto'
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht JJJJ-MM-DD')
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1')

/**
 * Login configuration. The broker is plain OpenID Connect: a real eHerkenning broker (Signicat,
 * Connectis, a Keycloak in front of them) replaces the test broker by changing these values.
 */
const schema = z.object({
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().default('duo-portaal'),
  OIDC_CLIENT_SECRET: z.string().default(''),
  /** DUO's own staff log in through a second (internal) client on the same or another broker. */
  OIDC_INTERN_ISSUER: z.url().optional(),
  OIDC_INTERN_CLIENT_ID: z.string().default('duo-intern'),
  OIDC_INTERN_CLIENT_SECRET: z.string().default(''),
  /** Allow an http:// broker (the local test broker only). */
  OIDC_ALLOW_HTTP: flag,
  /** Pass `login_hint` on to the broker (demo and tests: picks a persona without the picker). */
  DUO_DEMO_DATA: flag,
  DUO_SESSION_IDLE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
  DUO_SESSION_ABSOLUTE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60 * 60),
  /** Signs the short-lived login cookie (state, nonce, PKCE); must be the same on every BFF. */
  DUO_COOKIE_SECRET: z.string().min(32).optional(),
  /** The seed's dates (Europe/Amsterdam days): configuration with the seed's defaults. */
  DUO_EHERKENNING_VERPLICHT_VANAF: isoDate.default('2022-01-01'),
  DUO_HELPDESK_WACHTWOORD_TOT: isoDate.default('2022-04-01'),
  /** Last day (exclusive) of token logins; empty: "voorlopig", no end date yet. */
  DUO_TOKEN_TOT: z.union([isoDate, z.literal('')]).default(''),
})

export interface LoginRuleDates {
  eherkenningVerplichtVanaf: string
  helpdeskWachtwoordTot: string
  tokenTot: string | null
}

export interface AuthConfig {
  issuer: string | null
  clientId: string
  clientSecret: string
  internIssuer: string | null
  internClientId: string
  internClientSecret: string
  allowHttp: boolean
  demo: boolean
  idleSeconds: number
  absoluteSeconds: number
  cookieSecret: string
  dates: LoginRuleDates
}

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = schema.safeParse(env)
  if (!parsed.success)
    throw new Error(`Ongeldige inlogconfiguratie: ${z.prettifyError(parsed.error)}`)
  const e = parsed.data
  return {
    issuer: e.OIDC_ISSUER ?? null,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    internIssuer: e.OIDC_INTERN_ISSUER ?? e.OIDC_ISSUER ?? null,
    internClientId: e.OIDC_INTERN_CLIENT_ID,
    internClientSecret: e.OIDC_INTERN_CLIENT_SECRET,
    allowHttp: e.OIDC_ALLOW_HTTP,
    demo: e.DUO_DEMO_DATA,
    idleSeconds: e.DUO_SESSION_IDLE_SECONDS,
    absoluteSeconds: e.DUO_SESSION_ABSOLUTE_SECONDS,
    // A random secret works for one BFF; several BFFs behind a balancer need DUO_COOKIE_SECRET.
    cookieSecret: e.DUO_COOKIE_SECRET ?? randomBytes(32).toString('base64url'),
    dates: {
      eherkenningVerplichtVanaf: e.DUO_EHERKENNING_VERPLICHT_VANAF,
      helpdeskWachtwoordTot: e.DUO_HELPDESK_WACHTWOORD_TOT,
      tokenTot: e.DUO_TOKEN_TOT || null,
    },
  }
}
