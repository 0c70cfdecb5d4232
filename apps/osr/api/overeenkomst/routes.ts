/**
 * `/api/osr/overeenkomst`: the bestuur's overeenkomst OSR (status, who signed and when, the
 * schools it covers) and its request when it has none yet. Kennisnet handles requests in
 * `register/`.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  conflict,
  inTransaction,
  isUniqueViolation,
  jsonLimit,
  may,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { email, regel, toelichting } from '../shared/invoer'
import { doorVan, toegang } from '../shared/toegang'
import * as store from './store'

const aanvraagInvoer = z.object({
  ondertekenaarNaam: regel({ nl: 'naam van wie tekent', en: 'name of the signatory' }),
  ondertekenaarFunctie: regel({ nl: 'functie van wie tekent', en: 'position of the signatory' }),
  ondertekenaarEmail: email,
  toelichting,
})

const alAangevraagd = (referentie?: string) =>
  conflict(
    'al-aangevraagd',
    `De overeenkomst is al aangevraagd${referentie ? ` (${referentie})` : ''}. Kennisnet neemt contact op met de ondertekenaar.`,
    `The overeenkomst has already been requested${referentie ? ` (${referentie})` : ''}. Kennisnet will contact the signatory.`,
  )

export function overeenkomstRoutes(platform: SectionPlatform<OsrTables>) {
  const { db, clock, audit } = platform
  const now = () => clock.now()
  const mag = toegang(platform)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      // Who uses the register, and who requests the overeenkomst for the bestuur, may see it.
      if (!may(auth, 'osr.raadplegen', { bestuur }, now()))
        authorize(auth, 'beheer.osr-overeenkomst.aanvragen', { bestuur }, now())
      const [overeenkomst, aanvragen] = await Promise.all([
        store.getOvereenkomst(db, bestuur.bestuursnummer),
        store.aanvragenVan(db, bestuur.bestuursnummer),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json({
        bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam },
        // The platform's flag is what `@duo/authz` decides on: it is the status.
        getekend: bestuur.osrOvereenkomstGetekend,
        overeenkomst: bestuur.osrOvereenkomstGetekend ? overeenkomst : null,
        scholen: bestuur.scholen.map((s) => ({
          instellingscode: s.instellingscode,
          naam: s.naam,
        })),
        aanvragen,
        magAanvragen:
          !bestuur.osrOvereenkomstGetekend &&
          !aanvragen.some((a) => a.status === 'ingediend') &&
          may(auth, 'beheer.osr-overeenkomst.aanvragen', { bestuur }, now()),
      })
    })
    .post(
      '/aanvraag',
      mag.vooraf('beheer.osr-overeenkomst.aanvragen'),
      jsonLimit(),
      valideer('json', aanvraagInvoer),
      async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        authorize(auth, 'beheer.osr-overeenkomst.aanvragen', { bestuur }, now())
        if (bestuur.osrOvereenkomstGetekend)
          throw conflict(
            'al-getekend',
            `${bestuur.naam} heeft de overeenkomst OSR al getekend.`,
            `${bestuur.naam} has already signed the overeenkomst OSR.`,
          )
        const open = (await store.aanvragenVan(db, bestuur.bestuursnummer)).find(
          (a) => a.status === 'ingediend',
        )
        if (open) throw alAangevraagd(open.referentie)
        const input = c.req.valid('json')
        const aanvraag = await inTransaction(db, async (trx) => {
          const nieuw = await store
            .createAanvraag(
              trx,
              {
                bestuursnummer: bestuur.bestuursnummer,
                door: doorVan(auth),
                ondertekenaarNaam: input.ondertekenaarNaam,
                ondertekenaarFunctie: input.ondertekenaarFunctie,
                ondertekenaarEmail: input.ondertekenaarEmail,
                toelichting: input.toelichting || null,
              },
              now(),
            )
            .catch((err: unknown) => {
              // Someone of the bestuur sent one at the same moment.
              if (isUniqueViolation(err)) throw alAangevraagd()
              throw err
            })
          await audit.append(
            {
              actie: 'osr.overeenkomst.aangevraagd',
              auth,
              bestuursnummer: bestuur.bestuursnummer,
              details: { aanvraagId: nieuw.id, referentie: nieuw.referentie },
            },
            { in: trx },
          )
          return nieuw
        })
        c.header('Cache-Control', 'no-store')
        return c.json({ aanvraag }, 201)
      },
    )
}
