import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '@duo/server-kit/testing'
import { createOsrApi } from '../index'
import { STANDAARD_DIENST_CLIENTS } from '../shared/diensten'
import { bearer, token } from '../test-support'
import { OSR_RESOURCE } from './controle'

const opties = (issuer: string | null) => ({
  tokens: { issuer, audience: OSR_RESOURCE },
  dienstClients: STANDAARD_DIENST_CLIENTS,
  limieten: { perClient: 1000, perAdres: 1000 },
})

describe('the token check without a reachable broker', () => {
  let onbereikbaar: TestApp
  let uit: TestApp
  beforeAll(async () => {
    // Nothing listens on port 9 of the loopback address: discovery fails at once.
    onbereikbaar = await createTestApp('sqlite', {
      sections: [createOsrApi(opties('http://127.0.0.1:9'))],
    })
    uit = await createTestApp('sqlite', { sections: [createOsrApi(opties(null))] })
  }, 60_000)
  afterAll(async () => {
    await onbereikbaar.close()
    await uit.close()
  })

  const pad = '/api/osr/diensten/v1/scholen/12AB/mandaten'

  it('answers 503 with Retry-After when the broker’s keys cannot be fetched, and retries later', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await onbereikbaar.request('GET', pad, {
        headers: await bearer(token({ issuer: 'http://127.0.0.1:9' })),
      })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('30')
      expect((await res.json()).code).toBe('niet-beschikbaar')
    }
  })

  it('answers 503 when no issuer is configured, and still 401 without a token', async () => {
    expect((await uit.request('GET', pad, { headers: await bearer(token()) })).status).toBe(503)
    expect((await uit.request('GET', pad)).status).toBe(401)
  })
})

describe('the options from the environment', () => {
  it('take the BFF’s issuer, and refuse a wrong list of dienst clients at start', async () => {
    const { optiesUitOmgeving } = await import('../index')
    expect(optiesUitOmgeving({ OIDC_ISSUER: 'http://localhost:8090' }).tokens).toEqual({
      issuer: 'http://localhost:8090',
      audience: 'urn:duo:osr',
    })
    expect(
      optiesUitOmgeving({ DUO_OSR_TOKEN_ISSUER: 'https://a', OIDC_ISSUER: 'https://b' }).tokens
        .issuer,
    ).toBe('https://a')
    expect(
      optiesUitOmgeving({ DUO_OSR_DIENST_CLIENTS: '{"rod-client":"rod-po"}' }).dienstClients,
    ).toEqual({ 'rod-client': 'rod-po' })
    expect(() => optiesUitOmgeving({ DUO_OSR_DIENST_CLIENTS: '{"x":"bron"}' })).toThrow(
      /DUO_OSR_DIENST_CLIENTS/,
    )
  })
})
