/**
 * `/api/bekostiging/overzicht`: what needs attention, for the landing page: this person's
 * concepts, the bestuur's aanvragen DUO still works on, and overzichten whose bezwaar period
 * runs. Each count only when the person may see what it counts.
 */
import { Hono } from 'hono'
import {
  authOf,
  may,
  requireBestuur,
  requireLogin,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { bezwaarOpen } from '../../regels/bezwaar'
import { vandaagVan } from '../../regels/datum'
import { LOPEND, type BekostigingTables } from '../tables'
import { getal } from '../shared/lijst'

export function overzichtRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock } = platform
  return new Hono<AppEnv>().use(requireLogin()).get('/', async (c) => {
    const auth = authOf(c)
    const bestuur = requireBestuur(auth)
    const now = clock.now()
    const mag = (p: Parameters<typeof may>[1]) => may(auth, p, { bestuur }, now)
    const nummer = bestuur.bestuursnummer
    const [concepten, lopend, ovt] = await Promise.all([
      mag('bekostiging.aanvraag.indienen')
        ? db
            .selectFrom('bekostiging_aanvraag')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('eigenaar_persoon_id', '=', auth.persoon.id)
            .where('status', '=', 'concept')
            .where('bestuursnummer', '=', nummer)
            .executeTakeFirst()
        : null,
      mag('bekostiging.raadplegen') || mag('zaakdossier.raadplegen')
        ? db
            .selectFrom('bekostiging_aanvraag')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('bestuursnummer', '=', nummer)
            .where('status', 'in', LOPEND)
            .executeTakeFirst()
        : null,
      mag('bekostiging.vaststelling-tellingen.raadplegen')
        ? db
            .selectFrom('bekostiging_vaststelling')
            .select(['dagtekening'])
            .where('bestuursnummer', '=', nummer)
            .execute()
        : null,
    ])
    const vandaag = vandaagVan(now)
    c.header('Cache-Control', 'no-store')
    return c.json({
      concepten: concepten ? getal(concepten.n) : null,
      lopend: lopend ? getal(lopend.n) : null,
      bezwaarOpen: ovt ? ovt.filter((v) => bezwaarOpen(v.dagtekening, vandaag)).length : null,
    })
  })
}
