/**
 * `/api/osr/scholen`: the bestuur's schools with the system (LAS) each uses and, per dienst, the
 * mandaat that counts today with a warning where one is missing; and changing a school's system.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  inTransaction,
  jsonLimit,
  ongeldigeInvoer,
  requireLogin,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { vandaagOp } from '../shared/datum'
import { id } from '../shared/invoer'
import { doorVan, toegang } from '../shared/toegang'
import { getSysteem, listSystemen } from '../systemen/store'
import { lopendeMandaten } from '../mandaten/store'
import { standVanSchool } from './overzicht'
import * as store from './store'

const systeemInvoer = z.object({
  systeemId: id({ nl: 'systeem', en: 'system' }).nullable(),
})

export function scholenRoutes(platform: SectionPlatform<OsrTables>) {
  const { db, clock, audit } = platform
  const mag = toegang(platform)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', async (c) => {
      const bestuur = mag.eigenBestuur(authOf(c), 'osr.raadplegen')
      const vandaag = vandaagOp(clock.now())
      const [systemen, perSchool, lopend] = await Promise.all([
        listSystemen(db),
        store.systemenVanScholen(db, bestuur.bestuursnummer),
        lopendeMandaten(db, bestuur.bestuursnummer, vandaag),
      ])
      const scholen = bestuur.scholen.map((s) => {
        const systeem = systemen.find((x) => x.id === perSchool.get(s.instellingscode))
        return {
          instellingscode: s.instellingscode,
          naam: s.naam,
          systeem: systeem
            ? { id: systeem.id, naam: systeem.naam, leverancier: systeem.leverancier.naam }
            : null,
          diensten: standVanSchool(
            lopend.filter((m) => m.instellingscode === s.instellingscode),
            vandaag,
          ),
        }
      })
      c.header('Cache-Control', 'no-store')
      return c.json({
        vandaag,
        bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam },
        scholen,
        waarschuwingen: scholen.reduce(
          (n, s) => n + s.diensten.filter((d) => d.waarschuwing).length,
          0,
        ),
      })
    })
    .put(
      '/:instellingscode/systeem',
      // Decide on the school's own bestuur before the body is read (404 outside it).
      async (c, next) => {
        await mag.school(authOf(c), c.req.param('instellingscode'), 'osr.las.wijzigen')
        await next()
      },
      jsonLimit(),
      valideer('json', systeemInvoer),
      async (c) => {
        const auth = authOf(c)
        const { bestuur, school } = await mag.school(
          auth,
          c.req.param('instellingscode'),
          'osr.las.wijzigen',
        )
        const { systeemId } = c.req.valid('json')
        const systeem = systeemId ? await getSysteem(db, systeemId) : null
        if (systeemId && systeem?.status !== 'goedgekeurd')
          throw ongeldigeInvoer(
            [
              {
                veld: 'systeemId',
                nl: 'Kies een systeem uit het register',
                en: 'Choose a system from the register',
              },
            ],
            'Dit systeem staat niet (meer) in het register.',
            'This system is not (or no longer) in the register.',
          )
        const door = doorVan(auth)
        await inTransaction(db, async (trx) => {
          await store.zetSysteem(
            trx,
            {
              instellingscode: school.instellingscode,
              bestuursnummer: bestuur.bestuursnummer,
              systeemId: systeem?.id ?? null,
              door: door.naam,
            },
            clock.now(),
          )
          await audit.append(
            {
              actie: 'osr.las.gewijzigd',
              auth,
              bestuursnummer: bestuur.bestuursnummer,
              details: {
                instellingscode: school.instellingscode,
                systeemId: systeem?.id ?? null,
                systeem: systeem ? `${systeem.naam} (${systeem.leverancier.naam})` : null,
              },
            },
            { in: trx },
          )
        })
        return c.json({
          instellingscode: school.instellingscode,
          systeem: systeem
            ? { id: systeem.id, naam: systeem.naam, leverancier: systeem.leverancier.naam }
            : null,
        })
      },
    )
}
