/**
 * `/api/bekostiging/behandeling…`: DUO's back office. The queue of aanvragen and bezwaren of all
 * besturen, by due date (received + 4 months for an aanvraag); taking one in behandeling;
 * the beschikking (toegekend / deels toegekend / afgewezen, amount and motivering) and the
 * beslissing op bezwaar. Only for the DUO behandelaar bekostiging.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  GEEN_BESTUUR,
  authOf,
  authorize,
  jsonLimit,
  lijstParams,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { CATEGORIEEN } from '../../regels/categorieen'
import { vandaagVan } from '../../regels/datum'
import {
  AANVRAAG_STATUSSEN,
  BESLUITEN,
  BEZWAAR_BESLISSINGEN,
  BEZWAAR_STATUSSEN,
  type BekostigingTables,
} from '../tables'
import { toegang } from '../shared/toegang'
import { downloadBijlage } from '../shared/bijlagen'
import { LEEFTIJDEN, zoekZaken } from '../shared/zaken'
import { zaakDetail } from '../zaakdossier/detail'
import { besluiten } from './besluiten'

const STATUSSEN = [...new Set(['open', ...AANVRAAG_STATUSSEN, ...BEZWAAR_STATUSSEN])].filter(
  (s) => s !== 'concept',
) as [string, ...string[]]

const wachtrijQuery = z.object({
  soort: z
    .enum(['aanvraag', 'bezwaar'], {
      message: tekst('Kies aanvraag of bezwaar', 'Choose aanvraag or bezwaar'),
    })
    .optional(),
  categorie: z
    .enum(CATEGORIEEN, { message: tekst('Onbekende categorie', 'Unknown category') })
    .optional(),
  status: z.enum(STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') }).optional(),
  leeftijd: z.enum(LEEFTIJDEN, { message: tekst('Onbekende leeftijd', 'Unknown age') }).optional(),
  bestuursnummer: z
    .string()
    .regex(/^\d{5}$/, tekst('Een bestuursnummer heeft 5 cijfers', 'A bestuursnummer has 5 digits'))
    .optional(),
  ...lijstParams,
})

const motivering = z
  .string()
  .trim()
  .min(
    10,
    tekst('Geef een motivering (minstens 10 tekens)', 'Give a motivation (at least 10 characters)'),
  )
  .max(
    1500,
    tekst(
      'De motivering is te lang (hoogstens 1.500 tekens)',
      'The motivation is too long (at most 1,500 characters)',
    ),
  )

const besluitSchema = z
  .object({
    besluit: z.enum(BESLUITEN, { message: tekst('Kies een besluit', 'Choose a decision') }),
    bedragCenten: z
      .number({ message: tekst('Vul het bedrag in', 'Enter the amount') })
      .int(tekst('Een bedrag in hele centen', 'An amount in whole cents'))
      .min(0, tekst('Het bedrag is 0 of meer', 'The amount is 0 or more'))
      .max(
        1_000_000_000,
        tekst('Het bedrag is hoogstens € 10.000.000', 'The amount is at most €10,000,000'),
      ),
    motivering,
  })
  .superRefine((b, ctx) => {
    if (b.besluit !== 'afgewezen' && b.bedragCenten <= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['bedragCenten'],
        message: tekst('Vul het toegekende bedrag in', 'Enter the granted amount'),
      })
    if (b.besluit === 'afgewezen' && b.bedragCenten !== 0)
      ctx.addIssue({
        code: 'custom',
        path: ['bedragCenten'],
        message: tekst('Bij een afwijzing is het bedrag 0', 'A refusal has an amount of 0'),
      })
  })

const beslissingSchema = z.object({
  beslissing: z.enum(BEZWAAR_BESLISSINGEN, {
    message: tekst('Kies een beslissing', 'Choose a decision'),
  }),
  motivering,
})

export function behandelingRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, organisaties, bestanden } = platform
  const laad = toegang(platform)
  const detail = zaakDetail(platform)
  const doe = besluiten(platform)
  const now = () => clock.now()

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(async (c, next) => {
      c.header('Cache-Control', 'no-store')
      await next()
    })
    .get('/', valideer('query', wachtrijQuery), async (c) => {
      const auth = authOf(c)
      // Someone of a bestuur is asked about their own bestuur: authz then names the DUO role.
      authorize(auth, 'bekostiging.behandelen', { bestuur: auth.bestuur ?? GEEN_BESTUUR }, now())
      const filter = c.req.valid('query')
      const lijst = await zoekZaken(
        db,
        { ...filter, status: filter.status ?? 'open', sorteer: 'termijn' },
        vandaagVan(now()),
      )
      const namen = new Map((await organisaties.besturen()).map((b) => [b.bestuursnummer, b.naam]))
      return c.json({
        ...lijst,
        vandaag: vandaagVan(now()),
        zaken: lijst.zaken.map((z) => ({
          ...z,
          bestuurNaam: namen.get(z.bestuursnummer) ?? z.bestuursnummer,
        })),
      })
    })
    .get('/aanvragen/:id', async (c) => {
      const { aanvraag, bestuur } = await laad.aanvraagVoorDuo(authOf(c), c.req.param('id'))
      return c.json(await detail.aanvraag(aanvraag, bestuur))
    })
    .post('/aanvragen/:id/in-behandeling', async (c) => {
      const auth = authOf(c)
      const { aanvraag } = await laad.aanvraagVoorDuo(auth, c.req.param('id'))
      return c.json({ aanvraag: await doe.aanvraagInBehandeling(auth, aanvraag) })
    })
    .post('/aanvragen/:id/besluit', jsonLimit(), valideer('json', besluitSchema), async (c) => {
      const auth = authOf(c)
      const { aanvraag, bestuur } = await laad.aanvraagVoorDuo(auth, c.req.param('id'))
      return c.json(await doe.beschik(auth, aanvraag, bestuur, c.req.valid('json')), 201)
    })
    .get('/bezwaren/:id', async (c) => {
      const { bezwaar, bestuur } = await laad.bezwaarVoorDuo(authOf(c), c.req.param('id'))
      return c.json(await detail.bezwaar(bezwaar, bestuur))
    })
    .post('/bezwaren/:id/in-behandeling', async (c) => {
      const auth = authOf(c)
      const { bezwaar } = await laad.bezwaarVoorDuo(auth, c.req.param('id'))
      return c.json({ bezwaar: await doe.bezwaarInBehandeling(auth, bezwaar) })
    })
    .post(
      '/bezwaren/:id/beslissing',
      jsonLimit(),
      valideer('json', beslissingSchema),
      async (c) => {
        const auth = authOf(c)
        const { bezwaar, bestuur } = await laad.bezwaarVoorDuo(auth, c.req.param('id'))
        return c.json(
          { bezwaar: await doe.beslisBezwaar(auth, bezwaar, bestuur, c.req.valid('json')) },
          201,
        )
      },
    )
    .get('/bezwaren/:id/bijlagen/:bijlageId', async (c) => {
      const { bezwaar } = await laad.bezwaarVoorDuo(authOf(c), c.req.param('id'))
      return downloadBijlage(c, db, bestanden, bezwaar.id, c.req.param('bijlageId'))
    })
}
