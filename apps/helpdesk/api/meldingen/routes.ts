/** `/api/helpdesk/overzicht` and `/meldingen…`: a bestuur's own meldingen and conversation. */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  conflict,
  ongeldigeInvoer,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import { CATEGORIEEN, STATUSSEN, type HelpdeskTables } from '../tables'
import { aantal, na, pagina, richting, voor, zoek } from '../shared/lijst'
import { alsLijst, bijlagenLimit, downloadBijlage, metBijlagen } from '../shared/bijlagen'
import { toegang } from '../shared/toegang'
import * as store from './store'
import { markGelezen } from './gelezen'

export const lijstQuery = z.object({
  status: z.enum(STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') }).optional(),
  zoek,
  sorteer: z
    .enum(['bijgewerkt', 'aangemaakt'], {
      message: tekst('Sorteer op bijgewerkt of aangemaakt', 'Sort by bijgewerkt or aangemaakt'),
    })
    .optional(),
  richting,
  pagina,
  aantal,
  na,
  voor,
})

const bestanden = z.union([z.instanceof(File), z.array(z.instanceof(File))]).optional()
const berichtTekst = z
  .string()
  .trim()
  .min(1, tekst('Vul uw bericht in', 'Enter your message'))
  .max(
    10_000,
    tekst(
      'Het bericht is te lang (hoogstens 10.000 tekens)',
      'The message is too long (at most 10,000 characters)',
    ),
  )

const meldingForm = z.object({
  onderwerp: z
    .string()
    .trim()
    .min(1, tekst('Vul het onderwerp in', 'Enter the subject'))
    .max(
      200,
      tekst(
        'Het onderwerp is te lang (hoogstens 200 tekens)',
        'The subject is too long (at most 200 characters)',
      ),
    ),
  categorie: z.enum(CATEGORIEEN, { message: tekst('Kies een categorie', 'Choose a category') }),
  instellingscode: z.string().trim().optional(),
  omschrijving: berichtTekst,
  bijlage: bestanden,
})
export const reactieForm = z.object({ tekst: berichtTekst, bijlage: bestanden })

export function meldingenRoutes(platform: SectionPlatform<HelpdeskTables>) {
  const { db, clock, audit, personen, bestanden: opslag } = platform
  const melding = toegang(platform)
  const now = () => clock.now()

  // The old accounts as a subquery: a list costs one round trip to the database, not two.
  function viewer(auth: AuthContext, bestuursnummer: string): store.Viewer {
    return {
      bestuursnummer,
      persoonId: auth.persoon.id,
      oudeAccounts: personen.zichtbareOudeAccountsSelectie({
        bestuursnummer,
        persoonId: auth.persoon.id,
      }),
    }
  }

  return (
    new Hono<AppEnv>()
      .use(requireLogin())
      // For the landing page: how many meldingen have an answer this person has not read yet.
      .get('/overzicht', async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'helpdesk.melding.lezen', { bestuur }, now())
        c.header('Cache-Control', 'no-store')
        return c.json(await store.overzicht(db, viewer(auth, bestuur.bestuursnummer)))
      })
      .get('/meldingen', valideer('query', lijstQuery), async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'helpdesk.melding.lezen', { bestuur }, now())
        c.header('Cache-Control', 'no-store')
        return c.json(
          await store.listMeldingen(db, viewer(auth, bestuur.bestuursnummer), c.req.valid('query')),
        )
      })
      .post(
        '/meldingen',
        // Who may file one is known before the body: refuse before reading 50 MB of it.
        async (c, next) => {
          const auth = authOf(c)
          authorize(auth, 'helpdesk.melding.indienen', { bestuur: requireBestuur(auth) }, now())
          await next()
        },
        bijlagenLimit(),
        valideer('form', meldingForm),
        async (c) => {
          const auth = authOf(c)
          const bestuur = requireBestuur(auth)
          const input = c.req.valid('form')
          const instellingscode = input.instellingscode?.toUpperCase() || null
          if (
            instellingscode &&
            !bestuur.scholen.some((s) => s.instellingscode === instellingscode)
          ) {
            throw ongeldigeInvoer(
              [
                {
                  veld: 'instellingscode',
                  nl: 'Kies een school van uw bestuur',
                  en: 'Choose a school of your board',
                },
              ],
              'Kies een school van uw bestuur.',
              'Choose a school of your board.',
            )
          }
          authorize(
            auth,
            'helpdesk.melding.indienen',
            instellingscode ? { bestuur, school: instellingscode } : { bestuur },
            now(),
          )
          const legacyAccountId =
            auth.session.methode === 'helpdesk-wachtwoord'
              ? await personen.eigenOudAccount(auth.persoon.id, bestuur.bestuursnummer)
              : null
          const nieuw = await metBijlagen(opslag, alsLijst(input.bijlage), (bijlagen) =>
            store.createMelding(
              db,
              {
                bestuursnummer: bestuur.bestuursnummer,
                instellingscode,
                onderwerp: input.onderwerp,
                categorie: input.categorie,
                omschrijving: input.omschrijving,
                auteur: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
                legacyAccountId,
                bijlagen,
              },
              now(),
            ),
          )
          await audit.append({
            actie: 'helpdesk.melding.ingediend',
            auth,
            bestuursnummer: bestuur.bestuursnummer,
            details: { meldingId: nieuw.id, referentie: nieuw.referentie },
          })
          return c.json({ melding: nieuw }, 201)
        },
      )
      .get('/meldingen/:id', async (c) => {
        const auth = authOf(c)
        const m = await melding.voorBestuur(auth, c.req.param('id'), 'helpdesk.melding.lezen')
        const [, detail] = await Promise.all([
          markGelezen(db, m, auth.persoon.id, now()),
          melding.detail(m, auth),
        ])
        c.header('Cache-Control', 'no-store')
        return c.json(detail)
      })
      .post(
        '/meldingen/:id/reacties',
        async (c, next) => {
          await melding.voorBestuur(authOf(c), c.req.param('id'), 'helpdesk.melding.indienen')
          await next()
        },
        bijlagenLimit(),
        valideer('form', reactieForm),
        async (c) => {
          const auth = authOf(c)
          const m = await melding.voorBestuur(auth, c.req.param('id'), 'helpdesk.melding.indienen')
          if (m.status === 'afgehandeld') {
            throw conflict(
              'afgehandeld',
              'Deze melding is afgehandeld. Doe een nieuwe melding als u nog een vraag hebt.',
              'This melding has been closed. Please create a new one if you have another question.',
            )
          }
          const input = c.req.valid('form')
          const bijgewerkt = await metBijlagen(opslag, alsLijst(input.bijlage), (bijlagen) =>
            store.addReactie(
              db,
              m,
              {
                van: 'bestuur',
                auteur: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
                tekst: input.tekst,
                bijlagen,
              },
              now(),
            ),
          )
          await markGelezen(db, bijgewerkt, auth.persoon.id, now())
          return c.json(await melding.detail(bijgewerkt, auth), 201)
        },
      )
      .get('/meldingen/:id/bijlagen/:bijlageId', async (c) => {
        const m = await melding.voorBestuur(authOf(c), c.req.param('id'), 'helpdesk.melding.lezen')
        return downloadBijlage(c, db, opslag, m, c.req.param('bijlageId'))
      })
  )
}
