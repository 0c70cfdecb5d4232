/**
 * `@duo/server-kit/platform`: the platform's side, for the BFF only (lint keeps sections out):
 * the database, sessions, people and grants, the composition of the sections, demo data.
 */
export { createDb, dbConfigFromEnv, type DbConfig, type DbHandle } from './db/create-db'
export { migrateToLatest, appliedMigrations, type NamespacedMigrations } from './db/migrate'
export type * from './db/schema'
export { composeSections, type ComposedSections, type MailDeps, type PlatformDeps } from './compose'
export { installApi, platformErrorHandler } from './api-app'
export { loadSession, sessionExpiry, type SessionTimeouts } from './auth/session'
export { buildAuthContext, grantsVersion, sessionGrants } from './auth/context'
export { clearSessionCookie, readSessionCookie, writeSessionCookie } from './auth/cookies'
export { hashPassword, needsRehash, verifyPassword } from './auth/password'
export * from './stores/organisations'
export * from './stores/people'
export * from './stores/grants'
export * from './stores/sessions'
export * from './stores/legacy-accounts'
export * from './stores/audit'
export * from './demo/seed'
export { createClock, type Clock } from '../clock'
export { createLogger, type Logger } from '../logger'
export type { JobsPlatform } from './services/jobs'
export { createRateLimit, clientAdres, socketAdres, type RateLimitOpties } from './rate-limit'
export { deleteExpiredTellers } from './rate-limit/store'
export {
  lijstMails,
  zetInOutbox,
  type MailSoort,
  type MailStatus,
  type NieuweMail,
  type OutboxMail,
} from './services/mail/outbox'
export { pauzeNa, type MailTransport, type MailWorker } from './services/mail/worker'
export {
  bewaarVoorkeuren,
  leesVoorkeuren,
  zetUitMetToken,
  type NotificatieVoorkeuren,
} from './services/mail/voorkeuren'
export {
  leesbareDatum,
  standaardBericht,
  type ActiefOnderhoud,
  type OnderhoudRegel,
  type OnderhoudService,
} from './services/onderhoud'
