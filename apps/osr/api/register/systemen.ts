/**
 * `/api/osr/register/systemen`: Kennisnet's view of every supplier system: approve one after its
 * qualification test, or refuse it with a reason; and every endpoint a system has had.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  conflict,
  inTransaction,
  jsonLimit,
  nietGevonden,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { SYSTEEM_STATUSSEN, type OsrTables } from '../tables'
import { dag, vandaagOp } from '../shared/datum'
import { regel } from '../shared/invoer'
import { toegang } from '../shared/toegang'
import { weigerPeriode } from '../mandaten/regels'
import * as store from '../systemen/store'

const systeemNietGevonden = () =>
  nietGevonden('Dit systeem bestaat niet.', 'This system does not exist.')

const lijstQuery = z.object({
  status: z
    .enum(SYSTEEM_STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') })
    .optional(),
})

const goedkeurInvoer = z.object({
  kwalificatieOp: dag({
    nl: 'datum van de kwalificatietest',
    en: 'date of the qualification test',
  }),
})
const afwijsInvoer = z.object({ reden: regel({ nl: 'reden', en: 'reason' }, 2000) })

const datumNl = (d: string) => d.split('-').reverse().join('-')

export function registerSystemenRoutes(platform: SectionPlatform<OsrTables>) {
  const { db, clock, audit } = platform
  const mag = toegang(platform)

  async function aangemeld(id: string) {
    const systeem = await store.getSysteem(db, id)
    if (!systeem) throw systeemNietGevonden()
    if (systeem.status !== 'aangemeld') throw alBeoordeeld()
    return systeem
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', lijstQuery), async (c) => {
      mag.beheerder(authOf(c))
      const systemen = await store.listSystemen(db, { status: c.req.valid('query').status })
      c.header('Cache-Control', 'no-store')
      return c.json({ systemen })
    })
    .get('/:id', async (c) => {
      mag.beheerder(authOf(c))
      const systeem = await store.getSysteem(db, c.req.param('id'))
      if (!systeem) throw systeemNietGevonden()
      c.header('Cache-Control', 'no-store')
      return c.json({ systeem, endpoints: await store.endpointHistorie(db, systeem.id) })
    })
    .post(
      '/:id/goedkeuren',
      mag.voorafBeheerder(),
      jsonLimit(),
      valideer('json', goedkeurInvoer),
      async (c) => {
        const auth = authOf(c)
        const systeem = await aangemeld(c.req.param('id'))
        const { kwalificatieOp } = c.req.valid('json')
        const vandaag = vandaagOp(clock.now())
        const aangemeldOp = vandaagOp(new Date(systeem.aangemeldOp))
        if (kwalificatieOp > vandaag || kwalificatieOp < aangemeldOp)
          weigerPeriode([
            {
              veld: 'kwalificatieOp',
              nl: `De kwalificatietest ligt tussen de aanmelding (${datumNl(aangemeldOp)}) en vandaag (${datumNl(vandaag)})`,
              en: `The qualification test lies between the registration (${datumNl(aangemeldOp)}) and today (${datumNl(vandaag)})`,
            },
          ])
        await inTransaction(db, async (trx) => {
          const besluit = {
            status: 'goedgekeurd' as const,
            kwalificatieOp,
            door: auth.persoon.naam,
          }
          if (!(await store.beoordeel(trx, systeem, besluit, clock.now()))) throw alBeoordeeld()
          await audit.append(
            {
              actie: 'osr.systeem.goedgekeurd',
              auth,
              actorOmschrijving: `${auth.persoon.naam} (Kennisnet)`,
              bestuursnummer: null,
              details: { systeemId: systeem.id, systeem: systeem.naam, kwalificatieOp },
            },
            { in: trx },
          )
        })
        return c.json({ systeem: await store.getSysteem(db, systeem.id) })
      },
    )
    .post(
      '/:id/afwijzen',
      mag.voorafBeheerder(),
      jsonLimit(),
      valideer('json', afwijsInvoer),
      async (c) => {
        const auth = authOf(c)
        const systeem = await aangemeld(c.req.param('id'))
        const { reden } = c.req.valid('json')
        await inTransaction(db, async (trx) => {
          const besluit = { status: 'afgewezen' as const, reden, door: auth.persoon.naam }
          if (!(await store.beoordeel(trx, systeem, besluit, clock.now()))) throw alBeoordeeld()
          await audit.append(
            {
              actie: 'osr.systeem.afgewezen',
              auth,
              actorOmschrijving: `${auth.persoon.naam} (Kennisnet)`,
              bestuursnummer: null,
              details: { systeemId: systeem.id, systeem: systeem.naam },
            },
            { in: trx },
          )
        })
        return c.json({ systeem: await store.getSysteem(db, systeem.id) })
      },
    )
}

const alBeoordeeld = () =>
  conflict(
    'al-beoordeeld',
    'Over dit systeem is al besloten.',
    'A decision on this system has already been made.',
  )
