/**
 * RIO's part of the BFF (`/api/rio`): the bestuur's time-versioned register of onderwijsbestuur,
 * onderwijsaanbieders, onderwijslocaties (and their gebruik), aangeboden opleidingen and
 * communicatiecontexten; changes accepted or refused as a whole; the stappenplan; open data.
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { RioTables } from './tables'
import { rioMigrations } from './migrations'
import { seedRioDemo } from './demo'
import { registerRoutes } from './register/routes'
import { wijzigingenRoutes } from './wijzigingen/routes'
import { exportRoutes } from './export/routes'
import { stappenplanRoutes } from './stappenplan/routes'

const rioApi = defineApiSection({
  id: 'rio',
  routes: (platform: SectionPlatform<RioTables>) =>
    new Hono<AppEnv>()
      .route('/', registerRoutes(platform))
      .route('/wijzigingen', wijzigingenRoutes(platform))
      .route('/export', exportRoutes(platform))
      .route('/stappenplan', stappenplanRoutes(platform)),
  migrations: rioMigrations,
  demoData: (platform) => seedRioDemo(platform),
  auditActies: {
    'rio.wijziging.doorgevoerd': {
      nl: 'Wijziging in RIO doorgevoerd',
      en: 'Change made in RIO',
    },
  },
})

export default rioApi

/** The type of RIO's API, for its typed client (`useSectionApi<RioApi>('rio')`). */
export type RioApi = ApiOf<typeof rioApi>
