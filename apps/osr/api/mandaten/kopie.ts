/**
 * `POST /api/osr/mandaten/:id/kopie`: the same mandaat (dienst, system, einddatum) for other
 * schools of the bestuur that use the same system, in one action: all copies or none.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  conflict,
  inTransaction,
  jsonLimit,
  ongeldigeInvoer,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
  type VeldFout,
} from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { vandaagOp } from '../shared/datum'
import { DIENST_DEFINITIES } from '../shared/diensten'
import { instellingscode } from '../shared/invoer'
import { doorVan, toegang } from '../shared/toegang'
import { systemenVanScholen, vergrendel } from '../scholen/store'
import { overlappend } from './store'
import * as store from './store'

const kopieInvoer = z.object({
  scholen: z
    .array(instellingscode)
    .min(1, tekst('Kies ten minste één school', 'Choose at least one school'))
    .max(200, tekst('Kies hoogstens 200 scholen', 'Choose at most 200 schools')),
})

export function kopieerRoute(platform: SectionPlatform<OsrTables>) {
  const { db, clock, audit, dialect } = platform
  const mag = toegang(platform)

  return new Hono<AppEnv>().post(
    '/:id/kopie',
    // Load and decide before the body is read: 404 for another bestuur's mandaat.
    async (c, next) => {
      const m = await store.getMandaat(db, c.req.param('id'), vandaagOp(clock.now()))
      await mag.vanBestuur(authOf(c), m, 'osr.mandaat.wijzigen')
      await next()
    },
    jsonLimit(),
    valideer('json', kopieInvoer),
    async (c) => {
      const auth = authOf(c)
      const vandaag = vandaagOp(clock.now())
      const bron = await store.getMandaat(db, c.req.param('id'), vandaag)
      const bestuur = await mag.vanBestuur(auth, bron, 'osr.mandaat.wijzigen')
      const m = bron!
      if (m.status === 'ingetrokken' || m.status === 'beeindigd')
        throw conflict(
          'niet-lopend',
          'Alleen een lopend of toekomstig mandaat kan worden gekopieerd.',
          'Only a current or future mandaat can be copied.',
        )
      const codes = [...new Set(c.req.valid('json').scholen)].sort()
      const perSchool = await systemenVanScholen(db, bestuur.bestuursnummer)
      const fouten: VeldFout[] = []
      codes.forEach((code, i) => {
        const veld = `scholen.${i}`
        const school = bestuur.scholen.find((s) => s.instellingscode === code)
        if (!school)
          fouten.push({
            veld,
            nl: `Kies een school van uw bestuur (${code} is dat niet)`,
            en: `Choose a school of your board (${code} is not one)`,
          })
        else if (code === m.instellingscode)
          fouten.push({
            veld,
            nl: `${code} heeft dit mandaat al`,
            en: `${code} already has this mandaat`,
          })
        else if (perSchool.get(code) !== m.systeem.id)
          fouten.push({
            veld,
            nl: `${school.naam} (${code}) gebruikt ${m.systeem.naam} niet`,
            en: `${school.naam} (${code}) does not use ${m.systeem.naam}`,
          })
      })
      if (fouten.length)
        throw ongeldigeInvoer(
          fouten,
          `Kopiëren kan alleen naar andere scholen van uw bestuur die ${m.systeem.naam} gebruiken.`,
          `A copy can only go to other schools of your board that use ${m.systeem.naam}.`,
        )
      for (const code of codes)
        authorize(auth, 'osr.mandaat.wijzigen', { bestuur, school: code }, clock.now())

      // A copy starts today at the earliest: a mandaat is never given for days gone by.
      const periode = {
        startdatum: m.startdatum > vandaag ? m.startdatum : vandaag,
        einddatum: m.einddatum,
      }
      const door = doorVan(auth)
      const ids = await inTransaction(db, async (trx) => {
        const bezet: string[] = []
        for (const code of codes) {
          await vergrendel(
            trx,
            dialect,
            { instellingscode: code, bestuursnummer: bestuur.bestuursnummer },
            clock.now(),
          )
          const [ander] = await overlappend(
            trx,
            { instellingscode: code, dienst: m.dienst, ...periode },
            vandaag,
          )
          if (ander) bezet.push(`${code} (${ander.systeem.naam})`)
        }
        if (bezet.length) {
          const naam = DIENST_DEFINITIES[m.dienst].naam
          throw conflict(
            'overlap',
            `Niet gekopieerd: ${bezet.join(', ')} ${bezet.length === 1 ? 'heeft' : 'hebben'} in die periode al een mandaat voor ${naam.nl}. Er is niets gewijzigd.`,
            `Not copied: ${bezet.join(', ')} already ${bezet.length === 1 ? 'has' : 'have'} a mandaat for ${naam.en} in that period. Nothing was changed.`,
          )
        }
        const nieuw: string[] = []
        for (const code of codes) {
          const id = await store.geef(
            trx,
            {
              bestuursnummer: bestuur.bestuursnummer,
              instellingscode: code,
              dienst: m.dienst,
              systeemId: m.systeem.id,
              ...periode,
              gekopieerdVan: m.id,
            },
            door,
            clock.now(),
          )
          await audit.append(
            {
              actie: 'osr.mandaat.gekopieerd',
              auth,
              bestuursnummer: bestuur.bestuursnummer,
              details: {
                mandaatId: id,
                vanMandaatId: m.id,
                instellingscode: code,
                dienst: m.dienst,
              },
            },
            { in: trx },
          )
          nieuw.push(id)
        }
        return nieuw
      })
      const mandaten = await Promise.all(ids.map((id) => store.getMandaat(db, id, vandaag)))
      return c.json({ mandaten }, 201)
    },
  )
}
