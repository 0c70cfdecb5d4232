/**
 * `/api/bekostiging/aanvragen…`: bijzondere bekostiging aanvragen. Concepts ("Nu bewaren") are
 * their maker's; submitting checks every rule of the category on today's date and gives a
 * referentienummer; a submitted aanvraag can only be withdrawn, and only before DUO decides.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  conflict,
  jsonLimit,
  lijstParams,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { CATEGORIEEN } from '../../regels/categorieen'
import { AANVRAAG_STATUSSEN, type BekostigingTables } from '../tables'
import { ZAAK_LEZEN, toegang } from '../shared/toegang'
import { bijlagenLimit } from '../shared/bijlagen'
import { scholenMetSoort } from '../shared/scholen'
import { zaakDetail } from '../zaakdossier/detail'
import { bezwaarForm, controleerTermijn, dienBezwaarIn } from '../bezwaren/indienen'
import { conceptSchema, nieuwConceptSchema } from './schemas'
import { indiening } from './indienen'
import * as store from './store'

const lijstQuery = z.object({
  status: z
    .enum(AANVRAAG_STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') })
    .optional(),
  categorie: z
    .enum(CATEGORIEEN, { message: tekst('Onbekende categorie', 'Unknown category') })
    .optional(),
  ...lijstParams,
})

const alAfgerond = (referentie: string | null) =>
  conflict(
    'al-ingediend',
    `Deze aanvraag is al ingediend (referentienummer ${referentie}) en kan niet meer worden gewijzigd.`,
    `This application has already been submitted (reference ${referentie}) and can no longer be changed.`,
  )

export function aanvragenRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, audit } = platform
  const laad = toegang(platform)
  const detail = zaakDetail(platform)
  const acties = indiening(platform)
  const now = () => clock.now()

  return (
    new Hono<AppEnv>()
      .use(requireLogin())
      .use(async (c, next) => {
        // Every answer here holds a bestuur's own (often personal) data.
        c.header('Cache-Control', 'no-store')
        await next()
      })
      // The schools the form offers, with their kind (sbo or not) for the categories that ask.
      .get('/scholen', async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'bekostiging.aanvraag.indienen', { bestuur }, now())
        return c.json({ scholen: await scholenMetSoort(db, bestuur) })
      })
      .get('/concepten', async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'bekostiging.aanvraag.indienen', { bestuur }, now())
        return c.json({
          concepten: await store.concepten(db, bestuur.bestuursnummer, auth.persoon.id),
        })
      })
      .get('/', valideer('query', lijstQuery), async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'bekostiging.raadplegen', { bestuur }, now())
        return c.json(await store.lijstAanvragen(db, bestuur.bestuursnummer, c.req.valid('query')))
      })
      .post('/', jsonLimit(), valideer('json', nieuwConceptSchema), async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'bekostiging.aanvraag.indienen', { bestuur }, now())
        const { categorie, gegevens } = c.req.valid('json')
        const aanvraag = await store.maakConcept(
          db,
          {
            bestuursnummer: bestuur.bestuursnummer,
            categorie,
            gegevens,
            eigenaar: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
          },
          now(),
        )
        await audit.append({
          actie: 'bekostiging.concept.bewaard',
          auth,
          bestuursnummer: bestuur.bestuursnummer,
          details: { aanvraagId: aanvraag.id, categorie },
        })
        return c.json({ aanvraag }, 201)
      })
      .get('/:id', async (c) => {
        const auth = authOf(c)
        const { aanvraag, bestuur } = await laad.aanvraag(auth, c.req.param('id'), [
          'bekostiging.aanvraag.indienen',
          ...ZAAK_LEZEN,
        ])
        return c.json(await detail.aanvraag(aanvraag, bestuur))
      })
      .put('/:id', jsonLimit(), valideer('json', conceptSchema), async (c) => {
        const auth = authOf(c)
        const { aanvraag } = await laad.aanvraag(auth, c.req.param('id'), [
          'bekostiging.aanvraag.indienen',
        ])
        if (aanvraag.status !== 'concept') throw alAfgerond(aanvraag.referentie)
        const bewaard = await store.wijzigConcept(
          db,
          aanvraag.id,
          c.req.valid('json').gegevens,
          now(),
        )
        if (!bewaard) throw alAfgerond(aanvraag.referentie)
        return c.json({ aanvraag: bewaard })
      })
      .delete('/:id', async (c) => {
        const auth = authOf(c)
        const { aanvraag } = await laad.aanvraag(auth, c.req.param('id'), [
          'bekostiging.aanvraag.indienen',
        ])
        if (aanvraag.status !== 'concept' || !(await store.verwijderConcept(db, aanvraag.id)))
          throw alAfgerond(aanvraag.referentie)
        await audit.append({
          actie: 'bekostiging.concept.verwijderd',
          auth,
          bestuursnummer: aanvraag.bestuursnummer,
          details: { aanvraagId: aanvraag.id, categorie: aanvraag.categorie },
        })
        return c.json({ verwijderd: true })
      })
      .post('/:id/indienen', async (c) => {
        const auth = authOf(c)
        const { aanvraag, bestuur } = await laad.aanvraag(auth, c.req.param('id'), [
          'bekostiging.aanvraag.indienen',
        ])
        if (aanvraag.status !== 'concept') throw alAfgerond(aanvraag.referentie)
        return c.json({ aanvraag: await acties.dienIn(auth, aanvraag, bestuur) })
      })
      .post('/:id/intrekken', async (c) => {
        const auth = authOf(c)
        const { aanvraag, bestuur } = await laad.aanvraag(auth, c.req.param('id'), [
          'bekostiging.aanvraag.indienen',
        ])
        return c.json({ aanvraag: await acties.trekIn(auth, aanvraag, bestuur) })
      })
      .post(
        '/:id/bezwaar',
        // Who may object, and whether the 6 weeks still run, is known before the body.
        async (c, next) => {
          const { aanvraag } = await laad.aanvraag(authOf(c), c.req.param('id'), [
            'bekostiging.bezwaar.indienen',
          ])
          const beschikking = await detail.beschikkingVan(aanvraag.id)
          if (!beschikking)
            throw conflict(
              'geen-beschikking',
              'Op deze aanvraag is nog niet beslist: er is nog geen beschikking om bezwaar tegen te maken.',
              'This application has not been decided yet: there is no beschikking (decision) to object to.',
            )
          controleerTermijn(beschikking.datum, now())
          await next()
        },
        bijlagenLimit(),
        valideer('form', bezwaarForm),
        async (c) => {
          const auth = authOf(c)
          const { aanvraag, bestuur } = await laad.aanvraag(auth, c.req.param('id'), [
            'bekostiging.bezwaar.indienen',
          ])
          const beschikking = (await detail.beschikkingVan(aanvraag.id))!
          const besluit = authorize(auth, 'bekostiging.bezwaar.indienen', { bestuur }, now())
          const bezwaar = await dienBezwaarIn(
            platform,
            auth,
            bestuur,
            {
              onderwerp: 'beschikking',
              aanvraagId: aanvraag.id,
              dagtekening: beschikking.datum,
              waartegen: `de beschikking ${beschikking.referentie} op aanvraag ${aanvraag.referentie}`,
              zaakId: aanvraag.id,
            },
            c.req.valid('form'),
            besluit.intermediary?.kvk ?? null,
            acties.door(auth),
          )
          return c.json({ bezwaar }, 201)
        },
      )
  )
}
