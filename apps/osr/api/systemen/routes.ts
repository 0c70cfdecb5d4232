/** `/api/osr/systemen`: the approved systems a bestuur chooses from (no endpoints, no people). */
import { Hono } from 'hono'
import { authOf, requireLogin, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { toegang } from '../shared/toegang'
import { listSystemen } from './store'

export function systemenRoutes(platform: SectionPlatform<OsrTables>) {
  const mag = toegang(platform)
  return new Hono<AppEnv>().use(requireLogin()).get('/', async (c) => {
    mag.eigenBestuur(authOf(c), 'osr.raadplegen')
    const systemen = await listSystemen(platform.db, { status: 'goedgekeurd' })
    return c.json({
      systemen: systemen.map((s) => ({
        id: s.id,
        naam: s.naam,
        leverancier: s.leverancier.naam,
        diensten: s.diensten,
        kwalificatieOp: s.kwalificatieOp,
      })),
    })
  })
}
