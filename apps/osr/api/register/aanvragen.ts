/**
 * `/api/osr/register/aanvragen`: Kennisnet's queue of requests for the overeenkomst OSR. Recording
 * the signature sets the platform's flag on the bestuur in the same transaction, so from that
 * moment `@duo/authz` lets the beheerder po grant OSR-toegang (and lets it count).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorizeLoaded,
  conflict,
  inTransaction,
  jsonLimit,
  nietGevonden,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { AANVRAAG_STATUSSEN, type OsrTables } from '../tables'
import { dag, vandaagOp } from '../shared/datum'
import { regel } from '../shared/invoer'
import { doorVan, toegang } from '../shared/toegang'
import { weigerPeriode } from '../mandaten/regels'
import * as store from '../overeenkomst/store'

const aanvraagNietGevonden = () =>
  nietGevonden('Deze aanvraag bestaat niet.', 'This request does not exist.')

const lijstQuery = z.object({
  status: z
    .enum(AANVRAAG_STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') })
    .optional(),
})

const tekenInvoer = z.object({
  getekendOp: dag({ nl: 'datum van ondertekening', en: 'date of signature' }),
  ondertekenaarNaam: regel({ nl: 'naam van wie tekende', en: 'name of the signatory' }).optional(),
  ondertekenaarFunctie: regel({
    nl: 'functie van wie tekende',
    en: 'position of the signatory',
  }).optional(),
})

const afwijsInvoer = z.object({
  reden: regel({ nl: 'reden', en: 'reason' }, 2000),
})

const datumNl = (d: string) => d.split('-').reverse().join('-')

export function aanvragenRoutes(platform: SectionPlatform<OsrTables>) {
  const { db, clock, audit, organisaties } = platform
  const mag = toegang(platform)

  /** An open request, decided on its own bestuur. */
  async function open(auth: Parameters<typeof mag.beheerder>[0], id: string) {
    const aanvraag = await store.getAanvraag(db, id)
    const bestuur = aanvraag ? await organisaties.bestuur(aanvraag.bestuursnummer) : null
    if (!aanvraag || !bestuur) throw aanvraagNietGevonden()
    authorizeLoaded(auth, 'osr.register.beheren', { bestuur }, clock.now(), aanvraagNietGevonden)
    if (aanvraag.status !== 'ingediend') throw alBehandeld()
    return { aanvraag, bestuur }
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', lijstQuery), async (c) => {
      mag.beheerder(authOf(c))
      const [aanvragen, besturen] = await Promise.all([
        store.listAanvragen(db, c.req.valid('query').status),
        organisaties.besturen(),
      ])
      const naam = new Map(besturen.map((b) => [b.bestuursnummer, b.naam]))
      c.header('Cache-Control', 'no-store')
      return c.json({
        aanvragen: aanvragen.map((a) => ({
          ...a,
          bestuurNaam: naam.get(a.bestuursnummer) ?? a.bestuursnummer,
        })),
      })
    })
    .post(
      '/:id/tekenen',
      mag.voorafBeheerder(),
      jsonLimit(),
      valideer('json', tekenInvoer),
      async (c) => {
        const auth = authOf(c)
        const { aanvraag, bestuur } = await open(auth, c.req.param('id'))
        const input = c.req.valid('json')
        const vandaag = vandaagOp(clock.now())
        const aangevraagd = vandaagOp(new Date(aanvraag.aangevraagdOp))
        if (input.getekendOp > vandaag || input.getekendOp < aangevraagd)
          weigerPeriode([
            {
              veld: 'getekendOp',
              nl: `De datum van ondertekening ligt tussen de aanvraag (${datumNl(aangevraagd)}) en vandaag (${datumNl(vandaag)})`,
              en: `The date of signature lies between the request (${datumNl(aangevraagd)}) and today (${datumNl(vandaag)})`,
            },
          ])
        if (bestuur.osrOvereenkomstGetekend)
          throw conflict(
            'al-getekend',
            `${bestuur.naam} heeft de overeenkomst OSR al getekend.`,
            `${bestuur.naam} has already signed the overeenkomst OSR.`,
          )
        await inTransaction(db, async (trx) => {
          const gelukt = await store.legVast(
            trx,
            aanvraag,
            {
              getekendOp: input.getekendOp,
              ondertekenaarNaam: input.ondertekenaarNaam ?? aanvraag.ondertekenaar.naam,
              ondertekenaarFunctie: input.ondertekenaarFunctie ?? aanvraag.ondertekenaar.functie,
              door: doorVan(auth),
            },
            clock.now(),
          )
          if (!gelukt) throw alBehandeld()
          await organisaties.zetOsrOvereenkomst(bestuur.bestuursnummer, true, { in: trx })
          await audit.append(
            {
              actie: 'osr.overeenkomst.vastgelegd',
              auth,
              actorOmschrijving: `${auth.persoon.naam} (Kennisnet)`,
              bestuursnummer: bestuur.bestuursnummer,
              details: {
                aanvraagId: aanvraag.id,
                referentie: aanvraag.referentie,
                getekendOp: input.getekendOp,
              },
            },
            { in: trx },
          )
        })
        return c.json({
          aanvraag: await store.getAanvraag(db, aanvraag.id),
          overeenkomst: await store.getOvereenkomst(db, bestuur.bestuursnummer),
        })
      },
    )
    .post(
      '/:id/afwijzen',
      mag.voorafBeheerder(),
      jsonLimit(),
      valideer('json', afwijsInvoer),
      async (c) => {
        const auth = authOf(c)
        const { aanvraag, bestuur } = await open(auth, c.req.param('id'))
        const { reden } = c.req.valid('json')
        await inTransaction(db, async (trx) => {
          if (!(await store.wijsAf(trx, aanvraag, { reden, door: doorVan(auth) }, clock.now())))
            throw alBehandeld()
          await audit.append(
            {
              actie: 'osr.overeenkomst.afgewezen',
              auth,
              actorOmschrijving: `${auth.persoon.naam} (Kennisnet)`,
              bestuursnummer: bestuur.bestuursnummer,
              details: { aanvraagId: aanvraag.id, referentie: aanvraag.referentie },
            },
            { in: trx },
          )
        })
        return c.json({ aanvraag: await store.getAanvraag(db, aanvraag.id) })
      },
    )
}

const alBehandeld = () =>
  conflict(
    'al-behandeld',
    'Deze aanvraag is al behandeld.',
    'This request has already been handled.',
  )
