/**
 * `/api/bekostiging/opleidingen`: the bestuur's aangeboden opleidingen as registered in RIO, read
 * only, for the medewerker opleidingen. Changing them happens in RIO itself (see the README).
 */
import { Hono } from 'hono'
import {
  authOf,
  may,
  requireBestuur,
  requireLogin,
  authorize,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BekostigingTables } from '../tables'

export function opleidingenRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock } = platform
  return new Hono<AppEnv>().use(requireLogin()).get('/', async (c) => {
    const auth = authOf(c)
    const bestuur = requireBestuur(auth)
    // Either role of the medewerker opleidingen opens the page; the reason is the first's.
    if (!may(auth, 'opleidingen.examenresultaten.uitwisselen', { bestuur }, clock.now()))
      authorize(auth, 'opleidingen.aanbod.wijzigen', { bestuur }, clock.now())
    const rows = await db
      .selectFrom('bekostiging_aangeboden_opleiding')
      .selectAll()
      .where('bestuursnummer', '=', bestuur.bestuursnummer)
      .orderBy('instellingscode')
      .orderBy('begindatum')
      .execute()
    const naam = new Map(bestuur.scholen.map((s) => [s.instellingscode, s.naam]))
    c.header('Cache-Control', 'no-store')
    return c.json({
      opleidingen: rows.map((r) => ({
        aangebodenOpleidingcode: r.id,
        instellingscode: r.instellingscode,
        schoolNaam: naam.get(r.instellingscode) ?? r.instellingscode,
        onderwijsaanbiedercode: r.onderwijsaanbiedercode,
        opleidingseenheidcode: r.opleidingseenheidcode,
        naam: r.naam,
        doelgroep: r.doelgroep,
        onderwijslocatiecode: r.onderwijslocatiecode,
        begindatum: r.begindatum,
        einddatum: r.einddatum,
      })),
    })
  })
}
