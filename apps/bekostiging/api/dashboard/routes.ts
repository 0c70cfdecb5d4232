/**
 * `/api/bekostiging/dashboard…`: the Dashboard bekostiging (OSB), available from its configured
 * date (`@duo/authz` says so, with the date, before it): per teldatum the counts per school and
 * the bekostigingssignalen, and the download of the individual statustoekenningen.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  downloadHeaders,
  lijstParams,
  nietGevonden,
  ongeldigeInvoer,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import { SIGNAALCODES, SIGNALEN, isSignaalcode } from '../../regels/signalen'
import type { BekostigingTables } from '../tables'
import { dagParam, schoolParam } from '../shared/lijst'
import { csvStream, perPagina } from '../shared/csv'
import { registratiesMetSignaal, statustoekenningPagina, teldata, telling } from './store'

const dashboardQuery = z.object({ teldatum: dagParam.optional(), school: schoolParam.optional() })
const signalenQuery = dashboardQuery.extend({
  signaal: z
    .enum(SIGNAALCODES as [string, ...string[]], {
      message: tekst('Onbekend signaal', 'Unknown signal'),
    })
    .optional(),
  pagina: lijstParams.pagina,
  aantal: lijstParams.aantal,
  na: lijstParams.na,
  voor: lijstParams.voor,
})

export function dashboardRoutes(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, audit } = platform
  const now = () => clock.now()

  /** The bestuur, the teldatum asked (or the latest) and the school, all checked. */
  async function context(
    auth: AuthContext,
    q: { teldatum?: string | undefined; school?: string | undefined },
  ) {
    const bestuur = requireBestuur(auth)
    if (q.school && !bestuur.scholen.some((s) => s.instellingscode === q.school))
      throw ongeldigeInvoer([
        {
          veld: 'school',
          nl: 'Kies een school van uw bestuur',
          en: 'Choose a school of your board',
        },
      ])
    authorize(
      auth,
      'bekostiging.dashboard.raadplegen',
      q.school ? { bestuur, school: q.school } : { bestuur },
      now(),
    )
    const alle = await teldata(db, bestuur.bestuursnummer)
    const teldatum = q.teldatum ?? alle[0] ?? null
    if (q.teldatum && !alle.includes(q.teldatum))
      throw nietGevonden(
        'Voor deze teldatum zijn er geen gegevens.',
        'There is no data for this count date.',
      )
    return { bestuur, teldata: alle, teldatum, school: q.school }
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(async (c, next) => {
      c.header('Cache-Control', 'no-store')
      await next()
    })
    .get('/', valideer('query', dashboardQuery), async (c) => {
      const {
        bestuur,
        teldata: alle,
        teldatum,
        school,
      } = await context(authOf(c), c.req.valid('query'))
      if (!teldatum)
        return c.json({
          teldata: alle,
          teldatum,
          scholen: [],
          totaal: { bekostigd: 0, nietBekostigd: 0 },
          signalen: [],
        })
      return c.json({ teldata: alle, teldatum, ...(await telling(db, bestuur, teldatum, school)) })
    })
    .get('/signalen', valideer('query', signalenQuery), async (c) => {
      const q = c.req.valid('query')
      const { bestuur, teldatum, school } = await context(authOf(c), q)
      if (!teldatum)
        return c.json({
          registraties: [],
          totaal: 0,
          totaalBegrensd: false,
          pagina: 1,
          aantal: 25,
          volgende: null,
          vorige: null,
        })
      return c.json(
        await registratiesMetSignaal(db, bestuur.bestuursnummer, {
          teldatum,
          school,
          signaal: q.signaal,
          pagina: q.pagina,
          aantal: q.aantal,
          na: q.na,
          voor: q.voor,
        }),
      )
    })
    .get('/statustoekenningen.csv', valideer('query', dashboardQuery), async (c) => {
      const auth = authOf(c)
      const { bestuur, teldatum, school } = await context(auth, c.req.valid('query'))
      if (!teldatum)
        throw nietGevonden(
          'Er zijn nog geen statustoekenningen.',
          'There are no funding statuses yet.',
        )
      // Pupil-level data leaves the portal: the audit log says who took it.
      await audit.append({
        actie: 'bekostiging.statustoekenningen.gedownload',
        auth,
        bestuursnummer: bestuur.bestuursnummer,
        details: { teldatum, school: school ?? null },
      })
      const scholen = new Map(bestuur.scholen.map((s) => [s.instellingscode, s.naam]))
      async function* rijen() {
        for await (const r of perPagina(
          statustoekenningPagina(db, bestuur.bestuursnummer, teldatum!, school),
        )) {
          const signaal =
            r.signaalcode && isSignaalcode(r.signaalcode) ? SIGNALEN[r.signaalcode] : null
          yield [
            r.teldatum,
            r.instellingscode,
            scholen.get(r.instellingscode) ?? '',
            r.leerlingnummer,
            r.leeftijdscategorie,
            r.inschrijfdatum,
            r.bekostigd === 1 ? 'bekostigd' : 'niet bekostigd',
            r.signaalcode ?? '',
            signaal?.nl ?? '',
          ]
        }
      }
      const kop = [
        'teldatum',
        'instellingscode',
        'school',
        'leerlingnummer',
        'leeftijdscategorie',
        'inschrijfdatum',
        'status',
        'signaalcode',
        'signaal',
      ]
      const naam = `statustoekenningen-${bestuur.bestuursnummer}-${teldatum}${school ? `-${school}` : ''}.csv`
      return c.body(csvStream(kop, rijen()), 200, downloadHeaders('text/csv', naam))
    })
}
