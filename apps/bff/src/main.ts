import { serve } from '@hono/node-server'
import { createApp } from './app'
import { loadConfig } from './config'
import {
  composeSections,
  createClock,
  createDb,
  createLogger,
  dbConfigFromEnv,
  deleteExpiredSessions,
  migrateToLatest,
  seedDemo,
} from '@duo/server-kit/platform'
import { createSectionRegistry } from './platform/section-registry'
import { loadAuthConfig } from './auth/config'
import { createOidcClient } from './auth/oidc'
import * as apiSections from './sections'
import { ruimPortaalOp, seedPortaalDemo } from './portaal'

const config = loadConfig()
const auth = loadAuthConfig()
const logger = createLogger(config.logLevel)
const clock = createClock(config.fixedNow)
const dbConfig = dbConfigFromEnv()
const database = createDb(dbConfig)
const dataDir = dbConfig.dataDir ?? './data'
const composed = composeSections(
  {
    db: database.db,
    dialect: database.dialect,
    clock,
    logger,
    dataDir,
    mail: { portaalUrl: config.publicUrl, smtpUrl: config.smtpUrl, van: config.mailVan },
  },
  Object.values(apiSections),
)
await migrateToLatest(database.db, composed.migrations)
if (auth.demo) {
  const { inserted } = await seedDemo(database.db)
  await composed.seedDemo()
  await seedPortaalDemo(database.db, composed)
  logger.info({ inserted }, 'demodata geladen')
}
await composed.jobs.start()
composed.mail.start()
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
  dialect: database.dialect,
  composed,
  auth,
  oidc,
  dataDir,
})

const sweep = setInterval(() => {
  deleteExpiredSessions(database.db, new Date()).catch((err: unknown) =>
    logger.warn({ err: String(err) }, 'opruimen sessies mislukt'),
  )
  composed
    .opruimen()
    .catch((err: unknown) => logger.warn({ err: String(err) }, 'opruimen jobs mislukt'))
  ruimPortaalOp({ db: database.db, clock }).catch((err: unknown) =>
    logger.warn({ err: String(err) }, 'opruimen nieuwsbrief mislukt'),
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
    server.close(
      () =>
        void composed.jobs
          .stop()
          .then(() => composed.mail.stop())
          .then(() => database.close())
          .then(() => process.exit(0)),
    )
  })
}
