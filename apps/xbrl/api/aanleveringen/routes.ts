/**
 * `/api/xbrl/aanleveringen`: a bestuur's aanleveringen (list, detail, findings, preview, the
 * file), uploading an instance and submitting it. DUO's behandelaar reads submitted ones here
 * too; changing their status is `behandeling/`.
 */
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  cursorParam,
  downloadHeaders,
  nietGevonden,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { toegang } from '../shared/toegang'
import type { XbrlTables } from '../tables'
import { bevindingenPagina, bevindingenPerOnderdeel, resultaatVan } from '../validatie/store'
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
] as const

/**
 * The findings: per onderdeel its counts and its first page; `?onderdeel=…&na=…` (or `voor`)
 * one onderdeel's next (or previous) page.
 */
const bevindingenQuery = z.object({
  onderdeel: z
    .enum(ONDERDELEN, { message: tekst('Onbekend onderdeel', 'Unknown part') })
    .optional(),
  aantal: z
    .string()
    .regex(/^\d{1,6}$/, tekst('Aantal: geef een heel getal', 'Number: give a whole number'))
    .transform(Number)
    .optional(),
  na: cursorParam,
  voor: cursorParam,
})

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
    .get('/:id/bevindingen', valideer('query', bevindingenQuery), async (c) => {
      const { aanlevering } = await t.omTeLezen(authOf(c), c.req.param('id'))
      const { onderdeel: gevraagd, ...positie } = c.req.valid('query')
      const [v, resultaat] = await Promise.all([
        w.validatie(aanlevering),
        resultaatVan(db, aanlevering.id),
      ])
      const perOnderdeel = await bevindingenPerOnderdeel(db, aanlevering.id, resultaat, ONDERDELEN)
      const totaal = Object.values(resultaat?.perRule ?? {}).reduce((n, x) => n + x, 0)
      const opgeslagen = Object.values(perOnderdeel).reduce(
        (n, x) => n + x.fouten + x.waarschuwingen,
        0,
      )
      const getoond = ONDERDELEN.filter(
        (o) =>
          (!gevraagd || o === gevraagd) &&
          (perOnderdeel[o]?.fouten ?? 0) + (perOnderdeel[o]?.waarschuwingen ?? 0) > 0,
      )
      const onderdelen = await Promise.all(
        getoond.map(async (onderdeel) => ({
          onderdeel,
          fouten: perOnderdeel[onderdeel]?.fouten ?? 0,
          waarschuwingen: perOnderdeel[onderdeel]?.waarschuwingen ?? 0,
          ...(await bevindingenPagina(
            db,
            aanlevering.id,
            onderdeel,
            gevraagd ? positie : { aantal: positie.aantal },
          )),
        })),
      )
      return c.json({
        validatie: v,
        nietGetoond: Math.max(0, totaal - opgeslagen),
        onderdelen,
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
