import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppEnv } from '../../http/env'
import { createTestDb, dialectsUnderTest } from '../db/test-db'
import type { DbHandle } from '../db/create-db'
import { createRateLimit } from '.'
import { deleteExpiredTellers } from './store'

describe.each(dialectsUnderTest)('rate limits in the database (%s)', (dialect) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await createTestDb(dialect)
  }, 60_000)
  afterAll(() => h.close())

  const appMet = (db: DbHandle['db'], sleutel: string | null = 'k') =>
    new Hono<AppEnv>()
      .use(
        createRateLimit(db)({
          naam: 'proef',
          limiet: 3,
          vensterSeconden: 60,
          sleutel: () => sleutel,
        }),
      )
      .get('/', (c) => c.text('ok'))

  it('answers 429 with Retry-After in the error shape once the limit is used up', async () => {
    const app = appMet(h.db, 'a')
    for (let i = 0; i < 3; i++) expect((await app.request('/')).status).toBe(200)
    const res = await app.request('/')
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await res.json()).toMatchObject({ code: 'te-veel-verzoeken' })
  })

  it('counts across instances: two apps on one database share the counter', async () => {
    const een = appMet(h.db, 'b')
    const twee = appMet(h.db, 'b')
    await een.request('/')
    await twee.request('/')
    await een.request('/')
    expect((await twee.request('/')).status).toBe(429)
  })

  it('counts parallel hits exactly (one atomic upsert per hit)', async () => {
    const app = appMet(h.db, 'c')
    const statuses = await Promise.all(Array.from({ length: 10 }, () => app.request('/')))
    expect(statuses.filter((r) => r.status === 200)).toHaveLength(3)
  })

  it('does not count a request without a key, and forgets a window that ended', async () => {
    const app = appMet(h.db, null)
    for (let i = 0; i < 5; i++) expect((await app.request('/')).status).toBe(200)
    await deleteExpiredTellers(h.db, new Date(Date.now() + 61_000))
    expect((await appMet(h.db, 'a').request('/')).status).toBe(200)
  })
})
