import { Hono } from 'hono'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineApiSection } from '../../define-api-section'
import type { AppEnv } from '../../http/env'
import type { JobHandler } from '../../services'
import { createTestDb, dialectsUnderTest } from '../db/test-db'
import { migrateToLatest } from '../db/migrate'
import { composeSections, type ComposedSections } from '../compose'
import type { DbHandle } from '../db/create-db'

const clock = { now: () => new Date('2022-03-01T10:00:00Z'), fixed: '2022-03-01T10:00:00Z' }
const logger = pino({ level: 'silent' })

let fouten = 0
const handlers: Record<string, JobHandler<{ n: number }, unknown>> = {
  tel: async (job) => {
    for (let i = 1; i <= job.data.n; i++)
      await job.voortgang((i / job.data.n) * 100, { nl: `Stap ${i}`, en: `Step ${i}` })
    return { som: (job.data.n * (job.data.n + 1)) / 2 }
  },
  wankel: async () => {
    // Fails on its first attempt only: the second picks it up again.
    if (fouten++ === 0) throw new Error('tijdelijk')
    return { ok: true }
  },
  stuk: async () => {
    throw new Error('altijd')
  },
}

const proef = defineApiSection({
  id: 'proef',
  routes: () => new Hono<AppEnv>(),
  jobs: () => handlers as never,
})

describe.each(dialectsUnderTest)('background jobs (%s)', (dialect) => {
  let h: DbHandle
  let composed: ComposedSections
  beforeAll(async () => {
    h = await createTestDb(dialect, { migrate: false })
    composed = composeSections(
      { db: h.db, dialect, clock, logger, dataDir: '/tmp/duo-jobs-test' },
      [proef],
    )
    await migrateToLatest(h.db, composed.migrations)
    await composed.jobs.start()
  }, 60_000)
  afterAll(async () => {
    await composed.jobs.stop()
    await h.close()
  })

  it('runs a job with progress to its result, owned by who started it', async () => {
    const jobs = composed.platformOf('proef').jobs
    const job = await jobs.start('tel', { n: 4 }, { bestuursnummer: '41234', persoonId: 'p1' })
    expect(job).toMatchObject({ status: 'wachtend', voortgang: 0, bestuursnummer: '41234' })
    await composed.jobs.idle()
    expect(await jobs.get(job.id)).toMatchObject({
      status: 'klaar',
      voortgang: 100,
      resultaat: { som: 10 },
      persoonId: 'p1',
    })
    expect((await jobs.lijst({ bestuursnummer: '41234' })).map((j) => j.id)).toContain(job.id)
  })

  it('retries a failed attempt and gives up after three, with a readable reason', async () => {
    const jobs = composed.platformOf('proef').jobs
    const wankel = await jobs.start('wankel', {}, { bestuursnummer: null, persoonId: null })
    const stuk = await jobs.start('stuk', {}, { bestuursnummer: null, persoonId: null })
    await composed.jobs.idle(60_000)
    expect(await jobs.get(wankel.id)).toMatchObject({ status: 'klaar', resultaat: { ok: true } })
    const mislukt = await jobs.get(stuk.id)
    expect(mislukt?.status).toBe('mislukt')
    expect(mislukt?.fout?.nl).toMatch(/Er ging iets mis/)
  }, 60_000)

  it('refuses a kind the section did not declare', async () => {
    await expect(
      composed
        .platformOf('proef')
        .jobs.start('onbekend', {}, { bestuursnummer: null, persoonId: null }),
    ).rejects.toThrow(/niet gedeclareerd/)
  })
})

describe.each(dialectsUnderTest)('a job left behind (%s)', (dialect) => {
  it('is picked up at the next start: one orphaned by a crash and one started without a worker', async () => {
    const h = await createTestDb(dialect, { migrate: false })
    const deps = { db: h.db, dialect, clock, logger, dataDir: '/tmp/duo-jobs-test' }
    // An instance that never started its worker (on PostgreSQL: no pg-boss message was sent).
    const first = composeSections(deps, [proef])
    await migrateToLatest(h.db, first.migrations)
    const eigenaar = { bestuursnummer: null, persoonId: null }
    const verweesd = await first.platformOf('proef').jobs.start('tel', { n: 2 }, eigenaar)
    const zonderWerker = await first.platformOf('proef').jobs.start('tel', { n: 3 }, eigenaar)
    // The worker of a process that crashed had claimed one, two minutes ago.
    await h.db
      .updateTable('platform_job')
      .set({ status: 'bezig', hartslag_op: new Date(Date.now() - 120_000).toISOString() })
      .where('id', '=', verweesd.id)
      .execute()
    const second = composeSections(deps, [proef])
    await second.jobs.start()
    await second.jobs.idle(60_000)
    const jobs = second.platformOf('proef').jobs
    expect((await jobs.get(verweesd.id))?.status).toBe('klaar')
    expect((await jobs.get(zonderWerker.id))?.resultaat).toEqual({ som: 6 })
    await second.jobs.stop()
    await h.close()
  }, 90_000)
})
