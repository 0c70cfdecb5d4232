/**
 * `/api/bekostiging/raadplegen…`: the bestuur's funding per school and year with totals and
 * history, and the same lines as a CSV or XLSX download.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  downloadHeaders,
  ongeldigeInvoer,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import { vandaagVan } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { schoolParam } from '../shared/lijst'
import { csvExport, xlsxExport } from './export'
import { exportPagina, overzicht } from './store'

const jaar = z
  .string()
  .regex(/^\d{4}$/, tekst('Geef een jaar als 2022', 'Give a year such as 2022'))
  .transform(Number)
  .optional()
const raadpleegQuery = z.object({ jaar, school: schoolParam.optional() })

export function raadplegenRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, audit, logger } = platform
  const now = () => clock.now()

  function bestuurVoor(auth: AuthContext, school?: string) {
    const bestuur = requireBestuur(auth)
    if (school && !bestuur.scholen.some((s) => s.instellingscode === school))
      throw ongeldigeInvoer([
        {
          veld: 'school',
          nl: 'Kies een school van uw bestuur',
          en: 'Choose a school of your board',
        },
      ])
    authorize(auth, 'bekostiging.raadplegen', school ? { bestuur, school } : { bestuur }, now())
    return bestuur
  }

  async function download(
    auth: AuthContext,
    bestuursnummer: string,
    soort: 'csv' | 'xlsx',
    j?: number,
  ) {
    await audit.append({
      actie: 'bekostiging.bekostiging.geexporteerd',
      auth,
      bestuursnummer,
      details: { soort, jaar: j ?? null },
    })
    return `bekostiging-${bestuursnummer}${j ? `-${j}` : ''}-${vandaagVan(now())}.${soort}`
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', raadpleegQuery), async (c) => {
      const { jaar: j, school } = c.req.valid('query')
      const bestuur = bestuurVoor(authOf(c), school)
      c.header('Cache-Control', 'no-store')
      return c.json(await overzicht(db, bestuur, { jaar: j, school }))
    })
    .get('/export.csv', valideer('query', raadpleegQuery), async (c) => {
      const auth = authOf(c)
      const { jaar: j } = c.req.valid('query')
      const bestuur = bestuurVoor(auth)
      const naam = await download(auth, bestuur.bestuursnummer, 'csv', j)
      const scholen = new Map(bestuur.scholen.map((s) => [s.instellingscode, s.naam]))
      return c.body(
        csvExport(exportPagina(db, bestuur.bestuursnummer, j), scholen),
        200,
        downloadHeaders('text/csv', naam),
      )
    })
    .get('/export.xlsx', valideer('query', raadpleegQuery), async (c) => {
      const auth = authOf(c)
      const { jaar: j } = c.req.valid('query')
      const bestuur = bestuurVoor(auth)
      const naam = await download(auth, bestuur.bestuursnummer, 'xlsx', j)
      const scholen = new Map(bestuur.scholen.map((s) => [s.instellingscode, s.naam]))
      return c.body(
        xlsxExport(exportPagina(db, bestuur.bestuursnummer, j), scholen, logger),
        200,
        downloadHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', naam),
      )
    })
}
