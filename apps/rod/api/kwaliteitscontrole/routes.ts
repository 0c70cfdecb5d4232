/**
 * `/api/rod/kwaliteitscontrole`: the weekly kwaliteitscontrolebestand of a school for its
 * medewerker schooladministratie ROD: the weeks of a schooljaar (those without findings say no
 * file was made), the findings of one week with what they mean and what to do, and the file as
 * CSV. Reading a week names pupils: it is logged.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  downloadHeaders,
  nietGevonden,
  requireLogin,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { instellingscode, schooljaar } from '../shared/invoer'
import { vandaag, weekUitId } from '../shared/dagen'
import { ROD_START, schooljaarVan } from '../shared/schooljaar'
import { BOM, csvRegel } from '../shared/csv'
import { schooljarenVan } from '../dashboard/store'
import * as store from './store'

const PERMISSION = 'rod.kwaliteitscontrole.raadplegen' as const
const query = z.object({
  instellingscode: instellingscode.optional(),
  schooljaar: schooljaar.optional(),
})

const geenBestand = () =>
  nietGevonden(
    'Voor deze week is (nog) geen kwaliteitscontrolebestand gemaakt.',
    'No kwaliteitscontrolebestand (quality control file) was made for this week (yet).',
  )

export function kwaliteitscontroleRoutes(platform: SectionPlatform<RodTables>) {
  const { db, clock, audit } = platform
  const mag = toegang(platform)

  /** The school and the week asked for, when the week's file has been made. */
  async function weekVan(auth: AuthContext, code: string, weekId: string) {
    const scope = mag.scope(auth, [PERMISSION], code.toUpperCase())
    const week = weekUitId(weekId)
    const dag = vandaag(clock.now())
    if (!week || week.zondag >= dag || week.zondag < ROD_START) throw geenBestand()
    const bevindingen = await store.bestandVanWeek(db, scope.school!.instellingscode, week)
    return { scope, week, bevindingen }
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', query), async (c) => {
      const auth = authOf(c)
      const q = c.req.valid('query')
      const scholen = mag.scholenMet(auth, [PERMISSION])
      const gekozen = q.instellingscode ?? scholen[0]?.instellingscode
      const scope = mag.scope(auth, [PERMISSION], gekozen)
      const school = scope.school!
      const dag = vandaag(clock.now())
      const schooljaren = (await schooljarenVan(db, [school.instellingscode], dag)).filter(
        (sj) => sj >= schooljaarVan(ROD_START),
      )
      const sj =
        q.schooljaar ?? schooljaren.find((s) => s <= schooljaarVan(dag)) ?? schooljaarVan(dag)
      const weken = await store.tellingPerWeek(db, school.instellingscode, store.wekenVan(sj, dag))
      c.header('Cache-Control', 'no-store')
      return c.json({
        school: { instellingscode: school.instellingscode, naam: school.naam },
        scholen: scholen.map((s) => ({ instellingscode: s.instellingscode, naam: s.naam })),
        schooljaren,
        schooljaar: sj,
        weken: weken.map((w) => ({ ...w, bestand: w.aantal > 0 })),
      })
    })
    .get('/:instellingscode/:week', async (c) => {
      const auth = authOf(c)
      const { scope, week, bevindingen } = await weekVan(
        auth,
        c.req.param('instellingscode'),
        c.req.param('week'),
      )
      await audit.append({
        actie: 'rod.kwaliteitscontrolebestand.geraadpleegd',
        auth,
        bestuursnummer: scope.bestuur.bestuursnummer,
        details: {
          instellingscode: scope.school!.instellingscode,
          week: week.id,
          bevindingen: bevindingen.length,
        },
      })
      c.header('Cache-Control', 'no-store')
      return c.json({
        school: { instellingscode: scope.school!.instellingscode, naam: scope.school!.naam },
        week,
        bestand: bevindingen.length > 0,
        bevindingen,
      })
    })
    .get('/:instellingscode/:week/csv', async (c) => {
      const auth = authOf(c)
      const { scope, week, bevindingen } = await weekVan(
        auth,
        c.req.param('instellingscode'),
        c.req.param('week'),
      )
      if (!bevindingen.length) throw geenBestand()
      const code = scope.school!.instellingscode
      await audit.append({
        actie: 'rod.kwaliteitscontrolebestand.gedownload',
        auth,
        bestuursnummer: scope.bestuur.bestuursnummer,
        details: { instellingscode: code, week: week.id, bevindingen: bevindingen.length },
      })
      const regels = [
        BOM,
        csvRegel([
          'Week',
          'Instellingscode',
          'Soort',
          'Code',
          'Omschrijving',
          'Wat te doen',
          'PGN',
          'Naam',
          'Geboortedatum',
          'Gesignaleerd op',
          'Schooljaar',
        ]),
        ...bevindingen.map((b) =>
          csvRegel([
            week.id,
            code,
            b.soortLabel.nl,
            b.code,
            b.omschrijving.nl,
            b.actie.nl,
            b.leerling.pgn,
            b.leerling.naam,
            b.leerling.geboortedatum,
            b.gesignaleerdOp,
            b.schooljaar,
          ]),
        ),
      ]
      const bytes = new TextEncoder().encode(regels.join(''))
      return c.body(
        bytes,
        200,
        downloadHeaders(
          'text/csv',
          `kwaliteitscontrolebestand-${code}-${week.id}.csv`,
          bytes.byteLength,
        ),
      )
    })
}
