/** `/api/osr/register`: Kennisnet's own part of the register (overeenkomsten, systems). */
import { Hono } from 'hono'
import type { AppEnv, SectionPlatform } from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { aanvragenRoutes } from './aanvragen'
import { registerSystemenRoutes } from './systemen'

export function registerRoutes(platform: SectionPlatform<OsrTables>) {
  return new Hono<AppEnv>()
    .route('/aanvragen', aanvragenRoutes(platform))
    .route('/systemen', registerSystemenRoutes(platform))
}
