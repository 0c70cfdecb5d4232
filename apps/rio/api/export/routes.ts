/**
 * `/api/rio/export`: the bestuur's register on a date as open data, JSON (all lists) or CSV
 * (one list), as a download.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  downloadHeaders,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { dagOf, geldigOp } from '../shared/invoer'
import { vereisLezen } from '../shared/toegang'
import { standOp } from '../register/store'
import type { RioTables } from '../tables'
import { alsCsv, EXPORTSOORTEN, KOLOMMEN, openData } from './opendata'

const exportQuery = z.object({
  geldigOp,
  formaat: z
    .enum(['json', 'csv'], { message: tekst('Kies json of csv', 'Choose json or csv') })
    .optional(),
  soort: z
    .enum(EXPORTSOORTEN, {
      message: tekst('Kies een lijst van het register', 'Choose a list of the register'),
    })
    .optional(),
})

export function exportRoutes(platform: SectionPlatform<RioTables>) {
  const { db, clock } = platform
  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', exportQuery), async (c) => {
      const now = clock.now()
      const bestuur = vereisLezen(authOf(c), now)
      const q = c.req.valid('query')
      const dag = dagOf(q.geldigOp, now)
      const lijsten = openData(await standOp(db, bestuur.bestuursnummer, dag))
      const naam = `rio-${bestuur.bestuursnummer}-${q.soort ?? 'register'}-${dag}`
      if (q.formaat === 'csv') {
        const soort = q.soort ?? 'onderwijsaanbieders'
        const bytes = new TextEncoder().encode(alsCsv(lijsten[soort], KOLOMMEN[soort]))
        return c.body(bytes, 200, downloadHeaders('text/csv', `${naam}.csv`, bytes.byteLength))
      }
      const inhoud = q.soort
        ? { geldigOp: dag, [q.soort]: lijsten[q.soort] }
        : { geldigOp: dag, ...lijsten }
      const bytes = new TextEncoder().encode(JSON.stringify(inhoud, null, 2))
      return c.body(
        bytes,
        200,
        downloadHeaders('application/json', `${naam}.json`, bytes.byteLength),
      )
    })
}
