import { readFileSync } from 'node:fs'
import type { JWK } from 'oidc-provider'

/** Which personas a client may log in: school-board personas or DUO staff. */
export type ClientAudience = 'portaal' | 'intern'

export interface BrokerClient {
  clientId: string
  clientSecret: string
  /** Shown on the login page. */
  clientName: string
  audience: ClientAudience
  redirectUris: string[]
  postLogoutRedirectUris: string[]
}

/**
 * A machine client (no person, no browser): a dienst or a software supplier that gets an access
 * token for the Onderwijs Serviceregister with the OAuth 2 client-credentials grant.
 */
export interface MachineClient {
  clientId: string
  clientSecret: string
  clientName: string
  /** The scopes it may ask for at the OSR resource, space separated. */
  scope: string
}

/** The OSR's resource indicator (the audience of its access tokens). */
export const OSR_RESOURCE = 'urn:duo:osr'

export interface BrokerOptions {
  /** Port for `listen()` (default 8090). `startBroker` defaults to 0 (a random port). */
  port?: number
  /** Host to bind (default: all interfaces, IPv6 and IPv4). */
  host?: string
  /** Issuer URL (default `http://localhost:<port>`). */
  issuer?: string
  clients?: BrokerClient[]
  /** Demo mode: `login_hint=<persona id>` logs the persona in without the picker (default true). */
  demoMode?: boolean
  /** Private signing keys (JWKS `keys`); default: one RS256 key generated at start. */
  jwks?: { keys: JWK[] }
  /** Keys to sign the broker's cookies; default: random per start. */
  cookieKeys?: string[]
  /** Trust X-Forwarded-* headers (behind a reverse proxy). Default false. */
  trustProxy?: boolean
  /** Machine clients of the OSR (client credentials); default `defaultMachineClients()`. */
  machineClients?: MachineClient[]
  /** Resource indicator of the OSR's API (default `urn:duo:osr`). */
  osrResource?: string
}

const DIENSTEN = [
  ['rod-po', 'ROD PO'],
  ['verzuim', 'Verzuim'],
  ['rio', 'RIO'],
  ['doorstroomtoets', 'Doorstroomtoets po'],
  ['oso', 'OSO (overstapservice)'],
] as const

const LEVERANCIERS = [
  ['leerling-online', 'Leerling Online B.V.'],
  ['schoolwise', 'Schoolwise B.V.'],
  ['bds', 'Basis Data Systemen B.V.'],
  ['klasweb', 'Klasweb Software B.V.'],
] as const

/**
 * The demo machine clients: one per dienst (`dienst-<code>`, may ask about mandaten) and one per
 * demo supplier (`leverancier-<naam>`, may register systems). Secrets `demo-secret-<client id>`.
 */
export function defaultMachineClients(): MachineClient[] {
  return [
    ...DIENSTEN.map(([code, naam]) => ({
      clientId: `dienst-${code}`,
      clientSecret: `demo-secret-dienst-${code}`,
      clientName: `Dienst ${naam}`,
      scope: 'osr.mandaten.raadplegen',
    })),
    ...LEVERANCIERS.map(([code, naam]) => ({
      clientId: `leverancier-${code}`,
      clientSecret: `demo-secret-leverancier-${code}`,
      clientName: naam,
      scope: 'osr.systemen.beheren',
    })),
  ]
}

const list = (value: string | undefined, fallback: string[]): string[] => {
  const items = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return items.length ? items : fallback
}

const bool = (value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value.trim() === '') return fallback
  return !['false', '0', 'no', 'nee', 'off'].includes(value.trim().toLowerCase())
}

/** Default clients: the portal client and DUO's internal client, sharing redirect URIs. */
export function defaultClients(env: NodeJS.ProcessEnv = {}): BrokerClient[] {
  const redirectUris = list(env.IDP_REDIRECT_URIS, ['http://localhost:8080/auth/callback'])
  const postLogoutRedirectUris = list(env.IDP_POST_LOGOUT_REDIRECT_URIS, ['http://localhost:8080/'])
  return [
    {
      clientId: env.IDP_CLIENT_ID || 'duo-portaal',
      clientSecret: env.IDP_CLIENT_SECRET || 'demo-secret-portaal',
      clientName: 'Mijn DUO voor zakelijke klanten',
      audience: 'portaal',
      redirectUris,
      postLogoutRedirectUris,
    },
    {
      clientId: env.IDP_INTERN_CLIENT_ID || 'duo-intern',
      clientSecret: env.IDP_INTERN_CLIENT_SECRET || 'demo-secret-intern',
      clientName: 'Mijn DUO – DUO-medewerkers',
      audience: 'intern',
      redirectUris,
      postLogoutRedirectUris,
    },
  ]
}

/** Reads the broker options from environment variables (see README). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): BrokerOptions {
  const port = env.IDP_PORT ? Number.parseInt(env.IDP_PORT, 10) : 8090
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`IDP_PORT is not a valid port: ${env.IDP_PORT}`)
  }
  const options: BrokerOptions = {
    port,
    issuer: env.IDP_ISSUER || `http://localhost:${port}`,
    clients: defaultClients(env),
    demoMode: bool(env.IDP_DEMO_MODE, true),
    trustProxy: bool(env.IDP_TRUST_PROXY, false),
  }
  if (env.IDP_HOST) options.host = env.IDP_HOST
  if (env.IDP_JWKS_FILE) {
    const parsed = JSON.parse(readFileSync(env.IDP_JWKS_FILE, 'utf8')) as { keys?: JWK[] }
    if (!Array.isArray(parsed.keys) || parsed.keys.length === 0) {
      throw new Error(`IDP_JWKS_FILE ${env.IDP_JWKS_FILE} holds no "keys"`)
    }
    options.jwks = { keys: parsed.keys }
  }
  if (env.IDP_COOKIE_KEYS) options.cookieKeys = list(env.IDP_COOKIE_KEYS, [])
  if (env.IDP_OSR_RESOURCE) options.osrResource = env.IDP_OSR_RESOURCE
  return options
}
