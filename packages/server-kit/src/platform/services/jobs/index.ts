/**
 * Background jobs for every section: the state lives in `platform_job` on both databases;
 * the work is picked up by pg-boss on PostgreSQL (any instance, survives a crash) or by an
 * in-process worker on SQLite (one process; jobs left running are resumed at start).
 */
import PgBoss from 'pg-boss'
import { CompiledQuery, type Kysely } from 'kysely'
import type { Clock } from '../../../clock'
import type { Logger } from '../../../logger'
import type { DialectName } from '../../../db/dialect'
import type { Job, JobHandler, JobsService, Label } from '../../../services'
import type { Database } from '../../db/schema'
import {
  claimJob,
  failJob,
  finishJob,
  getJob,
  insertJob,
  listJobs,
  nextWaiting,
  reportProgress,
  requeueStale,
  takeExpired,
  waitingJobs,
} from './store'

/** Attempts per job before it counts as failed. */
const MAX_POGINGEN = 3
/** A running job that has not reported for this long is taken to be orphaned. */
const STALE_MS = 60_000
const HARTSLAG_MS = 10_000

export interface JobsPlatform {
  /** The jobs service of one section: it starts only its own kinds. */
  serviceFor(sectionId: string): JobsService
  /** Registers a section's handlers (before `start`). */
  register(sectionId: string, handlers: Record<string, JobHandler>): void
  /** Starts working; call once at start-up. */
  start(): Promise<void>
  stop(): Promise<void>
  /** Resolves when no job of a registered kind is waiting or running (tests, drills). */
  idle(timeoutMs?: number): Promise<void>
  /** Removes jobs kept past their time; returns them so their files can be removed too. */
  opruimen(): Promise<Job[]>
}

const SOORT = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/
const GENERIEKE_FOUT: Label = {
  nl: 'Er ging iets mis bij het verwerken. Probeer het later opnieuw.',
  en: 'Something went wrong while processing. Please try again later.',
}

function foutVan(err: unknown): Label {
  const e = err as { body?: { nl?: unknown; en?: unknown } } | null
  return typeof e?.body?.nl === 'string' && typeof e.body.en === 'string'
    ? { nl: e.body.nl, en: e.body.en }
    : GENERIEKE_FOUT
}

const queueName = (soort: string) => soort.replace('.', '__')

const verzendOpties = (jobId: string) => ({
  retryLimit: MAX_POGINGEN - 1,
  retryDelay: 2,
  expireInSeconds: 600,
  singletonKey: jobId,
})

