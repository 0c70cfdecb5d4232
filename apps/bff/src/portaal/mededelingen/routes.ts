/**
 * `/api/portaal/mededelingen`: the announcements a viewer sees today (anyone; the audience
 * decides), and dismissing one (remembered per person). `/api/portaal/redactie/mededelingen`:
 * DUO's redactie publishes, changes and removes them.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { dutchDate, roleIds, roles } from '@duo/authz'
import {
  authOf,
  jsonLimit,
  nietGevonden,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
} from '@duo/server-kit'
import type { PortaalDeps } from '../deps'
import { isDag, logRedactie, redacteur } from '../redactie'
import * as store from './store'

const regel = (veld: string, field: string, max: number) =>
  z
    .string({ message: tekst(`Vul ${veld} in.`, `Enter ${field}.`) })
    .trim()
    .min(1, tekst(`Vul ${veld} in.`, `Enter ${field}.`))
    .max(
      max,
      tekst(
        `${veld} is te lang (hoogstens ${max} tekens).`,
        `${field} is too long (at most ${max} characters).`,
      ),
    )

const dag = (nl: string, en: string) =>
  z
    .string()
    .refine(isDag, { message: tekst(`Vul ${nl} in als JJJJ-MM-DD.`, `Enter ${en} as YYYY-MM-DD.`) })

const mededelingSchema = z
  .object({
    titelNl: regel('de titel in het Nederlands', 'the Dutch title', 120),
    titelEn: regel('de titel in het Engels', 'the English title', 120),
    tekstNl: regel('de tekst in het Nederlands', 'the Dutch text', 2000),
    tekstEn: regel('de tekst in het Engels', 'the English text', 2000),
    ernst: z.enum(store.ERNSTEN, {
      message: tekst('Kies hoe belangrijk het is.', 'Choose how important it is.'),
    }),
    plek: z.enum(store.PLEKKEN, {
      message: tekst('Kies waar het staat.', 'Choose where it appears.'),
    }),
    doelgroep: z.enum(store.DOELGROEPEN, {
      message: tekst('Kies voor wie het is.', 'Choose who it is for.'),
    }),
    rol: z.string().nullish(),
    vanaf: dag('de eerste dag', 'the first day'),
    tot: z.union([dag('de laatste dag', 'the last day'), z.literal(''), z.null()]).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.doelgroep === 'rol' && !(roleIds as readonly string[]).includes(m.rol ?? ''))
      ctx.addIssue({
        code: 'custom',
        path: ['rol'],
        message: tekst('Kies de rol die het ziet.', 'Choose the role that sees it.'),
      })
    if (m.tot && m.tot < m.vanaf)
      ctx.addIssue({
        code: 'custom',
        path: ['tot'],
        message: tekst('De laatste dag ligt vóór de eerste.', 'The last day is before the first.'),
      })
  })
  .transform((m): store.MededelingInvoer => ({
    ...m,
    rol: m.doelgroep === 'rol' ? (m.rol ?? null) : null,
    tot: m.tot || null,
  }))

/** What a viewer gets of an announcement. */
const weergave = (m: store.Mededeling) => ({
  id: m.id,
  titel: { nl: m.titelNl, en: m.titelEn },
  tekst: { nl: m.tekstNl, en: m.tekstEn },
  ernst: m.ernst,
  plek: m.plek,
  vanaf: m.vanaf,
})

const bestaatNiet = () =>
  nietGevonden(
    'Deze mededeling bestaat niet (meer).',
    'This announcement does not exist (any more).',
  )

export function mededelingenRoutes(deps: PortaalDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .get('/mededelingen', async (c) => {
      const auth = c.get('auth')
      const lijst = await store.zichtbaar(db, {
        vandaag: dutchDate(clock.now()),
        persoonId: auth?.persoon.id ?? null,
        rollen: auth?.grants.map((g) => g.role) ?? [],
      })
      // Who is logged in changes the answer: never cached.
      c.header('Cache-Control', 'no-store')
      return c.json({ mededelingen: lijst.map(weergave) })
    })
    .post('/mededelingen/:id/verbergen', requireLogin(), async (c) => {
      const m = await store.get(db, c.req.param('id'))
      if (!m) throw bestaatNiet()
      await store.verberg(db, m.id, authOf(c).persoon.id, clock.now())
      return c.json({ verborgen: true as const })
    })

    .get('/redactie/mededelingen', async (c) => {
      redacteur(c, clock)
      return c.json({
        mededelingen: await store.alle(db),
        vandaag: dutchDate(clock.now()),
        // The roles of besturen an announcement can be for (DUO's own roles see the redactie).
        rollen: roleIds
          .filter((r) => !roles[r].internal)
          .map((r) => ({ id: r, naam: roles[r].name })),
      })
    })
    .post('/redactie/mededelingen', jsonLimit(), valideer('json', mededelingSchema), async (c) => {
      const auth = redacteur(c, clock)
      const m = await store.voegToe(db, c.req.valid('json'), auth.persoon.id, clock.now())
      await logRedactie(
        db,
        auth,
        'portaal.mededeling.gepubliceerd',
        { mededelingId: m.id, titel: m.titelNl },
        clock.now(),
      )
      return c.json({ mededeling: m }, 201)
    })
    .put(
      '/redactie/mededelingen/:id',
      jsonLimit(),
      valideer('json', mededelingSchema),
      async (c) => {
        const auth = redacteur(c, clock)
        const m = await store.wijzig(
          db,
          c.req.param('id'),
          c.req.valid('json'),
          auth.persoon.id,
          clock.now(),
        )
        if (!m) throw bestaatNiet()
        await logRedactie(
          db,
          auth,
          'portaal.mededeling.gewijzigd',
          { mededelingId: m.id, titel: m.titelNl },
          clock.now(),
        )
        return c.json({ mededeling: m })
      },
    )
    .delete('/redactie/mededelingen/:id', async (c) => {
      const auth = redacteur(c, clock)
      const m = await store.get(db, c.req.param('id'))
      if (!m || !(await store.verwijder(db, m.id))) throw bestaatNiet()
      await logRedactie(
        db,
        auth,
        'portaal.mededeling.verwijderd',
        { mededelingId: m.id, titel: m.titelNl },
        clock.now(),
      )
      return c.json({ verwijderd: true as const })
    })
}
