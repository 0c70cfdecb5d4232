/**
 * Mijn Helpdesk po's part of the BFF (`/api/helpdesk`): meldingen of a bestuur, the helpdesk's
 * queue, contact details and the digitaal archief.
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { HelpdeskTables } from './tables'
import { helpdeskMigrations } from './migrations'
import { seedHelpdeskDemo } from './demo'
import { meldingenRoutes } from './meldingen/routes'
import { werkvoorraadRoutes } from './werkvoorraad/routes'
import { contactRoutes } from './contact/routes'
import { archiefRoutes } from './archief/routes'

const helpdeskApi = defineApiSection({
  id: 'helpdesk',
  routes: (platform: SectionPlatform<HelpdeskTables>) =>
    new Hono<AppEnv>()
      .route('/', meldingenRoutes(platform))
      .route('/werkvoorraad', werkvoorraadRoutes(platform))
      .route('/', contactRoutes(platform))
      .route('/archief', archiefRoutes(platform)),
  migrations: helpdeskMigrations,
  demoData: (platform) => seedHelpdeskDemo(platform),
  auditActies: {
    'helpdesk.melding.ingediend': { nl: 'Melding ingediend', en: 'Melding (ticket) submitted' },
    'helpdesk.melding.beantwoord': {
      nl: 'Melding beantwoord door de helpdesk',
      en: 'Melding answered by the helpdesk',
    },
    'helpdesk.melding.status-gewijzigd': {
      nl: 'Status van melding gewijzigd',
      en: 'Status of melding changed',
    },
    'helpdesk.contactpersoon.gewijzigd': {
      nl: 'Contactpersoon gewijzigd',
      en: 'Contact person changed',
    },
  },
})

export default helpdeskApi

/** The type of the helpdesk's API, for its typed client (`useSectionApi<HelpdeskApi>`). */
export type HelpdeskApi = ApiOf<typeof helpdeskApi>
