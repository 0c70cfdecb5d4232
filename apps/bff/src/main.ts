import { serve } from '@hono/node-server'
import { createApp } from './app'
import { loadConfig } from './config'
import { createClock } from './platform/clock'
import { createLogger } from './platform/logger'
import { createSectionRegistry } from './platform/section-registry'
import { createDb, dbConfigFromEnv, migrateToLatest } from './db'
import { seedDemo } from './demo/seed'
import { loadAuthConfig } from './auth/config'
import { createOidcClient } from './auth/oidc'
import { deleteExpiredSessions } from './stores/sessions'
import { sectionMigrations } from './sections'
import { seedHelpdeskDemo } from './sections/helpdesk/demo'

const config = loadConfig()
const auth = loadAuthConfig()
const logger = createLogger(config.logLevel)
const clock = createClock(config.fixedNow)
const dbConfig = dbConfigFromEnv()
const database = createDb(dbConfig)
await migrateToLatest(database.db, sectionMigrations)
if (auth.demo) {
  const { inserted } = await seedDemo(database.db)
  await seedHelpdeskDemo(database.db, dbConfig.dataDir ?? './data')
  logger.info({ inserted }, 'demodata geladen')
}
const oidc = {
  portaal: auth.issuer
    ? createOidcClient(
        {
          issuer: auth.issuer,
          clientId: auth.clientId,
          clientSecret: auth.clientSecret,
          allowHttp: auth.allowHttp,
        },
        logger,
      )
    : null,
  intern: auth.internIssuer
    ? createOidcClient(
        {
          issuer: auth.internIssuer,
          clientId: auth.internClientId,
          clientSecret: auth.internClientSecret,
          allowHttp: auth.allowHttp,
        },
        logger,
      )
    : null,
}
const sections = createSectionRegistry(config.sections, { logger, ttlMs: config.sectionsTtlMs })
const app = createApp({
  config,
  clock,
  logger,
  sections,
  db: database.db,
  auth,
  oidc,
  dataDir: dbConfig.dataDir ?? './data',
})

const sweep = setInterval(() => {
  deleteExpiredSessions(database.db, new Date()).catch((err: unknown) =>
    logger.warn({ err: String(err) }, 'opruimen sessies mislukt'),
  )
}, 60_000)
sweep.unref()

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    {
      port: info.port,
      dialect: database.dialect,
      sections: config.sections.length,
      fixedNow: config.fixedNow,
    },
    'BFF gestart',
  )
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => void database.close().then(() => process.exit(0)))
  })
}
