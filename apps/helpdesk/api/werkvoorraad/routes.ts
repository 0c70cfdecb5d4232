/** `/api/helpdesk/werkvoorraad…`: Helpdesk DUO po's queue across all besturen. */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  GEEN_BESTUUR,
  authOf,
  authorize,
  inTransaction,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { STATUSSEN, type HelpdeskTables } from '../tables'
import { alsLijst, bijlagenLimit, downloadBijlage, metBijlagen } from '../shared/bijlagen'
import { toegang } from '../shared/toegang'
import { lijstQuery, reactieForm } from '../meldingen/routes'
import { addReactie, setStatus } from '../meldingen/store'
import { listWerkvoorraad } from './store'

const status = z.enum(STATUSSEN, { message: tekst('Kies een status', 'Choose a status') })
const werkvoorraadQuery = lijstQuery.extend({
  bestuursnummer: z
    .string()
    .regex(/^\d{5}$/, tekst('Een bestuursnummer heeft 5 cijfers', 'A bestuursnummer has 5 digits'))
    .optional(),
})
const antwoordForm = reactieForm.extend({ status: status.optional() })

export function werkvoorraadRoutes(platform: SectionPlatform<HelpdeskTables>) {
  const { db, clock, audit, organisaties, bestanden: opslag, notificaties } = platform
  const melding = toegang(platform)
  const now = () => clock.now()

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', werkvoorraadQuery), async (c) => {
      authorize(authOf(c), 'helpdesk.behandelen', { bestuur: GEEN_BESTUUR }, now())
      c.header('Cache-Control', 'no-store')
      const namen = new Map((await organisaties.besturen()).map((b) => [b.bestuursnummer, b.naam]))
      return c.json(await listWerkvoorraad(db, c.req.valid('query'), namen))
    })
    .get('/:id', async (c) => {
      const m = await melding.voorHelpdesk(authOf(c), c.req.param('id'))
      c.header('Cache-Control', 'no-store')
      return c.json(await melding.detail(m))
    })
    .post(
      '/:id/reacties',
      async (c, next) => {
        await melding.voorHelpdesk(authOf(c), c.req.param('id'))
        await next()
      },
      bijlagenLimit(),
      valideer('form', antwoordForm),
      async (c) => {
        const auth = authOf(c)
        const m = await melding.voorHelpdesk(auth, c.req.param('id'))
        const input = c.req.valid('form')
        const bijgewerkt = await metBijlagen(opslag, alsLijst(input.bijlage), (bijlagen) =>
          inTransaction(db, async (trx) => {
            const na = await addReactie(
              trx,
              m,
              {
                van: 'helpdesk',
                auteur: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
                tekst: input.tekst,
                bijlagen,
                status: input.status,
              },
              now(),
            )
            // The one who made the melding hears of the reply by e-mail (if they want), with it.
            const indiener = await trx
              .selectFrom('helpdesk_melding')
              .select('ingediend_door_persoon_id')
              .where('id', '=', m.id)
              .executeTakeFirst()
            if (indiener?.ingediend_door_persoon_id)
              await notificaties.stuur(
                { persoonId: indiener.ingediend_door_persoon_id },
                {
                  soort: 'melding-antwoord',
                  onderwerp: { nl: 'Antwoord op uw melding', en: 'Reply to your melding' },
                  tekst: {
                    nl: `De Helpdesk DUO Primair Onderwijs heeft geantwoord op uw melding ${m.referentie}.`,
                    en: `Helpdesk DUO Primair Onderwijs has replied to your melding ${m.referentie}.`,
                  },
                  link: `/helpdesk/meldingen/${m.id}`,
                },
                { in: trx },
              )
            return na
          }),
        )
        await audit.append({
          actie: 'helpdesk.melding.beantwoord',
          auth,
          bestuursnummer: m.bestuursnummer,
          details: { meldingId: m.id, status: bijgewerkt.status },
        })
        return c.json(await melding.detail(bijgewerkt), 201)
      },
    )
    .put('/:id/status', valideer('json', z.object({ status })), async (c) => {
      const auth = authOf(c)
      const m = await melding.voorHelpdesk(auth, c.req.param('id'))
      const { status: naar } = c.req.valid('json')
      const bijgewerkt = await setStatus(db, m, naar, now())
      await audit.append({
        actie: 'helpdesk.melding.status-gewijzigd',
        auth,
        bestuursnummer: m.bestuursnummer,
        details: { meldingId: m.id, van: m.status, naar },
      })
      return c.json(await melding.detail(bijgewerkt))
    })
    .get('/:id/bijlagen/:bijlageId', async (c) => {
      const m = await melding.voorHelpdesk(authOf(c), c.req.param('id'))
      return downloadBijlage(c, db, opslag, m, c.req.param('bijlageId'))
    })
}
