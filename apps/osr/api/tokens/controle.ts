/**
 * The bearer tokens of the register's machine clients (diensten and suppliers): OAuth 2 access
 * tokens (RFC 9068 JWTs) from the client-credentials grant of the token broker. `jose` checks
 * the signature against the broker's keys (its JWKS, found through its discovery document), the
 * issuer, the audience (our resource indicator), the expiry and the token type.
 */
import {
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type CryptoKey,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose'

/** The resource indicator (audience) of the register's machine API, by default. */
export const OSR_RESOURCE = 'urn:duo:osr'
export const SCOPE_DIENSTEN = 'osr.mandaten.raadplegen'
export const SCOPE_LEVERANCIER = 'osr.systemen.beheren'

export interface TokenConfig {
  /** The broker's issuer URL; null: the machine API is switched off (503). */
  issuer: string | null
  audience: string
  /** Keys to verify with (tests); default: the JWKS of the issuer's discovery document. */
  sleutels?: JWTVerifyGetKey | CryptoKey | KeyObject | Uint8Array
}

/** Who calls: the machine client as its token names it. */
export interface MachineClient {
  clientId: string
  scopes: ReadonlySet<string>
}

/** Why a token is refused, as the API answers it. */
export class TokenFout extends Error {
  constructor(
    readonly status: 401 | 503,
    readonly code: 'token-ontbreekt' | 'token-ongeldig' | 'token-verlopen' | 'niet-beschikbaar',
  ) {
    super(code)
  }
}

async function ontdekSleutels(issuer: string): Promise<JWTVerifyGetKey> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  })
  if (!res.ok) throw new Error(`discovery ${res.status}`)
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown }
  // The document must be the issuer's own, or a token of another issuer could pass.
  if (doc.issuer !== issuer || typeof doc.jwks_uri !== 'string')
    throw new Error('discovery document of another issuer')
  return createRemoteJWKSet(new URL(doc.jwks_uri), {
    timeoutDuration: 5000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  })
}

/**
 * A token check with its keys cached after the first use (and looked up again after a failed
 * discovery, so a broker that comes up later is found).
 * @example
 * const controleer = tokenControle({ issuer: 'http://localhost:8090', audience: OSR_RESOURCE })
 * const client = await controleer(bearerToken)
 */
export function tokenControle(config: TokenConfig) {
  let sleutels: Promise<JWTVerifyGetKey> | null = null
  const vaste = config.sleutels

  return async function controleer(token: string): Promise<MachineClient> {
    if (!config.issuer) throw new TokenFout(503, 'niet-beschikbaar')
    const issuer = config.issuer
    if (!vaste && !sleutels)
      sleutels = ontdekSleutels(issuer).catch((err: unknown) => {
        sleutels = null
        throw err
      })
    let key: JWTVerifyGetKey | CryptoKey | KeyObject | Uint8Array
    try {
      key = vaste ?? (await sleutels!)
    } catch {
      throw new TokenFout(503, 'niet-beschikbaar')
    }
    try {
      const opties = {
        issuer,
        audience: config.audience,
        typ: 'at+jwt',
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        requiredClaims: ['exp', 'iat', 'client_id'],
        clockTolerance: 30,
      }
      const { payload } =
        typeof key === 'function'
          ? await jwtVerify(token, key, opties)
          : await jwtVerify(token, key, opties)
      const clientId = payload.client_id
      if (typeof clientId !== 'string' || !clientId) throw new TokenFout(401, 'token-ongeldig')
      const scope = typeof payload.scope === 'string' ? payload.scope : ''
      return { clientId, scopes: new Set(scope.split(' ').filter(Boolean)) }
    } catch (err) {
      if (err instanceof TokenFout) throw err
      if (err instanceof errors.JWTExpired) throw new TokenFout(401, 'token-verlopen')
      if (err instanceof errors.JWKSTimeout) throw new TokenFout(503, 'niet-beschikbaar')
      if (err instanceof errors.JOSEError) throw new TokenFout(401, 'token-ongeldig')
      // The key set could not be fetched (the broker is down): not the caller's fault.
      throw new TokenFout(503, 'niet-beschikbaar')
    }
  }
}

export type TokenControle = ReturnType<typeof tokenControle>
