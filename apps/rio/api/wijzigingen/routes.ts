/**
 * `/api/rio/wijzigingen…`: submit a change (accepted or refused as a whole, with RIO's
 * foutmeldingen), check one without submitting it, and the bestuur's log of changes.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  cursorParam,
  jsonLimit,
  nietGevonden,
  requireLogin,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { wijzigingSchema } from '../domein/mutaties'
import { weergavenaam, type Soort } from '../domein/soorten'
import { aantal, pagina } from '../shared/invoer'
import { vereisEenWijzigrol, vereisLezen } from '../shared/toegang'
import { objectenVanWijziging, wijzigingenVan } from '../register/store'
import type { RioTables } from '../tables'
import { controleerWijziging, voerWijzigingDoor } from './verwerk'

export function wijzigingenRoutes(platform: SectionPlatform<RioTables>) {
  const { db, clock } = platform

  // Who may change nothing in RIO is refused before the body is read.
  const magIetsWijzigen = async (
    c: Parameters<Parameters<Hono<AppEnv>['use']>[1]>[0],
    next: () => Promise<void>,
  ) => {
    vereisEenWijzigrol(authOf(c), clock.now())
    await next()
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .post(
      '/controle',
      magIetsWijzigen,
      jsonLimit(),
      valideer('json', wijzigingSchema),
      async (c) => {
        const auth = authOf(c)
        const bestuur = vereisEenWijzigrol(auth, clock.now())
        const uitkomst = await controleerWijziging(platform, bestuur, c.req.valid('json'), {
          auth,
          naam: auth.persoon.naam,
          bron: 'portaal',
        })
        return c.json(uitkomst)
      },
    )
    .post('/', magIetsWijzigen, jsonLimit(), valideer('json', wijzigingSchema), async (c) => {
      const auth = authOf(c)
      const bestuur = vereisEenWijzigrol(auth, clock.now())
      const gedaan = await voerWijzigingDoor(platform, bestuur, c.req.valid('json'), {
        auth,
        naam: auth.persoon.naam,
        bron: 'portaal',
      })
      return c.json({ wijziging: gedaan }, 201)
    })
    .get(
      '/',
      valideer('query', z.object({ pagina, aantal, na: cursorParam, voor: cursorParam })),
      async (c) => {
        const bestuur = vereisLezen(authOf(c), clock.now())
        const { rijen, ...lijst } = await wijzigingenVan(
          db,
          bestuur.bestuursnummer,
          c.req.valid('query'),
        )
        return c.json({
          wijzigingen: rijen.map((r) => ({
            referentie: r.referentie,
            omschrijving: r.omschrijving,
            bron: r.bron,
            door: r.ingediend_door_naam,
            op: r.ingediend_op,
            mutaties: r.aantal_mutaties,
          })),
          ...lijst,
        })
      },
    )
    .get('/:referentie', async (c) => {
      const bestuur = vereisLezen(authOf(c), clock.now())
      const w = await db
        .selectFrom('rio_wijziging')
        .selectAll()
        .where('referentie', '=', c.req.param('referentie').slice(0, 40))
        .executeTakeFirst()
      if (!w || w.bestuursnummer !== bestuur.bestuursnummer)
        throw nietGevonden(
          'Deze wijziging bestaat niet in uw register.',
          'This change does not exist in your register.',
        )
      const objecten = await objectenVanWijziging(db, w.id)
      return c.json({
        wijziging: {
          referentie: w.referentie,
          omschrijving: w.omschrijving,
          bron: w.bron,
          door: w.ingediend_door_naam,
          op: w.ingediend_op,
        },
        versies: objecten.map((o) => {
          const gegevens = o.gegevens ? (JSON.parse(o.gegevens) as Record<string, unknown>) : null
          return {
            code: o.code,
            soort: o.soort,
            naam: weergavenaam(o.soort as Soort, gegevens),
            begindatum: o.begindatum,
            einddatum: o.einddatum,
            bestaat: o.bestaat === 1,
          }
        }),
      })
    })
}
