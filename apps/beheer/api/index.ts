/**
 * Beheer's part of the BFF (`/api/beheer`): everyone's own roles, autorisatiebeheer by the
 * beheerders of a bestuur, the notices about new roles, aanmeldingen of beheerders (reviewed by
 * the DUO security servicedesk) and the logboek.
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { BeheerTables } from './tables'
import { beheerMigrations } from './migrations'
import { mijnRollenRoutes } from './mijn-rollen/routes'
import { autorisatiesRoutes } from './autorisaties/routes'
import { nieuweRollenRoutes } from './nieuwe-rollen/routes'
import { aanmeldingenRoutes } from './aanmeldingen/routes'
import { logboekRoutes } from './logboek/routes'

const beheerApi = defineApiSection({
  id: 'beheer',
  routes: (platform: SectionPlatform<BeheerTables>) =>
    new Hono<AppEnv>()
      .route('/mijn-rollen', mijnRollenRoutes(platform))
      .route('/autorisaties', autorisatiesRoutes(platform))
      .route('/nieuwe-rollen', nieuweRollenRoutes(platform))
      .route('/aanmeldingen', aanmeldingenRoutes(platform))
      .route('/', logboekRoutes(platform)),
  migrations: beheerMigrations,
  auditActies: {
    'beheer.rol.toegekend': { nl: 'Rol toegekend', en: 'Role assigned' },
    'beheer.rol.ingetrokken': { nl: 'Rol ingetrokken', en: 'Role revoked' },
    'beheer.rol.periode-gewijzigd': {
      nl: 'Geldigheid van een rol gewijzigd',
      en: 'Validity period of a role changed',
    },
    'beheer.aanmelding.ingediend': { nl: 'Aanmelding ingediend', en: 'Registration submitted' },
    'beheer.aanmelding.goedgekeurd': { nl: 'Aanmelding goedgekeurd', en: 'Registration approved' },
    'beheer.aanmelding.afgewezen': { nl: 'Aanmelding afgewezen', en: 'Registration rejected' },
  },
})

export default beheerApi

/** The type of beheer's API, for its typed client (`useSectionApi<BeheerApi>('beheer')`). */
export type BeheerApi = ApiOf<typeof beheerApi>
