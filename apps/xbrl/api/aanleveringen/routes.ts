/**
 * `/api/xbrl/aanleveringen`: a bestuur's aanleveringen (list, detail, findings, preview, the
 * file), uploading an instance and submitting it. DUO's behandelaar reads submitted ones here
 * too; changing their status is `behandeling/`.
 */
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import {
  authOf,
  authorize,
  downloadHeaders,
  nietGevonden,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { toegang } from '../shared/toegang'
import type { XbrlTables } from '../tables'
import { bevindingenVan, resultaatVan } from '../validatie/store'
import { indienen } from './indienen'
import { lijst, lijstQuery } from './lijst'
import { SOORT } from './ontvangst'
import { uploadQuery, uploaden } from './upload'
import { weergave } from './weergave'

const ONDERDELEN = [
  'bestand',
  'documentinformatie',
  'balans',
  'staat-van-baten-en-lasten',
  'kasstroomoverzicht',
  'kengetallen',
  'toelichting',
  'overig',
]

export function aanleveringenRoutes(platform: SectionPlatform<XbrlTables>) {
  const { db, clock, bestanden } = platform
  const t = toegang(platform)
  const w = weergave(platform)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(async (c, next) => {
      await next()
      // Everything here is a bestuur's own data.
      c.header('Cache-Control', 'private, no-store')
    })
    .get('/', valideer('query', lijstQuery), async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      authorize(auth, 'xbrl.jaarverantwoording.raadplegen', { bestuur }, clock.now())
      return c.json(
        await lijst(db, { ...c.req.valid('query'), bestuursnummer: bestuur.bestuursnummer }),
      )
    })
    .get('/:id', async (c) => {
      const auth = authOf(c)
      const { aanlevering, bestuur } = await t.omTeLezen(auth, c.req.param('id'))
      return c.json(await w.detail(auth, aanlevering, bestuur))
    })
    .get('/:id/bevindingen', async (c) => {
      const { aanlevering } = await t.omTeLezen(authOf(c), c.req.param('id'))
      const alle = await bevindingenVan(db, aanlevering.id)
      const v = await w.validatie(aanlevering)
      const perRegel = (await resultaatVan(db, aanlevering.id))?.perRule ?? {}
      const totaal = Object.values(perRegel).reduce((n, x) => n + x, 0)
      return c.json({
        validatie: v,
        nietGetoond: Math.max(0, totaal - alle.length),
        onderdelen: ONDERDELEN.map((onderdeel) => {
          const hier = alle.filter((b) => b.onderdeel === onderdeel)
          return {
            onderdeel,
            fouten: hier.filter((b) => b.ernst === 'error').length,
            waarschuwingen: hier.filter((b) => b.ernst === 'warning').length,
            bevindingen: hier,
          }
        }).filter((o) => o.bevindingen.length > 0),
      })
    })
    .get('/:id/overzicht', async (c) => {
      const { aanlevering } = await t.omTeLezen(authOf(c), c.req.param('id'))
      const r = aanlevering.gevalideerd?.actueel ? await resultaatVan(db, aanlevering.id) : null
      return c.json({
        verslagjaar: aanlevering.verslagjaar,
        versie: aanlevering.versie,
        staten: r?.overzicht ?? [],
        kengetallen: r?.kengetallen ?? [],
        instance: r?.instance ?? null,
      })
    })
    .get('/:id/bestand', async (c) => {
      const { aanlevering: a } = await t.omTeLezen(authOf(c), c.req.param('id'))
      if (!a.opslagNaam || !a.bestand)
        throw nietGevonden('Er is nog geen bestand aangeleverd.', 'No file has been uploaded yet.')
      const { stream, grootte } = await bestanden.leesStroom(SOORT, a.opslagNaam)
      return c.body(
        Readable.toWeb(stream) as ReadableStream,
        200,
        downloadHeaders('application/xml', a.bestand.naam, grootte),
      )
    })
    .put('/:id/bestand', valideer('query', uploadQuery), (c) => uploaden(platform, c))
    .post('/:id/indienen', async (c) => {
      const auth = authOf(c)
      const { aanlevering, bestuur } = await t.voorBestuur(
        auth,
        c.req.param('id'),
        'xbrl.jaarverantwoording.indienen',
      )
      const ingediend = await indienen(
        platform,
        auth,
        aanlevering,
        bestuur,
        await w.validatie(aanlevering),
      )
      return c.json(await w.detail(auth, ingediend, bestuur))
    })
}
