/**
 * `POST /api/portaal/feedback`: the one-minute survey, for anyone (no login, rate-limited per
 * address): a score, what went well, what could be better, the page it came from; an e-mail
 * address only when the person gives it. Nothing ties an answer to a logged-in person.
 * `/api/portaal/redactie/feedback…`: the redactie's summary per page and per month, and CSV.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { jsonLimit, tekst, valideer, type AppEnv } from '@duo/server-kit'
import { clientAdres, createRateLimit } from '@duo/server-kit/platform'
import type { PortaalDeps } from '../deps'
import { isDag, logRedactie, redacteur } from '../redactie'
import { feedbackCsv } from './csv'
import * as store from './store'

const vrijeTekst = (nl: string, en: string) =>
  z
    .string()
    .trim()
    .max(
      2000,
      tekst(
        `${nl} is te lang (hoogstens 2000 tekens).`,
        `${en} is too long (at most 2000 characters).`,
      ),
    )
    .optional()
    .transform((s) => s || null)

const feedbackSchema = z.object({
  // A path of the portal, never a full URL (that could carry someone's query string).
  pagina: z
    .string()
    .max(300)
    .regex(/^\/[\w\-./]*$/, tekst('Onbekende pagina.', 'Unknown page.'))
    .catch('/'),
  score: z.coerce
    .number({
      message: tekst('Kies een cijfer van 1 tot en met 5.', 'Choose a score from 1 to 5.'),
    })
    .int(tekst('Kies een cijfer van 1 tot en met 5.', 'Choose a score from 1 to 5.'))
    .min(1, tekst('Kies een cijfer van 1 tot en met 5.', 'Choose a score from 1 to 5.'))
    .max(5, tekst('Kies een cijfer van 1 tot en met 5.', 'Choose a score from 1 to 5.')),
  goed: vrijeTekst('Wat goed ging', 'What went well'),
  beter: vrijeTekst('Wat beter kan', 'What could be better'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.union([
        z.literal(''),
        z.email({
          message: tekst(
            'Vul een geldig e-mailadres in, of laat het veld leeg.',
            'Enter a valid e-mail address, or leave the field empty.',
          ),
        }),
      ]),
    )
    .optional()
    .transform((s) => s || null),
  taal: z.enum(['nl', 'en']).catch('nl'),
})

const filterSchema = z.object({
  pagina: z.string().max(300).optional(),
  van: z
    .string()
    .refine(isDag, {
      message: tekst('Vul de eerste dag in als JJJJ-MM-DD.', 'Enter the first day as YYYY-MM-DD.'),
    })
    .optional(),
  tot: z
    .string()
    .refine(isDag, {
      message: tekst('Vul de laatste dag in als JJJJ-MM-DD.', 'Enter the last day as YYYY-MM-DD.'),
    })
    .optional(),
})

export function feedbackRoutes(deps: PortaalDeps) {
  const { db, clock } = deps
  const perAdres = createRateLimit(db)({
    naam: 'feedback-adres',
    limiet: 10,
    vensterSeconden: 3600,
    sleutel: clientAdres,
  })
  return new Hono<AppEnv>()
    .post('/feedback', perAdres, jsonLimit(), valideer('json', feedbackSchema), async (c) => {
      await store.bewaar(db, c.req.valid('json'), clock.now())
      return c.json({ bedankt: true as const }, 201)
    })
    .get('/redactie/feedback', valideer('query', filterSchema), async (c) => {
      redacteur(c, clock)
      const filter = c.req.valid('query')
      const lijst = await store.antwoorden(db, filter)
      const alle = filter.pagina
        ? await store.antwoorden(db, { ...filter, pagina: undefined })
        : lijst
      return c.json({
        ...store.samenvatting(lijst),
        paginas: [...new Set(alle.map((a) => a.pagina))].sort(),
        // The newest answers with their words (the CSV has them all).
        recent: lijst.slice(-20).reverse(),
      })
    })
    .get('/redactie/feedback/export.csv', valideer('query', filterSchema), async (c) => {
      const auth = redacteur(c, clock)
      const filter = c.req.valid('query')
      const lijst = await store.antwoorden(db, filter)
      await logRedactie(
        db,
        auth,
        'portaal.feedback.geexporteerd',
        { ...filter, aantal: lijst.length },
        clock.now(),
      )
      return c.body(feedbackCsv(lijst), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="feedback-${clock.now().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      })
    })
}
