/**
 * `/api/xbrl/jaarverantwoordingen`: the verslagjaren a bestuur can work on today with their
 * jaarverantwoording (if any), starting one ("nieuwe aanlevering" or "verder gaan"), and a
 * correction after submission, until 1 July after the verslagjaar.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  authorizeLoaded,
  conflict,
  jsonLimit,
  ongeldigeInvoer,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { weergave } from '../aanleveringen/weergave'
import { eisIndienen, eisOpen, openVerslagjaren, vandaag, venster } from '../shared/termijnen'
import { onbekend } from '../shared/toegang'
import { INGEDIEND, type XbrlTables } from '../tables'
import { begin, correctie, getJaarverantwoording, vanBestuur } from './store'

const nieuw = z.object({
  verslagjaar: z
    .number({ message: tekst('Kies een verslagjaar', 'Choose a verslagjaar') })
    .int(tekst('Kies een verslagjaar', 'Choose a verslagjaar'))
    .min(2000, tekst('Kies een verslagjaar vanaf 2000', 'Choose a verslagjaar from 2000'))
    .max(2100, tekst('Kies een bestaand verslagjaar', 'Choose an existing verslagjaar')),
})

export function jaarverantwoordingenRoutes(platform: SectionPlatform<XbrlTables>) {
  const { db, clock, audit, organisaties } = platform
  const w = weergave(platform)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const now = clock.now()
      authorize(auth, 'xbrl.jaarverantwoording.raadplegen', { bestuur }, now)
      const jaarverantwoordingen = await vanBestuur(db, bestuur.bestuursnummer)
      const jaren = [
        ...new Set([...openVerslagjaren(now), ...jaarverantwoordingen.map((j) => j.verslagjaar)]),
      ].sort((a, b) => b - a)
      c.header('Cache-Control', 'private, no-store')
      return c.json({
        vandaag: vandaag(now),
        verslagjaren: await Promise.all(
          jaren.map(async (verslagjaar) => {
            const jv = jaarverantwoordingen.find((j) => j.verslagjaar === verslagjaar) ?? null
            const laatste = jv?.versies[0] ?? null
            return {
              ...venster(verslagjaar, now),
              jaarverantwoordingId: jv?.id ?? null,
              laatste: laatste && {
                id: laatste.id,
                versie: laatste.versie,
                status: laatste.status,
                referentie: laatste.referentie,
                ingediendOp: laatste.ingediendOp,
                validatie: await w.validatie(laatste),
              },
              versies: jv?.versies.length ?? 0,
            }
          }),
        ),
      })
    })
    .post('/', jsonLimit(), valideer('json', nieuw), async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const now = clock.now()
      authorize(auth, 'xbrl.jaarverantwoording.indienen', { bestuur }, now)
      const { verslagjaar } = c.req.valid('json')
      if (!openVerslagjaren(now).includes(verslagjaar)) {
        eisOpen(verslagjaar, now, { nl: 'Aanleveren', en: 'Submitting' })
        throw ongeldigeInvoer([
          {
            veld: 'verslagjaar',
            nl: 'Kies een verslagjaar dat open is',
            en: 'Choose a verslagjaar that is open',
          },
        ])
      }
      const door = { naam: auth.persoon.naam, persoonId: auth.persoon.id }
      const { aanlevering, nieuw: isNieuw } = await begin(
        db,
        bestuur.bestuursnummer,
        verslagjaar,
        door,
        now,
      )
      if (isNieuw)
        await audit.append({
          actie: 'xbrl.jaarverantwoording.aangemaakt',
          auth,
          bestuursnummer: bestuur.bestuursnummer,
          details: { verslagjaar, aanleveringId: aanlevering.id },
        })
      return c.json(await w.detail(auth, aanlevering, bestuur), isNieuw ? 201 : 200)
    })
    .post('/:id/correctie', async (c) => {
      const auth = authOf(c)
      requireBestuur(auth)
      const now = clock.now()
      const jv = await getJaarverantwoording(db, c.req.param('id'))
      const bestuur = jv && (await organisaties.bestuur(jv.bestuursnummer))
      if (!jv || !bestuur) throw onbekend()
      authorizeLoaded(auth, 'xbrl.jaarverantwoording.indienen', { bestuur }, now, onbekend)
      const [laatste] =
        (await vanBestuur(db, bestuur.bestuursnummer)).find((j) => j.id === jv.id)?.versies ?? []
      if (!laatste || !(INGEDIEND as readonly string[]).includes(laatste.status))
        throw conflict(
          'concept-bestaat',
          `Versie ${laatste?.versie ?? 1} is nog niet ingediend: ga daarmee verder in plaats van een correctie te beginnen.`,
          `Version ${laatste?.versie ?? 1} has not been submitted yet: continue with it instead of starting a correction.`,
        )
      eisIndienen(jv.verslagjaar, now, {
        nl: 'Een correctie aanleveren',
        en: 'Submitting a correction',
      })
      const nieuweVersie = await correctie(
        db,
        jv.id,
        laatste.versie,
        { naam: auth.persoon.naam, persoonId: auth.persoon.id },
        now,
      )
      if (!nieuweVersie)
        throw conflict(
          'gewijzigd',
          'Er is intussen al een correctie begonnen. Laad de pagina opnieuw.',
          'A correction was started in the meantime. Reload the page.',
        )
      await audit.append({
        actie: 'xbrl.correctie.aangemaakt',
        auth,
        bestuursnummer: bestuur.bestuursnummer,
        details: {
          verslagjaar: jv.verslagjaar,
          aanleveringId: nieuweVersie.id,
          versie: nieuweVersie.versie,
        },
      })
      return c.json(await w.detail(auth, nieuweVersie, bestuur), 201)
    })
}
