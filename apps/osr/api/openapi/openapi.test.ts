/**
 * The OpenAPI documents of the machine APIs, generated from their route definitions, kept as
 * files beside the README (`docs/openapi/`). When a route changes, this test fails until the
 * files are written again: `pnpm --filter @duo/osr test -- -u`.
 */
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '@duo/server-kit/testing'
import { createOsrApi } from '../index'
import { STANDAARD_DIENST_CLIENTS } from '../shared/diensten'
import { OSR_RESOURCE } from '../tokens/controle'

describe('the OpenAPI documents of the machine APIs', () => {
  let t: TestApp
  beforeAll(async () => {
    const api = createOsrApi({
      tokens: { issuer: 'https://makelaar.example', audience: OSR_RESOURCE },
      dienstClients: STANDAARD_DIENST_CLIENTS,
      limieten: { perClient: 1200, perAdres: 6000 },
    })
    t = await createTestApp('sqlite', { sections: [api], demo: false })
  }, 60_000)
  afterAll(() => t.close())

  for (const naam of ['diensten', 'leverancier']) {
    it(`are up to date for the ${naam} API`, async () => {
      const res = await t.request('GET', `/api/osr/${naam}/openapi.json`)
      expect(res.status).toBe(200)
      const doc = await res.json()
      expect(doc.components.securitySchemes).toBeDefined()
      const bestand = `../../docs/openapi/${naam}.json`
      // Formatted as the repository formats JSON, so the format check leaves the file alone.
      const opties = await resolveConfig(fileURLToPath(new URL(bestand, import.meta.url)))
      const tekst = await format(JSON.stringify(doc), { ...opties, parser: 'json' })
      await expect(tekst).toMatchFileSnapshot(bestand)
    })
  }
})
