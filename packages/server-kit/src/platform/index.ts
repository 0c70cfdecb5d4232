/**
 * `@duo/server-kit/platform`: the platform's side, for the BFF only (lint keeps sections out):
 * the database, sessions, people and grants, the composition of the sections, demo data.
 */
export { createDb, dbConfigFromEnv, type DbConfig, type DbHandle } from './db/create-db'
export { migrateToLatest, appliedMigrations, type NamespacedMigrations } from './db/migrate'
export type * from './db/schema'
export { composeSections, type ComposedSections, type PlatformDeps } from './compose'
export { installApi, platformErrorHandler } from './api-app'
export { loadSession, type SessionTimeouts } from './auth/session'
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
