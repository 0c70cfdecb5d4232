/**
 * `/api/rod/dashboard`: the dashboards of the bestuur (medewerker bestuur ROD: every school, or
 * one) and of a school (medewerker schoolleiding ROD: their own school only). Aggregates only:
 * no pupil is named, so the figures carry no personal data, but they are still scoped by kenmerk.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { authOf, requireLogin, valideer, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { vandaag } from '../shared/dagen'
import { schooljaarVan } from '../shared/schooljaar'
import { instellingscode, schooljaar } from '../shared/invoer'
import * as store from './store'

const query = z.object({
  schooljaar: schooljaar.optional(),
  instellingscode: instellingscode.optional(),
})

export function dashboardRoutes(platform: SectionPlatform<RodTables>) {
  const { db, clock, logger } = platform
  const mag = toegang(platform)

  return new Hono<AppEnv>().use(requireLogin()).get('/', valideer('query', query), async (c) => {
    const auth = authOf(c)
    const input = c.req.valid('query')
    // One school: the school's dashboard, or the bestuur's narrowed to it. All: the bestuur's.
    const scope = input.instellingscode
      ? mag.scope(
          auth,
          ['rod.dashboard-school.raadplegen', 'rod.dashboard-bestuur.raadplegen'],
          input.instellingscode,
        )
      : mag.scope(auth, ['rod.dashboard-bestuur.raadplegen'])
    const dag = vandaag(clock.now())
    const schooljaren = await store.schooljarenVan(db, scope.instellingscodes, dag)
    const huidig = schooljaarVan(dag)
    const gekozen =
      input.schooljaar ?? schooljaren.find((s) => s <= huidig) ?? schooljaren[0] ?? huidig
    logger.info(
      { persoon: auth.persoon.id, scholen: scope.instellingscodes, schooljaar: gekozen },
      'dashboard ROD gelezen',
    )
    const cijfers = await store.dashboard(db, scope.instellingscodes, gekozen, dag)
    c.header('Cache-Control', 'no-store')
    return c.json({
      bestuur: { bestuursnummer: scope.bestuur.bestuursnummer, naam: scope.bestuur.naam },
      school: scope.school
        ? { instellingscode: scope.school.instellingscode, naam: scope.school.naam }
        : null,
      /** The schools this person may choose in the filter. */
      scholen: mag
        .scholenMet(auth, ['rod.dashboard-school.raadplegen', 'rod.dashboard-bestuur.raadplegen'])
        .map((s) => ({ instellingscode: s.instellingscode, naam: s.naam })),
      schooljaren,
      schooljaar: gekozen,
      vandaag: dag,
      ...cijfers,
    })
  })
}
