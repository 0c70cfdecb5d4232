/**
 * How the platform plugs the sections in: one `SectionPlatform` per section (its own tables,
 * its own files, its own audit actions and jobs), their migrations after the platform's, their
 * demo data after the platform's, and their routes under `/api/<id>`.
 */
import type { Hono } from 'hono'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { Logger } from '../logger'
import type { DialectName } from '../db/dialect'
import { compacteerZoekindexen } from '../db/zoek'
import type { ApiSection } from '../define-api-section'
import type { AppEnv } from '../http/env'
import type { Label, SectionPlatform } from '../services'
import type { Database } from './db/schema'
import type { NamespacedMigrations } from './db/migrate'
import { PLATFORM_ACTIES, VROEGERE_ACTIES } from './audit-acties'
import { createAuditService } from './services/audit'
import { createBestandenService } from './services/bestanden'
import { createDocumentenService } from './services/documenten'
import { createJobs, type JobsPlatform } from './services/jobs'
import { createOrganisatieService } from './services/organisaties'
import { createPersonenService } from './services/personen'
import { createRollenService } from './services/rollen'
import { createRateLimit } from './rate-limit'
import { createAuthCache, type AuthCache } from './auth/cache'
import { createNotificatieService } from './services/mail/notificaties'
import { ruimMailsOp } from './services/mail/outbox'
import {
  createMailWorker,
  smtpTransport,
  type MailTransport,
  type MailWorker,
} from './services/mail/worker'
import { createOnderhoudService, type OnderhoudService } from './services/onderhoud'
import type { NotificatieService } from '../services'

/** How the platform sends e-mail (notifications, the newsletter). */
export interface MailDeps {
  /** The portal's public origin, for the links in mails. */
  portaalUrl: string
  /** The SMTP server (`DUO_SMTP_URL`); null: mails wait in the outbox until one is configured. */
  smtpUrl: string | null
  /** The From address. */
  van: string
  /** Tests: a transport of their own instead of `smtpUrl`. */
  transport?: MailTransport
  /** Tests: the worker's clock (real time by default) and pauses. */
  now?: () => Date
  intervalMs?: number
  basisPauzeMs?: number
}

/** Sent and failed mails are removed after this long (they hold addresses). */
const MAIL_BEWAREN_MS = 30 * 24 * 3600_000

export interface PlatformDeps {
  db: Kysely<Database>
  dialect: DialectName
  clock: Clock
  logger: Logger
  /** Where sections' files and the archive live, outside any web root. */
  dataDir: string
  /** E-mail; without it mails wait in the outbox (no SMTP server). */
  mail?: MailDeps
}

export interface ComposedSections {
  /** The sections' migrations, for `migrateToLatest`. */
  migrations: NamespacedMigrations[]
  /** Mounts every section's routes under `/<id>` of the API app. */
  mount(api: Hono<AppEnv>): void
  /** Runs every section's demo data (after the platform's own). */
  seedDemo(): Promise<void>
  jobs: JobsPlatform
  /** The platform handed to one section (tests, tools). */
  platformOf(id: string): SectionPlatform
  /** Authorisation contexts reused between requests (see `auth/cache.ts`). */
  authCache: AuthCache
  /** Sends the outbox: `start()` at start-up (the BFF), `verwerk()` for one pass (tests). */
  mail: MailWorker
  /** Notifications for the platform's own routes (the sections get theirs in their platform). */
  notificaties: NotificatieService
  /** Maintenance windows of the sections (the BFF's section list and the redactie). */
  onderhoud: OnderhoudService
  /**
   * Keeps the full-text indexes compact (`compacteerZoekindexen`), and removes jobs kept past
   * their `bewaarTot`, and the files their result names
   * (`resultaat.bestanden: [{ soort, naam }]`, in the section's own folder).
   */
  opruimen(): Promise<number>
}

/**
 * Composes the sections.
 * @example
 * const composed = composeSections(deps, apiSections)
 * await migrateToLatest(db, composed.migrations)
 */
