/**
 * `/api/rod/leerlingdossier`: finding a pupil of the school (by PGN, or by surname and date of
 * birth) and reading the pupil's dossier. Both are reads of a child's personal data: each is
 * scoped by the school's kenmerk and written to the audit log (without name or full PGN).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  may,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { dag, instellingscode } from '../shared/invoer'
import { maskeerPgn, pgnSoort } from '../shared/pgn'
import { vandaag } from '../shared/dagen'
import { leerlingToegang } from './toegang'
import * as store from './store'

const zoekQuery = z
  .object({
    instellingscode,
    pgn: z.string().trim().max(20).optional(),
    achternaam: z.string().trim().max(100).optional(),
    geboortedatum: dag('Geboortedatum', 'Date of birth').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.pgn) {
      if (!pgnSoort(q.pgn))
        ctx.addIssue({
          code: 'custom',
          path: ['pgn'],
          message: tekst(
            'Dit is geen geldig BSN of onderwijsnummer: controleer de 9 cijfers.',
            'This is not a valid BSN or onderwijsnummer: check the 9 digits.',
          ),
        })
      return
    }
    if (!q.achternaam)
      ctx.addIssue({
        code: 'custom',
        path: ['achternaam'],
        message: tekst(
          'Vul een PGN in, of de achternaam met de geboortedatum',
          'Enter a PGN, or the surname with the date of birth',
        ),
      })
    if (!q.geboortedatum)
      ctx.addIssue({
        code: 'custom',
        path: ['geboortedatum'],
        message: tekst('Vul de geboortedatum in', 'Enter the date of birth'),
      })
  })

export function leerlingdossierRoutes(platform: SectionPlatform<RodTables>) {
  const { db, clock, audit } = platform
  const mag = toegang(platform)
  const leerlingOpSchool = leerlingToegang(platform)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/zoek', valideer('query', zoekQuery), async (c) => {
      const auth = authOf(c)
      const q = c.req.valid('query')
      const scope = mag.scope(auth, ['rod.leerlingdossier.raadplegen'], q.instellingscode)
      const pgn = q.pgn ? pgnSoort(q.pgn)!.pgn : undefined
      const leerlingen = await store.zoek(db, scope.instellingscodes[0]!, {
        pgn,
        achternaam: q.achternaam,
        geboortedatum: q.geboortedatum,
      })
      await audit.append({
        actie: 'rod.leerling.gezocht',
        auth,
        bestuursnummer: scope.bestuur.bestuursnummer,
        details: {
          instellingscode: scope.school!.instellingscode,
          zoekwijze: pgn ? 'pgn' : 'naam-geboortedatum',
          ...(pgn ? { pgn: maskeerPgn(pgn) } : {}),
          gevonden: leerlingen.length,
        },
      })
      c.header('Cache-Control', 'no-store')
      return c.json({ leerlingen })
    })
    .get('/:instellingscode/:leerlingId', async (c) => {
      const auth = authOf(c)
      const { leerling, bestuur, school } = await leerlingOpSchool(
        auth,
        'rod.leerlingdossier.raadplegen',
        c.req.param('instellingscode').toUpperCase(),
        c.req.param('leerlingId'),
      )
      const now = clock.now()
      const inhoud = await store.dossier(db, leerling, school.instellingscode, vandaag(now))
      await audit.append({
        actie: 'rod.leerlingdossier.geraadpleegd',
        auth,
        bestuursnummer: bestuur.bestuursnummer,
        details: {
          leerlingId: leerling.id,
          pgn: maskeerPgn(leerling.pgn),
          instellingscode: school.instellingscode,
        },
      })
      c.header('Cache-Control', 'no-store')
      return c.json({
        ...inhoud,
        school: { instellingscode: school.instellingscode, naam: school.naam },
        bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam },
        magMutatieIndienen: may(
          auth,
          'rod.handmatige-mutatie.indienen',
          { bestuur, school: school.instellingscode },
          now,
        ),
      })
    })
}
