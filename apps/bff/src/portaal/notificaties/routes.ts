/**
 * `/api/portaal/notificaties`: a person's e-mail notifications ("E-mailberichten"): the address
 * (`persoon.email`; eHerkenning gives none, so people fill it in here) and which kinds are on.
 * `POST /api/portaal/notificaties/uitzetten` and the one-click `POST /notificaties/uitzetten`:
 * the link in every notification switches them all off without logging in.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  NOTIFICATIESOORTEN,
  authOf,
  jsonLimit,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
} from '@duo/server-kit'
import { bewaarVoorkeuren, leesVoorkeuren, zetUitMetToken } from '@duo/server-kit/platform'
import type { PortaalDeps } from '../deps'

const voorkeurSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, tekst('Dit e-mailadres is te lang.', 'This e-mail address is too long.'))
      .pipe(
        z.union([
          z.literal(''),
          z.email({
            message: tekst(
              'Vul een geldig e-mailadres in, zoals naam@bestuur.nl.',
              'Enter a valid e-mail address, such as name@board.nl.',
            ),
          }),
        ]),
      ),
    aan: z.boolean({
      message: tekst(
        'Kies of u e-mailberichten wilt.',
        'Choose whether you want e-mail notifications.',
      ),
    }),
    soorten: z.array(z.enum(NOTIFICATIESOORTEN)).default([...NOTIFICATIESOORTEN]),
  })
  .superRefine((v, ctx) => {
    if (v.aan && !v.email)
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: tekst(
          'Vul uw e-mailadres in om e-mailberichten te krijgen.',
          'Enter your e-mail address to receive e-mail notifications.',
        ),
      })
  })

const tokenSchema = z.object({ token: z.string().min(20).max(200) })

export function notificatiesRoutes(deps: PortaalDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .get('/notificaties', requireLogin(), async (c) => {
      return c.json({
        ...(await leesVoorkeuren(db, authOf(c).persoon.id)),
        alleSoorten: NOTIFICATIESOORTEN,
      })
    })
    .put(
      '/notificaties',
      requireLogin(),
      jsonLimit(),
      valideer('json', voorkeurSchema),
      async (c) => {
        const v = c.req.valid('json')
        const opgeslagen = await bewaarVoorkeuren(
          db,
          authOf(c).persoon.id,
          { email: v.email || null, aan: v.aan, soorten: v.soorten },
          clock.now(),
        )
        return c.json({ ...opgeslagen, alleSoorten: NOTIFICATIESOORTEN })
      },
    )
    .post('/notificaties/uitzetten', jsonLimit(), valideer('json', tokenSchema), async (c) => {
      // An unknown token answers the same: the link may be clicked twice.
      await zetUitMetToken(db, c.req.valid('json').token, clock.now())
      return c.json({ uitgezet: true as const })
    })
}

/** RFC 8058 one-click (see the newsletter's): the mail program's POST, without cookies. */
export function eenKlikUitzetten(deps: PortaalDeps) {
  return new Hono().post('/notificaties/uitzetten', async (c) => {
    const token = c.req.query('t') ?? ''
    if (token.length >= 20 && token.length <= 200)
      await zetUitMetToken(deps.db, token, deps.clock.now())
    c.header('Cache-Control', 'no-store')
    return c.text(
      'E-mailberichten van Mijn DUO staan uit. / E-mail notifications of Mijn DUO are off.',
    )
  })
}
