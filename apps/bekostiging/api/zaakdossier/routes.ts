/**
 * `/api/bekostiging/zaakdossier…`: every aanvraag and bezwaar of the bestuur as a zaak, with
 * filters; one zaak with its timeline, documents and bijlagen. Read only: the raadpleger
 * zaakdossier and the medewerker bekostiging read it; writes are elsewhere and refuse him.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorizeLoaded,
  downloadHeaders,
  lijstParams,
  nietGevonden,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { CATEGORIEEN } from '../../regels/categorieen'
import { vandaagVan } from '../../regels/datum'
import { AANVRAAG_STATUSSEN, BEZWAAR_STATUSSEN, type BekostigingTables } from '../tables'
import { schoolParam } from '../shared/lijst'
import { ZAAK_LEZEN, authorizeEen, toegang } from '../shared/toegang'
import { downloadBijlage } from '../shared/bijlagen'
import { zoekZaken } from '../shared/zaken'
import { zaakDetail } from './detail'

const STATUSSEN = [...new Set(['open', ...AANVRAAG_STATUSSEN, ...BEZWAAR_STATUSSEN])].filter(
  (s) => s !== 'concept',
) as [string, ...string[]]

const dossierQuery = z.object({
  soort: z
    .enum(['aanvraag', 'bezwaar'], {
      message: tekst('Kies aanvraag of bezwaar', 'Choose aanvraag or bezwaar'),
    })
    .optional(),
  status: z.enum(STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') }).optional(),
  categorie: z
    .enum(CATEGORIEEN, { message: tekst('Onbekende categorie', 'Unknown category') })
    .optional(),
  jaar: z
    .string()
    .regex(/^\d{4}$/, tekst('Geef een jaar als 2022', 'Give a year such as 2022'))
    .transform(Number)
    .optional(),
  school: schoolParam.optional(),
  ...lijstParams,
})

const documentNietGevonden = () =>
  nietGevonden(
    'Dit document bestaat niet of u kunt het niet inzien.',
    'This document does not exist or you cannot view it.',
  )

export function zaakdossierRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, documenten, organisaties, bestanden } = platform
  const laad = toegang(platform)
  const detail = zaakDetail(platform)
  const now = () => clock.now()

  return (
    new Hono<AppEnv>()
      .use(requireLogin())
      .use(async (c, next) => {
        c.header('Cache-Control', 'no-store')
        await next()
      })
      .get('/', valideer('query', dossierQuery), async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorizeEen(auth, ZAAK_LEZEN, { bestuur }, now(), () => nietGevonden())
        const lijst = await zoekZaken(
          db,
          { ...c.req.valid('query'), bestuursnummer: bestuur.bestuursnummer, sorteer: 'ontvangen' },
          vandaagVan(now()),
        )
        const naam = new Map(bestuur.scholen.map((s) => [s.instellingscode, s.naam]))
        return c.json({
          ...lijst,
          zaken: lijst.zaken.map((z) => ({
            ...z,
            schoolNaam: (z.instellingscode && naam.get(z.instellingscode)) || null,
          })),
        })
      })
      .get('/aanvragen/:id', async (c) => {
        const { aanvraag, bestuur } = await laad.aanvraag(authOf(c), c.req.param('id'), ZAAK_LEZEN)
        if (aanvraag.status === 'concept') throw nietGevonden()
        return c.json(await detail.aanvraag(aanvraag, bestuur))
      })
      .get('/bezwaren/:id', async (c) => {
        const { bezwaar, bestuur } = await laad.bezwaar(authOf(c), c.req.param('id'), ZAAK_LEZEN)
        return c.json(await detail.bezwaar(bezwaar, bestuur))
      })
      .get('/bezwaren/:id/bijlagen/:bijlageId', async (c) => {
        const { bezwaar } = await laad.bezwaar(authOf(c), c.req.param('id'), ZAAK_LEZEN)
        return downloadBijlage(c, db, bestanden, bezwaar.id, c.req.param('bijlageId'))
      })
      // A document of a zaak: the bestuur's own people with zaak rights, and DUO's behandelaar.
      .get('/documenten/:id', async (c) => {
        const auth = authOf(c)
        const doc = await documenten.get(c.req.param('id'))
        if (!doc || doc.bron !== platform.id || !doc.zaakReferentie) throw documentNietGevonden()
        const bestuur = await organisaties.bestuur(doc.bestuursnummer)
        if (!bestuur) throw documentNietGevonden()
        if (auth.bestuur) authorizeEen(auth, ZAAK_LEZEN, { bestuur }, now(), documentNietGevonden)
        else
          authorizeLoaded(auth, 'bekostiging.behandelen', { bestuur }, now(), documentNietGevonden)
        const bytes = await documenten.lees(doc)
        return c.body(
          bytes as Uint8Array<ArrayBuffer>,
          200,
          downloadHeaders(doc.contentType, doc.bestandsnaam, bytes.byteLength),
        )
      })
  )
}
