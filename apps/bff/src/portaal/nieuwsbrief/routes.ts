/**
 * `/api/portaal/nieuwsbrief…`: subscribe without an account (double opt-in), confirm, and
 * unsubscribe; `/api/portaal/redactie/nieuwsbrief…`: the redactie sends an issue to the
 * confirmed subscribers of a topic. Every mail goes through the platform's outbox.
 *
 * The answer to a subscription is the same whether the address is new, waiting or subscribed
 * already: nobody learns from it who is on the list.
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import { apiFout, jsonLimit, newId, tekst, valideer, type AppEnv } from '@duo/server-kit'
import { clientAdres, createRateLimit, zetInOutbox } from '@duo/server-kit/platform'
import type { PortaalDeps } from '../deps'
import { logRedactie, redacteur } from '../redactie'
import { bevestigingsMail, uitgaveMail } from './mails'
import * as store from './store'

const email = z
  .string({ message: tekst('Vul uw e-mailadres in.', 'Enter your e-mail address.') })
  .trim()
  .toLowerCase()
  .max(254, tekst('Dit e-mailadres is te lang.', 'This e-mail address is too long.'))
  .pipe(
    z.email({
      message: tekst(
        'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
        'Enter a valid e-mail address, such as name@example.com.',
      ),
    }),
  )

const aanmeldSchema = z.object({
  email,
  onderwerpen: z
    .array(z.enum(store.ONDERWERPEN), {
      message: tekst('Kies de onderwerpen.', 'Choose the topics.'),
    })
    .min(1, tekst('Kies ten minste één onderwerp.', 'Choose at least one topic.'))
    .transform((o) => [...new Set(o)]),
  taal: z.enum(['nl', 'en']).default('nl'),
})

const tokenSchema = z.object({
  token: z
    .string({ message: tekst('De link is onvolledig.', 'The link is incomplete.') })
    .min(20, tekst('De link is onvolledig.', 'The link is incomplete.'))
    .max(200, tekst('De link is ongeldig.', 'The link is invalid.')),
})

const uitgaveSchema = z.object({
  onderwerp: z.enum(store.ONDERWERPEN, {
    message: tekst('Kies het onderwerp.', 'Choose the topic.'),
  }),
  titel: z
    .string({ message: tekst('Vul de titel in.', 'Enter the title.') })
    .trim()
    .min(1, tekst('Vul de titel in.', 'Enter the title.'))
    .max(
      150,
      tekst(
        'De titel is te lang (hoogstens 150 tekens).',
        'The title is too long (at most 150 characters).',
      ),
    ),
  tekst: z
    .string({ message: tekst('Vul de tekst in.', 'Enter the text.') })
    .trim()
    .min(1, tekst('Vul de tekst in.', 'Enter the text.'))
    .max(20_000, tekst('De tekst is te lang.', 'The text is too long.')),
})

const ongeldigeLink = () =>
  apiFout(
    'link-ongeldig',
    'Deze link is ongeldig of al gebruikt. Meld u opnieuw aan als u de nieuwsbrief wilt ontvangen.',
    'This link is invalid or has been used. Subscribe again if you want to receive the newsletter.',
  )
const verlopenLink = () =>
  apiFout(
    'link-verlopen',
    'Deze link is verlopen: hij werkt 48 uur. Meld u opnieuw aan; u krijgt dan een nieuwe link.',
    'This link has expired: it works for 48 hours. Subscribe again to get a new link.',
  )

export function nieuwsbriefRoutes(deps: PortaalDeps) {
  const { db, clock, composed, publicUrl } = deps
  const limiet = createRateLimit(db)
  const perAdres = limiet({
    naam: 'nieuwsbrief-adres',
    limiet: 5,
    vensterSeconden: 600,
    sleutel: clientAdres,
  })
  // Nobody can flood someone else's mailbox with confirmation mails.
  const perEmail = limiet({
    naam: 'nieuwsbrief-email',
    limiet: 3,
    vensterSeconden: 3600,
    sleutel: (c: Context<AppEnv>) =>
      (c.req as unknown as { valid(t: 'json'): { email: string } }).valid('json').email,
  })
  const links = limiet({
    naam: 'nieuwsbrief-link',
    limiet: 30,
    vensterSeconden: 60,
    sleutel: clientAdres,
  })

  return new Hono<AppEnv>()
    .get('/nieuwsbrief/onderwerpen', (c) =>
      c.json({
        onderwerpen: store.ONDERWERPEN.map((id) => ({ id, naam: store.ONDERWERP_NAMEN[id] })),
      }),
    )
    .post(
      '/nieuwsbrief/aanmelden',
      perAdres,
      jsonLimit(),
      valideer('json', aanmeldSchema),
      perEmail,
      async (c) => {
        const input = c.req.valid('json')
        await db.transaction().execute(async (trx) => {
          const token = await store.vraagAan(trx, input, clock.now())
          await zetInOutbox(
            trx,
            [bevestigingsMail({ ...input, token }, publicUrl)],
            composed.mail.nu(),
          )
        })
        composed.mail.wek()
        return c.json({ verstuurd: true as const }, 202)
      },
    )
    .post(
      '/nieuwsbrief/bevestigen',
      links,
      jsonLimit(),
      valideer('json', tokenSchema),
      async (c) => {
        const uitkomst = await store.bevestig(db, c.req.valid('json').token, clock.now())
        if (uitkomst === 'onbekend') return c.json(ongeldigeLink(), 400)
        if (uitkomst === 'verlopen') return c.json(verlopenLink(), 410)
        return c.json({ bevestigd: true as const, onderwerpen: uitkomst.onderwerpen })
      },
    )
    .post(
      '/nieuwsbrief/uitschrijven',
      links,
      jsonLimit(),
      valideer('json', tokenSchema),
      async (c) => {
        // Unknown or already unsubscribed: the same answer, so the link is safe to use twice.
        await store.schrijfUit(db, c.req.valid('json').token)
        return c.json({ uitgeschreven: true as const })
      },
    )

    .get('/redactie/nieuwsbrief', async (c) => {
      redacteur(c, clock)
      return c.json({
        onderwerpen: store.ONDERWERPEN.map((id) => ({ id, naam: store.ONDERWERP_NAMEN[id] })),
        ...(await store.tellingen(db)),
        uitgaven: await store.uitgaven(db),
      })
    })
    .post(
      '/redactie/nieuwsbrief/uitgaven',
      jsonLimit(),
      valideer('json', uitgaveSchema),
      async (c) => {
        const auth = redacteur(c, clock)
        const input = c.req.valid('json')
        const ontvangers = await db.transaction().execute(async (trx) => {
          const abonnees = await store.abonneesVan(trx, input.onderwerp)
          await zetInOutbox(
            trx,
            abonnees.map((a) => uitgaveMail(a, input, publicUrl)),
            composed.mail.nu(),
          )
          await trx
            .insertInto('nieuwsbrief_uitgave')
            .values({
              id: newId(),
              onderwerp: input.onderwerp,
              titel: input.titel,
              tekst: input.tekst,
              ontvangers: abonnees.length,
              verzonden_door: auth.persoon.id,
              verzonden_op: clock.now().toISOString(),
            })
            .execute()
          return abonnees.length
        })
        composed.mail.wek()
        await logRedactie(
          db,
          auth,
          'portaal.nieuwsbrief.verzonden',
          { onderwerp: input.onderwerp, titel: input.titel, ontvangers },
          clock.now(),
        )
        return c.json({ ontvangers }, 201)
      },
    )
}

/**
 * RFC 8058 one-click unsubscribe: the mail program POSTs `List-Unsubscribe=One-Click` to the
 * URL of the `List-Unsubscribe` header, without cookies or our CSRF header: the token in the URL
 * is the authority, and all it can do is unsubscribe that one address. Outside `/api`; a GET of
 * the same URL is the shell's page, whose script POSTs to the API (a GET never changes anything,
 * so a mail scanner that only fetches links unsubscribes nobody).
 */
export function eenKlikUitschrijven(deps: PortaalDeps) {
  return new Hono().post('/nieuwsbrief/uitschrijven', async (c) => {
    const token = c.req.query('t') ?? ''
    if (token.length >= 20 && token.length <= 200) await store.schrijfUit(deps.db, token)
    c.header('Cache-Control', 'no-store')
    return c.text('U bent afgemeld voor de nieuwsbrief van DUO. / You have been unsubscribed.')
  })
}
