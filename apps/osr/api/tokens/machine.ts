/**
 * The guard of the machine API: a bearer token from the broker, never a session cookie. Refusals
 * answer in the API's one error shape with the `WWW-Authenticate` header of RFC 6750.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { apiFout, type AppEnv } from '@duo/server-kit'
import { TokenFout, type MachineClient, type TokenControle } from './controle'

/** The context of a machine route: the platform's variables and the calling client. */
export interface MachineEnv {
  Variables: AppEnv['Variables'] & { machine: MachineClient }
}

const TEKSTEN = {
  'token-ontbreekt': [
    'Stuur een access token mee (Authorization: Bearer …).',
    'Send an access token (Authorization: Bearer …).',
  ],
  'token-ongeldig': [
    'Het access token is ongeldig (handtekening, uitgever of doelgroep klopt niet).',
    'The access token is invalid (signature, issuer or audience do not match).',
  ],
  'token-verlopen': [
    'Het access token is verlopen. Vraag een nieuw token aan.',
    'The access token has expired. Request a new one.',
  ],
  'niet-beschikbaar': [
    'Het register kan tokens nu niet controleren. Probeer het later opnieuw.',
    'The register cannot check tokens right now. Please try again later.',
  ],
} as const

function weiger(c: Context, fout: TokenFout) {
  const [nl, en] = TEKSTEN[fout.code]
  if (fout.status === 401)
    c.header(
      'WWW-Authenticate',
      fout.code === 'token-ontbreekt'
        ? 'Bearer realm="osr"'
        : `Bearer realm="osr", error="invalid_token", error_description="${fout.code}"`,
    )
  else c.header('Retry-After', '30')
  c.header('Cache-Control', 'no-store')
  return c.json(apiFout(fout.code, nl, en), fout.status)
}

/** 403 for a valid token without the scope this API needs. */
function scopeOntbreekt(c: Context, scope: string) {
  c.header('WWW-Authenticate', `Bearer realm="osr", error="insufficient_scope", scope="${scope}"`)
  c.header('Cache-Control', 'no-store')
  return c.json(
    apiFout(
      'scope-ontbreekt',
      `Dit token geeft geen toegang tot dit deel van het register (scope ${scope} nodig).`,
      `This token gives no access to this part of the register (scope ${scope} needed).`,
    ),
    403,
  )
}

/** Checks the bearer token and the scope; the handler reads the client with `c.get('machine')`. */
export function machineToken(
  controleer: TokenControle,
  scope: string,
): MiddlewareHandler<MachineEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? ''
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header.trim())
    if (!match) return weiger(c, new TokenFout(401, 'token-ontbreekt'))
    let client: MachineClient
    try {
      client = await controleer(match[1]!)
    } catch (err) {
      if (err instanceof TokenFout) return weiger(c, err)
      throw err
    }
    if (!client.scopes.has(scope)) return scopeOntbreekt(c, scope)
    c.set('machine', client)
    await next()
  }
}
