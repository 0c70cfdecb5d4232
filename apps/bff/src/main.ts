import { serve } from '@hono/node-server'
import { createApp } from './app'
import { loadConfig } from './config'
import { createClock } from './platform/clock'
import { createLogger } from './platform/logger'
import { createSectionRegistry } from './platform/section-registry'

const config = loadConfig()
const logger = createLogger(config.logLevel)
const clock = createClock(config.fixedNow)
const sections = createSectionRegistry(config.sections, { logger })
const app = createApp({ config, clock, logger, sections })

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info({ port: info.port, sections: config.sections.length, fixedNow: config.fixedNow }, 'BFF gestart')
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
  })
}
