import { createPublicKey, verify, type JsonWebKey } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBroker, type Broker } from './broker.ts'

const deel = (token: string, i: number) =>
  JSON.parse(Buffer.from(token.split('.')[i]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
const decodeProtectedHeader = (token: string) => deel(token, 0)

/** Checks an RS256 JWT against the broker's published keys (no JOSE library here). */
async function verifieer(broker: Broker, token: string) {
  const { keys } = (await (await fetch(`${broker.issuer}/jwks`)).json()) as {
    keys: Array<JsonWebKey & { kid: string }>
  }
  const header = decodeProtectedHeader(token)
  const jwk = keys.find((k) => k.kid === header.kid)
  if (!jwk || header.alg !== 'RS256') return null
  const [h, p, sig] = token.split('.') as [string, string, string]
  const ok = verify(
    'RSA-SHA256',
    Buffer.from(`${h}.${p}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(sig, 'base64url'),
  )
  return ok ? deel(token, 1) : null
}

/** A token request with client_secret_basic, as a dienst or a supplier sends it. */
async function tokenVraag(
  broker: Broker,
  clientId: string,
  secret: string,
  body: Record<string, string>,
) {
  const res = await fetch(`${broker.issuer}/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...body }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('machine clients of the OSR (client credentials)', () => {
  let broker: Broker
  beforeAll(async () => {
    broker = await startBroker()
  })
  afterAll(async () => {
    await broker?.close()
  })

  it('gives a dienst a signed JWT access token for the OSR, with its scope and client id', async () => {
    const { status, body } = await tokenVraag(
      broker,
      'dienst-rod-po',
      'demo-secret-dienst-rod-po',
      {
        resource: 'urn:duo:osr',
        scope: 'osr.mandaten.raadplegen',
      },
    )
    expect(status).toBe(200)
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'osr.mandaten.raadplegen' })
    expect(body.expires_in).toBeLessThanOrEqual(300)
    const token = String(body.access_token)
    expect(decodeProtectedHeader(token).typ).toBe('at+jwt')
    const payload = await verifieer(broker, token)
    expect(payload).toMatchObject({
      iss: broker.issuer,
      aud: 'urn:duo:osr',
      client_id: 'dienst-rod-po',
      scope: 'osr.mandaten.raadplegen',
    })
    expect(Number(payload!.exp)).toBeGreaterThan(Date.now() / 1000)
  })

  it('defaults to the OSR resource and never grants a scope the client does not hold', async () => {
    const { status, body } = await tokenVraag(
      broker,
      'leverancier-schoolwise',
      'demo-secret-leverancier-schoolwise',
      {
        scope: 'osr.systemen.beheren osr.mandaten.raadplegen',
      },
    )
    expect(status).toBe(400)
    expect(body.error).toBe('invalid_scope')
    const ok = await tokenVraag(
      broker,
      'leverancier-schoolwise',
      'demo-secret-leverancier-schoolwise',
      {
        scope: 'osr.systemen.beheren',
      },
    )
    expect(ok.status).toBe(200)
    expect(decodeProtectedHeader(String(ok.body.access_token)).typ).toBe('at+jwt')
  })

  it('refuses a wrong secret, another resource, and the portal clients', async () => {
    expect((await tokenVraag(broker, 'dienst-rio', 'fout', {})).status).toBe(401)
    const ander = await tokenVraag(broker, 'dienst-rio', 'demo-secret-dienst-rio', {
      resource: 'https://elders.example/api',
    })
    expect(ander.status).toBe(400)
    expect(ander.body.error).toBe('invalid_target')
    const portaal = await tokenVraag(broker, 'duo-portaal', 'demo-secret-portaal', {
      resource: 'urn:duo:osr',
    })
    expect(portaal.status).toBe(400)
    expect(portaal.body).toMatchObject({ error: 'invalid_request' })
    expect(String(portaal.body.error_description)).toMatch(/grant/)
  })
})