export function createJobs(deps: {
  db: Kysely<Database>
  dialect: DialectName
  clock: Clock
  logger: Logger
  /** Idle polling interval of the SQLite worker. */
  pollMs?: number
}): JobsPlatform {
  const { db, logger } = deps
  const handlers = new Map<string, JobHandler>()
  let running = false
  let wake: (() => void) | null = null
  let loop: Promise<void> | null = null
  let boss: PgBoss | null = null
  // Runs on real time: the fixed demo clock must not make every heartbeat look stale.
  const realNow = () => new Date()

  async function run({ job, pogingen }: { job: Job; pogingen: number }): Promise<void> {
    const handler = handlers.get(job.soort)
    if (!handler) return
    const beat = setInterval(() => {
      void reportProgress(db, job.id, job.voortgang, undefined, realNow()).catch(() => {})
    }, HARTSLAG_MS)
    try {
      const resultaat = await handler({
        id: job.id,
        data: job.data,
        bestuursnummer: job.bestuursnummer,
        persoonId: job.persoonId,
        voortgang: async (procent, stap) => {
          job.voortgang = procent
          await reportProgress(db, job.id, procent, stap, realNow())
        },
      })
      await finishJob(db, job.id, resultaat, deps.clock.now())
    } catch (err) {
      logger.warn({ err, jobId: job.id, soort: job.soort }, 'job mislukt')
      await failJob(db, job.id, foutVan(err), pogingen < MAX_POGINGEN, deps.clock.now())
      throw err
    } finally {
      clearInterval(beat)
    }
  }

  async function localLoop(): Promise<void> {
    while (running) {
      const id = await nextWaiting(db, [...handlers.keys()]).catch(() => null)
      const claimed = id ? await claimJob(db, id, realNow()) : null
      if (claimed) {
        await run(claimed).catch(() => {})
        continue
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deps.pollMs ?? 500)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      wake = null
    }
  }

  return {
    register(sectionId, sectionHandlers) {
      for (const [naam, handler] of Object.entries(sectionHandlers)) {
        const soort = `${sectionId}.${naam}`
        if (!SOORT.test(soort)) throw new Error(`Ongeldige jobsoort '${soort}'`)
        handlers.set(soort, handler)
      }
    },

    async start() {
      if (running || handlers.size === 0) return
      running = true
      if (deps.dialect === 'sqlite') {
        // One process owns an SQLite database: whatever was running died with the last one.
        const resumed = await requeueStale(db, new Date('9999-12-31T23:59:59Z'))
        if (resumed) logger.info({ resumed }, 'onderbroken jobs hervat')
        loop = localLoop()
        return
      }
      boss = new PgBoss({
        db: {
          executeSql: async (text, values) => {
            const r = await db.executeQuery(CompiledQuery.raw(text, values ?? []))
            return { rows: r.rows as unknown[] }
          },
        },
        schedule: false,
      })
      boss.on('error', (err) => logger.warn({ err }, 'pg-boss'))
      await boss.start()
      for (const soort of handlers.keys()) {
        const queue = queueName(soort)
        await boss.createQueue(queue)
        await boss.work<{ jobId: string }>(
          queue,
          { batchSize: 1, pollingIntervalSeconds: 1 },
          async ([bossJob]) => {
            if (!bossJob) return
            await requeueStale(db, new Date(realNow().getTime() - STALE_MS))
            const claimed = await claimJob(db, bossJob.data.jobId, realNow())
            if (claimed) await run(claimed)
          },
        )
      }
      // Jobs that wait without a pg-boss message (started while no instance ran pg-boss, or
      // orphaned by a crash): send them again; the singleton key keeps it to one message each.
      await requeueStale(db, new Date(realNow().getTime() - STALE_MS))
      for (const job of await waitingJobs(db, [...handlers.keys()]))
        await boss.send(queueName(job.soort), { jobId: job.id }, verzendOpties(job.id))
    },

    async stop() {
      running = false
      wake?.()
      await loop
      await boss?.stop({ graceful: true, wait: true, close: false })
      boss = null
    },

    async idle(timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs
      for (;;) {
        const open = await db
          .selectFrom('platform_job')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', 'in', ['wachtend', 'bezig'])
          .where('soort', 'in', [...handlers.keys(), ''])
          .executeTakeFirstOrThrow()
        if (Number(open.n) === 0) return
        if (Date.now() > until) throw new Error('Jobs werden niet op tijd klaar')
        await new Promise((r) => setTimeout(r, 50))
      }
    },

    opruimen: () => takeExpired(db, deps.clock.now()),

    serviceFor(sectionId): JobsService {
      const soortVan = (naam: string) => {
        const soort = `${sectionId}.${naam}`
        if (!handlers.has(soort))
          throw new Error(`Jobsoort '${soort}' is niet gedeclareerd door sectie '${sectionId}'`)
        return soort
      }
      return {
        async start(naam, data, owner) {
          const job = await insertJob(
            db,
            {
              soort: soortVan(naam),
              data,
              bestuursnummer: owner.bestuursnummer,
              persoonId: owner.persoonId,
              bewaarTot: owner.bewaarTot ?? null,
            },
            deps.clock.now(),
          )
          if (boss) {
            await boss.send(
              queueName(job.soort),
              { jobId: job.id },
              {
                retryLimit: MAX_POGINGEN - 1,
                retryDelay: 2,
                expireInSeconds: 600,
              },
            )
          }
          wake?.()
          return job
        },
        async get(id) {
          const job = await getJob(db, id)
          return job && job.soort.startsWith(`${sectionId}.`) ? job : null
        },
        lijst: (filter) =>
          listJobs(db, {
            ...filter,
            soort: filter.soort ? soortVan(filter.soort) : undefined,
          }).then((jobs) => jobs.filter((j) => j.soort.startsWith(`${sectionId}.`))),
      }
    },
  }
}
