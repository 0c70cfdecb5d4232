/**
 * The XBRL onderwijsportaal's part of the BFF (`/api/xbrl`): a bestuur's jaarverantwoordingen,
 * uploading and validating instances (in the platform's job queue, with `@duo/xbrl`),
 * submitting and correcting them until 1 July, and DUO's assessment of the submissions.
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import { aanleveringenRoutes } from './aanleveringen/routes'
import { behandelingRoutes } from './behandeling/routes'
import { seedXbrlDemo } from './demo'
import { jaarverantwoordingenRoutes } from './jaarverantwoordingen/routes'
import { xbrlMigrations } from './migrations'
import type { XbrlTables } from './tables'
import { validatieJob } from './validatie/job'

const xbrlApi = defineApiSection({
  id: 'xbrl',
  routes: (platform: SectionPlatform<XbrlTables>) =>
    new Hono<AppEnv>()
      .route('/jaarverantwoordingen', jaarverantwoordingenRoutes(platform))
      .route('/aanleveringen', aanleveringenRoutes(platform))
      .route('/behandeling', behandelingRoutes(platform)),
  migrations: xbrlMigrations,
  demoData: (platform) => seedXbrlDemo(platform),
  jobs: (platform) => ({ validatie: validatieJob(platform) }),
  auditActies: {
    'xbrl.jaarverantwoording.aangemaakt': {
      nl: 'Jaarverantwoording (XBRL) begonnen',
      en: 'Jaarverantwoording (XBRL) started',
    },
    'xbrl.bestand.geupload': {
      nl: 'XBRL-instance geüpload',
      en: 'XBRL instance uploaded',
    },
    'xbrl.bestand.geweigerd': {
      nl: 'XBRL-bestand geweigerd (geen geldige of een onveilige instance)',
      en: 'XBRL file refused (not a valid or an unsafe instance)',
    },
    'xbrl.aanlevering.ingediend': {
      nl: 'Jaarverantwoording (XBRL) ingediend',
      en: 'Jaarverantwoording (XBRL) submitted',
    },
    'xbrl.correctie.aangemaakt': {
      nl: 'Correctie op de jaarverantwoording begonnen',
      en: 'Correction of the jaarverantwoording started',
    },
    'xbrl.aanlevering.beoordeeld': {
      nl: 'Jaarverantwoording beoordeeld door DUO',
      en: 'Jaarverantwoording assessed by DUO',
    },
  },
})

export default xbrlApi

/** The type of the XBRL section's API, for its typed client (`useSectionApi<XbrlApi>`). */
export type XbrlApi = ApiOf<typeof xbrlApi>
