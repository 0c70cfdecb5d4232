import * as client from 'openid-client'
import type { Logger } from '@duo/server-kit'

export type Audience = 'portaal' | 'intern'

/** What the BFF reads from an eHerkenning ID token (claim names of the afsprakenstelsel). */
export interface EherkenningClaims {
  sub: string
  naam: string
  legalSubjectKvk: string | null
  actingSubjectId: string | null
  vestigingsnummer: string | null
  diensten: string[]
  intermediairKvk: string | null
  /** Null when the acr is missing or not one of eHerkenning's accepted levels. */
  niveau: 'EH2' | 'EH2+' | 'EH3' | 'EH4' | null
  /** The acr as the broker sent it, for the audit log of a refused login. */
  acr: string | null
  duoRol: string | null
}

/** The levels of assurance the portal accepts, asked of the broker on every login. */
export const ACR_VALUES = [
  'urn:etoegang:core:assurance-class:loa2',
  'urn:etoegang:core:assurance-class:loa2plus',
  'urn:etoegang:core:assurance-class:loa3',
  'urn:etoegang:core:assurance-class:loa4',
]

const LOA: Record<string, EherkenningClaims['niveau']> = {
  'urn:etoegang:core:assurance-class:loa2': 'EH2',
  'urn:etoegang:core:assurance-class:loa2plus': 'EH2+',
  'urn:etoegang:core:assurance-class:loa3': 'EH3',
  'urn:etoegang:core:assurance-class:loa4': 'EH4',
}

export function readClaims(claims: Record<string, unknown>): EherkenningClaims {
  const str = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string) : null)
  const services = claims['urn:etoegang:core:ServiceID']
  return {
    sub: String(claims.sub),
    naam: str('name') ?? 'Onbekende gebruiker',
    legalSubjectKvk: str('urn:etoegang:core:LegalSubjectID'),
    actingSubjectId: str('urn:etoegang:core:ActingSubjectID'),
    vestigingsnummer: str('urn:etoegang:1.9:ServiceRestriction:Vestigingsnr'),
    diensten: Array.isArray(services)
      ? services.filter((s): s is string => typeof s === 'string')
      : typeof services === 'string'
        ? [services]
        : [],
    intermediairKvk: str('urn:etoegang:1.9:IntermediateEntityID:KvKnr'),
    niveau: LOA[str('acr') ?? ''] ?? null,
    acr: str('acr')?.slice(0, 100) ?? null,
    duoRol: claims['duo:medewerker'] === true ? str('duo:rol') : null,
  }
}

/** The authorization request: PKCE, state, nonce and the eHerkenning levels the portal accepts. */
export function authorizationParameters(params: {
  redirectUri: string
  state: string
  nonce: string
  codeChallenge: string
  loginHint?: string | undefined
}): Record<string, string> {
  return {
    redirect_uri: params.redirectUri,
    scope: 'openid profile eherkenning',
    code_challenge: params.codeChallenge,
    code_challenge_method: 'S256',
    state: params.state,
    nonce: params.nonce,
    // eHerkenning's levels; a broker answering anything else (loa1, nothing) is refused.
    acr_values: ACR_VALUES.join(' '),
    ...(params.loginHint ? { login_hint: params.loginHint } : {}),
  }
}

export interface OidcClientOptions {
  issuer: string
  clientId: string
  clientSecret: string
  allowHttp: boolean
}

/**
 * One OpenID Connect relying party (openid-client: certified, maintained by the author of
 * oidc-provider). Discovery is lazy and retried, so the BFF starts even when the broker is
 * not up yet, and a confidential client authenticates with client_secret_basic.
 */
export function createOidcClient(options: OidcClientOptions, logger: Logger) {
  let config: Promise<client.Configuration> | null = null

  function discover(): Promise<client.Configuration> {
    config ??= client
      .discovery(
        new URL(options.issuer),
        options.clientId,
        undefined,
        client.ClientSecretBasic(options.clientSecret),
        options.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        config = null
        logger.error({ err: String(error), issuer: options.issuer }, 'OIDC-discovery mislukt')
        throw error
      })
    return config
  }

  return {
    async authorizationUrl(params: {
      redirectUri: string
      state: string
      nonce: string
      codeVerifier: string
      loginHint?: string
    }) {
      const cfg = await discover()
      return client.buildAuthorizationUrl(
        cfg,
        authorizationParameters({
          ...params,
          codeChallenge: await client.calculatePKCECodeChallenge(params.codeVerifier),
        }),
      )
    },
    async callback(
      currentUrl: URL,
      expected: { state: string; nonce: string; codeVerifier: string },
    ) {
      const cfg = await discover()
      const tokens = await client.authorizationCodeGrant(cfg, currentUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      })
      const claims = tokens.claims()
      if (!claims) throw new Error('Geen ID-token ontvangen')
      return {
        claims: readClaims(claims as Record<string, unknown>),
        idToken: tokens.id_token ?? null,
      }
    },
    async endSessionUrl(
      idToken: string | null,
      postLogoutRedirectUri: string,
    ): Promise<URL | null> {
      const cfg = await discover()
      if (!cfg.serverMetadata().end_session_endpoint) return null
      return client.buildEndSessionUrl(cfg, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        ...(idToken ? { id_token_hint: idToken } : {}),
      })
    },
  }
}

export type OidcClient = ReturnType<typeof createOidcClient>

export const randomState = client.randomState
export const randomNonce = client.randomNonce
export const randomCodeVerifier = client.randomPKCECodeVerifier