export function composeSections(
  deps: PlatformDeps,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any section's tables and routes
  sections: readonly ApiSection<any, any>[],
): ComposedSections {
  const ids = new Set<string>()
  for (const s of sections) {
    if (ids.has(s.id)) throw new Error(`Sectie '${s.id}' staat twee keer in de lijst`)
    ids.add(s.id)
  }
  const acties: Record<string, Label> = Object.assign(
    { ...PLATFORM_ACTIES },
    ...sections.map((s) => s.auditActies ?? {}),
  )
  // Entries written before the `<section>.<object>.<verb>` names read with today's label.
  for (const [oud, nieuw] of Object.entries(VROEGERE_ACTIES)) {
    const label = acties[nieuw]
    if (label) acties[oud] = label
  }
  const jobs = createJobs({
    db: deps.db,
    dialect: deps.dialect,
    clock: deps.clock,
    logger: deps.logger,
  })
  const authCache = createAuthCache()
  const organisaties = createOrganisatieService(deps.db, authCache)
  const personen = createPersonenService(deps.db)
  const rollen = createRollenService(deps.db, deps.clock)
  const rateLimit = createRateLimit(deps.db)
  const mailDeps: MailDeps = deps.mail ?? {
    portaalUrl: 'http://localhost:8080',
    smtpUrl: null,
    van: 'Mijn DUO <noreply@mijn.duo.example>',
  }
  const mail = createMailWorker({
    db: deps.db,
    logger: deps.logger.child({ onderdeel: 'mail' }),
    transport: mailDeps.transport ?? (mailDeps.smtpUrl ? smtpTransport(mailDeps.smtpUrl) : null),
    van: mailDeps.van,
    domein: new URL(mailDeps.portaalUrl).hostname,
    now: mailDeps.now,
    intervalMs: mailDeps.intervalMs,
    basisPauzeMs: mailDeps.basisPauzeMs,
  })
  const notificaties = createNotificatieService(
    deps.db,
    deps.clock,
    { portaalUrl: mailDeps.portaalUrl },
    mail,
  )
  const onderhoud = createOnderhoudService(deps.db, deps.clock)

  const platforms = new Map<string, SectionPlatform>()
  for (const s of sections) {
    platforms.set(s.id, {
      id: s.id,
      // The section's view: typed with its own tables only (it declares them in its store).
      db: deps.db as unknown as Kysely<unknown>,
      dialect: deps.dialect,
      clock: deps.clock,
      logger: deps.logger.child({ section: s.id }),
      audit: createAuditService(deps.db, deps.clock, s.id, () => acties),
      organisaties,
      personen,
      rollen,
      documenten: createDocumentenService(deps.db, deps.clock, deps.dataDir, s.id, notificaties),
      bestanden: createBestandenService(deps.dataDir, s.id),
      jobs: jobs.serviceFor(s.id),
      notificaties,
      // A section's limits are named after it, so two sections never share a counter.
      rateLimit: (opties) => rateLimit({ ...opties, naam: `${s.id}-${opties.naam}` }),
    })
  }
  const platformOf = (id: string) => {
    const p = platforms.get(id)
    if (!p) throw new Error(`Onbekende sectie '${id}'`)
    return p
  }
  for (const s of sections) if (s.jobs) jobs.register(s.id, s.jobs(platformOf(s.id)) as never)

  return {
    migrations: sections
      .filter((s) => s.migrations && Object.keys(s.migrations).length)
      .map((s) => ({ namespace: s.id, migrations: s.migrations! })),
    mount(api) {
      for (const s of sections) {
        // A section in its maintenance window answers 503 with the date, before any of its code.
        api.use(`/${s.id}`, onderhoud.middleware(s.id))
        api.use(`/${s.id}/*`, onderhoud.middleware(s.id))
        api.route(`/${s.id}`, s.routes(platformOf(s.id)))
      }
    },
    async seedDemo() {
      for (const s of sections) await s.demoData?.(platformOf(s.id))
    },
    jobs,
    platformOf,
    authCache,
    mail,
    notificaties,
    onderhoud,
    async opruimen() {
      await compacteerZoekindexen(deps.db)
      await ruimMailsOp(deps.db, new Date(Date.now() - MAIL_BEWAREN_MS))
      const expired = await jobs.opruimen()
      for (const job of expired) {
        const sectionId = job.soort.split('.')[0] ?? ''
        const bestanden = (job.resultaat as { bestanden?: Array<{ soort: string; naam: string }> })
          ?.bestanden
        if (!platforms.has(sectionId) || !Array.isArray(bestanden)) continue
        for (const b of bestanden)
          await platformOf(sectionId)
            .bestanden.verwijder(b.soort, [b.naam])
            .catch(() => {})
      }
      return expired.length
    },
  }
}
