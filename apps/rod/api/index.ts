/**
 * ROD's part of the BFF (`/api/rod`): the Register Onderwijsdeelnemers for the schools of a
 * bestuur: dashboards, the weekly kwaliteitscontrolebestand, files with schooladviezen and
 * niveau vo (made in the background), the leerlingdossier, verzoeken handmatige mutatie, and
 * DUO's queue that handles those verzoeken.
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { RodTables } from './tables'
import { rodMigrations } from './migrations'
import { seedRodDemo } from './demo'
import { dashboardRoutes } from './dashboard/routes'
import { leerlingdossierRoutes } from './leerlingdossier/routes'
import { handmatigeMutatieRoutes } from './handmatige-mutatie/routes'
import { werkvoorraadRoutes } from './werkvoorraad/routes'
import { kwaliteitscontroleRoutes } from './kwaliteitscontrole/routes'
import { bestandenRoutes } from './bestanden/routes'
import { maakBestand } from './bestanden/job'
import { waardelijstenRoutes } from './waardelijsten/routes'
import { rodAuditActies } from './audit-acties'

const rodApi = defineApiSection({
  id: 'rod',
  routes: (platform: SectionPlatform<RodTables>) =>
    new Hono<AppEnv>()
      .route('/dashboard', dashboardRoutes(platform))
      .route('/kwaliteitscontrole', kwaliteitscontroleRoutes(platform))
      .route('/bestanden', bestandenRoutes(platform))
      .route('/leerlingdossier', leerlingdossierRoutes(platform))
      .route('/handmatige-mutatie', handmatigeMutatieRoutes(platform))
      .route('/werkvoorraad', werkvoorraadRoutes(platform))
      .route('/waardelijsten', waardelijstenRoutes()),
  migrations: rodMigrations,
  demoData: (platform) => seedRodDemo(platform),
  jobs: (platform) => ({ bestand: maakBestand(platform) }),
  auditActies: rodAuditActies,
})

export default rodApi

/** The type of ROD's API, for its typed client (`useSectionApi<RodApi>('rod')`). */
export type RodApi = ApiOf<typeof rodApi>
