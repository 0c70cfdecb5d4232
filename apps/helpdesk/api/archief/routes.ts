/**
 * `/api/helpdesk/archief…`: the bestuur's digitaal archief. Documents come from every section
 * through the platform's documents service (a beschikking of bekostiging, a letter of DUO).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  DOCUMENTSOORTEN,
  authOf,
  authorize,
  authorizeLoaded,
  downloadHeaders,
  nietGevonden,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { HelpdeskTables } from '../tables'
import { aantal, na, pagina, richting, voor, zoek } from '../shared/lijst'

const archiefQuery = z.object({
  soort: z
    .enum(DOCUMENTSOORTEN, {
      message: tekst('Onbekende soort document', 'Unknown kind of document'),
    })
    .optional(),
  zoek,
  richting,
  pagina,
  aantal,
  na,
  voor,
})

const documentNietGevonden = () =>
  nietGevonden(
    'Dit document bestaat niet of u kunt het niet inzien.',
    'This document does not exist or you cannot view it.',
  )

export function archiefRoutes(platform: SectionPlatform<HelpdeskTables>) {
  const { clock, documenten, organisaties } = platform
  const now = () => clock.now()
  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', archiefQuery), async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      authorize(auth, 'helpdesk.archief.lezen', { bestuur }, now())
      c.header('Cache-Control', 'no-store')
      const lijst = await documenten.lijst(bestuur.bestuursnummer, c.req.valid('query'))
      return c.json(lijst)
    })
    .get('/:id/download', async (c) => {
      const auth = authOf(c)
      const document = await documenten.get(c.req.param('id'))
      if (!document) throw documentNietGevonden()
      const bestuur = await organisaties.bestuur(document.bestuursnummer)
      if (!bestuur) throw documentNietGevonden()
      authorizeLoaded(auth, 'helpdesk.archief.lezen', { bestuur }, now(), documentNietGevonden)
      const bytes = await documenten.lees(document)
      return c.body(
        bytes as Uint8Array<ArrayBuffer>,
        200,
        downloadHeaders(document.contentType, document.bestandsnaam, bytes.byteLength),
      )
    })
}
