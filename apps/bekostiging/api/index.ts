/**
 * Bekostiging's part of the BFF (`/api/bekostiging`): bijzondere bekostiging aanvragen with
 * DUO's handling, bekostiging raadplegen, the Dashboard bekostiging (OSB), the overzicht
 * vaststelling tellingen with bezwaar, the zaakdossier and the aangeboden opleidingen.
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { BekostigingTables } from './tables'
import { bekostigingMigrations } from './migrations'
import { seedBekostigingDemo } from './demo'
import { aanvragenRoutes } from './aanvragen/routes'
import { behandelingRoutes } from './behandeling/routes'
import { raadplegenRoutes } from './raadplegen/routes'
import { dashboardRoutes } from './dashboard/routes'
import { vaststellingRoutes } from './vaststelling/routes'
import { zaakdossierRoutes } from './zaakdossier/routes'
import { opleidingenRoutes } from './opleidingen/routes'
import { overzichtRoutes } from './overzicht/routes'
import { auditActies } from './audit-acties'

const bekostigingApi = defineApiSection({
  id: 'bekostiging',
  routes: (platform: SectionPlatform<BekostigingTables>) =>
    new Hono<AppEnv>()
      .route('/overzicht', overzichtRoutes(platform))
      .route('/aanvragen', aanvragenRoutes(platform))
      .route('/behandeling', behandelingRoutes(platform))
      .route('/raadplegen', raadplegenRoutes(platform))
      .route('/dashboard', dashboardRoutes(platform))
      .route('/vaststelling', vaststellingRoutes(platform))
      .route('/zaakdossier', zaakdossierRoutes(platform))
      .route('/opleidingen', opleidingenRoutes(platform)),
  migrations: bekostigingMigrations,
  demoData: (platform) => seedBekostigingDemo(platform),
  auditActies,
})

export default bekostigingApi

/** The type of bekostiging's API, for its typed client (`useSectionApi<BekostigingApi>`). */
export type BekostigingApi = ApiOf<typeof bekostigingApi>
