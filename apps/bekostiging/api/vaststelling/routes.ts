/**
 * `/api/bekostiging/vaststelling…`: the overzichten vaststelling tellingen of the bestuur (from
 * their configured date), each with its dagtekening and the bezwaar period of 6 weeks; filing a
 * bezwaar within it (grounds, school, bijlagen) gives a referentienummer and lands in DUO's queue.
 */
import { Hono } from 'hono'
import {
  actorOmschrijving,
  authOf,
  authorize,
  authorizeLoaded,
  downloadHeaders,
  nietGevonden,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import { bezwaarOpen, laatsteBezwaardag } from '../../regels/bezwaar'
import { datumTekst, vandaagVan } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { bezwarenTegen } from '../bezwaren/store'
import { bezwaarForm, controleerTermijn, dienBezwaarIn } from '../bezwaren/indienen'
import { bijlagenLimit } from '../shared/bijlagen'
import { haalVaststelling, vaststellingen } from './store'

const onbekend = () =>
  nietGevonden(
    'Dit overzicht vaststelling tellingen bestaat niet of u kunt het niet inzien.',
    'This overview of established counts does not exist or you cannot view it.',
  )

export function vaststellingRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, organisaties, documenten } = platform
  const now = () => clock.now()

  async function laad(
    auth: AuthContext,
    id: string,
    permission: 'bekostiging.vaststelling-tellingen.raadplegen' | 'bekostiging.bezwaar.indienen',
  ) {
    const v = await haalVaststelling(db, id)
    const bestuur = v && (await organisaties.bestuur(v.bestuursnummer))
    if (!v || !bestuur) throw onbekend()
    const besluit = authorizeLoaded(auth, permission, { bestuur }, now(), onbekend)
    return { v, bestuur, besluit }
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(async (c, next) => {
      c.header('Cache-Control', 'no-store')
      await next()
    })
    .get('/', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      authorize(auth, 'bekostiging.vaststelling-tellingen.raadplegen', { bestuur }, now())
      const vandaag = vandaagVan(now())
      const lijst = await vaststellingen(db, bestuur.bestuursnummer)
      const bezwaren = await bezwarenTegen(db, {
        vaststellingIds: lijst.map((l) => l.vaststelling.id),
      })
      const naam = new Map(bestuur.scholen.map((s) => [s.instellingscode, s.naam]))
      return c.json({
        vandaag,
        overzichten: lijst.map(({ vaststelling: v, tellingen }) => ({
          ...v,
          bezwaarMogelijkTot: laatsteBezwaardag(v.dagtekening),
          bezwaarOpen: bezwaarOpen(v.dagtekening, vandaag),
          tellingen: tellingen.map((t) => ({
            ...t,
            naam: naam.get(t.instellingscode) ?? t.instellingscode,
          })),
          totaal: tellingen.reduce((s, t) => s + t.totaal, 0),
          bezwaren: bezwaren
            .filter((b) => b.vaststellingId === v.id)
            .map((b) => ({
              id: b.id,
              referentie: b.referentie,
              status: b.status,
              ontvangenDag: b.ontvangenDag,
            })),
        })),
      })
    })
    .get('/:id/document', async (c) => {
      const { v } = await laad(
        authOf(c),
        c.req.param('id'),
        'bekostiging.vaststelling-tellingen.raadplegen',
      )
      const doc = v.documentId ? await documenten.get(v.documentId) : null
      if (!doc || doc.bestuursnummer !== v.bestuursnummer) throw onbekend()
      const bytes = await documenten.lees(doc)
      return c.body(
        bytes as Uint8Array<ArrayBuffer>,
        200,
        downloadHeaders(doc.contentType, doc.bestandsnaam, bytes.byteLength),
      )
    })
    .post(
      '/:id/bezwaar',
      // Who may object, and whether the 6 weeks still run, is known before the body is read.
      async (c, next) => {
        const { v } = await laad(authOf(c), c.req.param('id'), 'bekostiging.bezwaar.indienen')
        controleerTermijn(v.dagtekening, now())
        await next()
      },
      bijlagenLimit(),
      valideer('form', bezwaarForm),
      async (c) => {
        const auth = authOf(c)
        const { v, bestuur, besluit } = await laad(
          auth,
          c.req.param('id'),
          'bekostiging.bezwaar.indienen',
        )
        const bezwaar = await dienBezwaarIn(
          platform,
          auth,
          bestuur,
          {
            onderwerp: 'vaststelling',
            vaststellingId: v.id,
            dagtekening: v.dagtekening,
            waartegen: `het overzicht vaststelling tellingen ${v.referentie} (teldatum ${datumTekst(v.teldatum, 'nl')})`,
          },
          c.req.valid('form'),
          besluit.intermediary?.kvk ?? null,
          actorOmschrijving(auth),
        )
        return c.json({ bezwaar }, 201)
      },
    )
}
