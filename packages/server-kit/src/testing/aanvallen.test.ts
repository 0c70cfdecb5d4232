import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineApiSection } from '../define-api-section'
import { authOf, requireLogin } from '../auth/guards'
import { geweigerd, nietGevonden } from '../http/errors'
import type { AppEnv } from '../http/env'
import { createTestApp, type TestApp } from './test-app'
import { probeerAanvallen } from './aanvallen'

// A section that makes each mistake the attacks look for.
const lek = defineApiSection({
  id: 'lek',
  routes: () =>
    new Hono<AppEnv>()
      .use(requireLogin())
      .get('/dingen/:id', (c) => {
        if (c.req.param('id') === 'van-b')
          throw geweigerd('andere-organisatie', 'Van bestuur B', 'Of B')
        throw nietGevonden()
      })
      .post('/dingen', async (c) => {
        JSON.parse(await c.req.text())
        authOf(c)
        return c.json({ ok: true }, 201)
      }),
})
const goed = defineApiSection({
  id: 'goed',
  routes: () =>
    new Hono<AppEnv>().use(requireLogin()).get('/dingen/:id', () => {
      throw nietGevonden()
    }),
})

describe('the attack helper', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp('sqlite', { sections: [lek, goed] })
  }, 60_000)
  afterAll(() => t.close())

  it('reports a foreign id answered unlike an unknown one, and a body that breaks a route', async () => {
    const problemen = await probeerAanvallen(t, {
      sectie: 'lek',
      als: 'beheerder-po',
      vreemdeIds: { id: 'van-b' },
    })
    expect(problemen.some((p) => p.startsWith('GET /api/lek/dingen/:id vreemd id: 403'))).toBe(true)
    expect(problemen.some((p) => p.startsWith('POST /api/lek/dingen kapotte JSON: 500'))).toBe(true)
  })

  it('reports nothing for a section that holds, and says so when it finds no routes', async () => {
    expect(
      await probeerAanvallen(t, { sectie: 'goed', als: 'beheerder-po', vreemdeIds: { id: 'x' } }),
    ).toEqual([])
    expect(await probeerAanvallen(t, { sectie: 'niets', als: 'beheerder-po' })).toEqual([
      'geen routes gevonden onder /api/niets/',
    ])
  })
})
