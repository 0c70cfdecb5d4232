/**
 * `/api/xbrl/behandeling`: DUO's behandelaar jaarverantwoording sees the submitted
 * aanleveringen of every bestuur and records the assessment: in behandeling, then geaccepteerd
 * or afgekeurd (with the reason the bestuur reads). Concepts of a bestuur never show here.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  conflict,
  GEEN_BESTUUR,
  jsonLimit,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { lijst, lijstQuery } from '../aanleveringen/lijst'
import { wijzigStatus } from '../aanleveringen/store'
import { weergave } from '../aanleveringen/weergave'
import { toegang } from '../shared/toegang'
import { INGEDIEND, type AanleveringStatus, type XbrlTables } from '../tables'

/** Which assessment may follow which status. */
const VOLGT: Record<string, readonly AanleveringStatus[]> = {
  ingediend: ['in-behandeling', 'geaccepteerd', 'afgekeurd'],
  'in-behandeling': ['geaccepteerd', 'afgekeurd'],
}

const beoordeling = z
  .object({
    status: z.enum(['in-behandeling', 'geaccepteerd', 'afgekeurd'], {
      message: tekst(
        'Kies in behandeling, geaccepteerd of afgekeurd',
        'Choose in behandeling, geaccepteerd or afgekeurd',
      ),
    }),
    toelichting: z
      .string()
      .trim()
      .max(
        4000,
        tekst(
          'De toelichting is te lang (hoogstens 4.000 tekens)',
          'The explanation is too long (at most 4,000 characters)',
        ),
      )
      .optional(),
  })
  .refine((b) => b.status !== 'afgekeurd' || (b.toelichting ?? '').length > 0, {
    path: ['toelichting'],
    message: tekst(
      'Schrijf bij afkeuren waarom, zodat het bestuur het kan herstellen',
      'When rejecting, write why, so the board can put it right',
    ),
  })

export function behandelingRoutes(platform: SectionPlatform<XbrlTables>) {
  const { db, clock, audit, organisaties } = platform
  const t = toegang(platform)
  const w = weergave(platform)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', lijstQuery), async (c) => {
      authorize(
        authOf(c),
        'xbrl.jaarverantwoording.behandelen',
        { bestuur: GEEN_BESTUUR },
        clock.now(),
      )
      const pagina = await lijst(db, { ...c.req.valid('query'), statussen: INGEDIEND })
      const namen = new Map((await organisaties.besturen()).map((b) => [b.bestuursnummer, b.naam]))
      c.header('Cache-Control', 'private, no-store')
      return c.json({
        ...pagina,
        aanleveringen: pagina.aanleveringen.map((a) => ({
          ...a,
          bestuurNaam: namen.get(a.bestuursnummer) ?? '',
        })),
      })
    })
    .post('/:id/status', jsonLimit(), valideer('json', beoordeling), async (c) => {
      const auth = authOf(c)
      const { aanlevering: a, bestuur } = await t.voorDuo(auth, c.req.param('id'))
      const { status, toelichting } = c.req.valid('json')
      if (!VOLGT[a.status]?.includes(status))
        throw conflict(
          'status-volgt-niet',
          `Een aanlevering met status ${a.status} kan niet naar ${status}.`,
          `A submission with status ${a.status} cannot move to ${status}.`,
        )
      const gelukt = await wijzigStatus(
        db,
        a,
        status,
        { naam: `${auth.persoon.naam} (DUO)`, persoonId: auth.persoon.id },
        toelichting || null,
        clock.now(),
      )
      if (!gelukt)
        throw conflict(
          'gewijzigd',
          'Deze aanlevering is intussen gewijzigd. Laad de pagina opnieuw.',
          'This submission changed in the meantime. Reload the page.',
        )
      await audit.append({
        actie: 'xbrl.aanlevering.beoordeeld',
        auth,
        actorOmschrijving: 'Behandelaar jaarverantwoording (DUO)',
        bestuursnummer: bestuur.bestuursnummer,
        details: { aanleveringId: a.id, referentie: a.referentie, van: a.status, naar: status },
      })
      const { aanlevering } = await t.voorDuo(auth, a.id)
      c.header('Cache-Control', 'private, no-store')
      return c.json(await w.detail(auth, aanlevering, bestuur))
    })
}
