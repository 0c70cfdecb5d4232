/**
 * `/api/osr/mandaten`: the bestuur's mandaten with their history; giving one, copying it to other
 * schools that use the same system, ending it (einddatum) and revoking it. Every write decides
 * on the school's own bestuur, locks the school and checks the overlap inside one transaction.
 */
import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  conflict,
  cursorParam,
  inTransaction,
  jsonLimit,
  ongeldigeInvoer,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import { MANDAAT_STATUSSEN, type OsrTables } from '../tables'
import { dag, vandaagOp } from '../shared/datum'
import { dienst, id, instellingscode } from '../shared/invoer'
import { doorVan, toegang } from '../shared/toegang'
import { systemenVanScholen, vergrendel } from '../scholen/store'
import { geenOverlap, periodeFouten, systeemVoor, weigerPeriode } from './regels'
import { kopieerRoute } from './kopie'
import * as store from './store'

const geheel = z
  .string()
  .regex(/^\d{1,4}$/, tekst('Geef een heel getal', 'Give a whole number'))
  .transform(Number)
  .optional()

const lijstQuery = z.object({
  school: instellingscode.optional(),
  dienst: dienst.optional(),
  status: z
    .enum(MANDAAT_STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') })
    .optional(),
  pagina: geheel,
  aantal: geheel,
  na: cursorParam,
  voor: cursorParam,
})

const startdatum = dag({ nl: 'startdatum', en: 'start date' })
const einddatum = dag({ nl: 'einddatum', en: 'end date' })

const mandaatInvoer = z.object({
  instellingscode,
  dienst,
  systeemId: id({ nl: 'systeem', en: 'system' }),
  startdatum,
  einddatum: einddatum.nullable().optional(),
})

const einddatumInvoer = z.object({ einddatum })

/** The school of the bestuur named in the input, or 400 exactly as for an unknown school. */
function eigenSchool(bestuur: BestuurTree, code: string, veld = 'instellingscode') {
  const school = bestuur.scholen.find((s) => s.instellingscode === code)
  if (!school)
    throw ongeldigeInvoer(
      [
        {
          veld,
          nl: `Kies een school van uw bestuur (${code} is dat niet)`,
          en: `Choose a school of your board (${code} is not one)`,
        },
      ],
      'Kies een school van uw bestuur.',
      'Choose a school of your board.',
    )
  return school
}

export function mandatenRoutes(platform: SectionPlatform<OsrTables>) {
  const { db, clock, audit, dialect } = platform
  const mag = toegang(platform)
  const vandaag = () => vandaagOp(clock.now())

  /** A mandaat of the person's bestuur they may change (404 for another bestuur's). */
  async function teWijzigen(auth: AuthContext, mandaatId: string) {
    const m = await store.getMandaat(db, mandaatId, vandaag())
    const bestuur = await mag.vanBestuur(auth, m, 'osr.mandaat.wijzigen')
    return { m: m!, bestuur }
  }

  /** Loads and decides before the body is read: 404 for another bestuur's, 403 without the role. */
  const voorafMandaat: MiddlewareHandler<AppEnv> = async (c, next) => {
    await teWijzigen(authOf(c), c.req.param('id') ?? '')
    await next()
  }

  const schoolNaam = (bestuur: BestuurTree, code: string) =>
    bestuur.scholen.find((s) => s.instellingscode === code)?.naam ?? code

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', lijstQuery), async (c) => {
      const bestuur = mag.eigenBestuur(authOf(c), 'osr.raadplegen')
      const q = c.req.valid('query')
      const lijst = await store.listMandaten(
        db,
        bestuur.bestuursnummer,
        { ...q, instellingscode: q.school },
        vandaag(),
      )
      c.header('Cache-Control', 'no-store')
      return c.json({
        ...lijst,
        mandaten: lijst.mandaten.map((m) => ({
          ...m,
          schoolNaam: schoolNaam(bestuur, m.instellingscode),
        })),
      })
    })
    .get('/:id', async (c) => {
      const auth = authOf(c)
      const m = await store.getMandaat(db, c.req.param('id'), vandaag())
      const bestuur = await mag.vanBestuur(auth, m, 'osr.raadplegen')
      const mandaat = m!
      const [gebeurtenissen, perSchool] = await Promise.all([
        store.gebeurtenissen(db, mandaat.id),
        systemenVanScholen(db, bestuur.bestuursnummer),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json({
        mandaat: { ...mandaat, schoolNaam: schoolNaam(bestuur, mandaat.instellingscode) },
        gebeurtenissen,
        // Where a copy may go: the bestuur's other schools that use the same system.
        kopieerbaarNaar: bestuur.scholen
          .filter(
            (s) =>
              s.instellingscode !== mandaat.instellingscode &&
              perSchool.get(s.instellingscode) === mandaat.systeem.id,
          )
          .map((s) => ({ instellingscode: s.instellingscode, naam: s.naam })),
      })
    })
    .post(
      '/',
      mag.vooraf('osr.mandaat.wijzigen'),
      jsonLimit(),
      valideer('json', mandaatInvoer),
      async (c) => {
        const auth = authOf(c)
        const bestuur = mag.eigenBestuur(auth, 'osr.mandaat.wijzigen')
        const input = c.req.valid('json')
        const school = eigenSchool(bestuur, input.instellingscode)
        authorize(
          auth,
          'osr.mandaat.wijzigen',
          { bestuur, school: school.instellingscode },
          clock.now(),
        )
        const periode = { startdatum: input.startdatum, einddatum: input.einddatum ?? null }
        weigerPeriode(periodeFouten(periode, vandaag()))
        const systeem = await systeemVoor(db, input.systeemId, input.dienst)
        const door = doorVan(auth)
        const nieuwId = await inTransaction(db, async (trx) => {
          await vergrendel(
            trx,
            dialect,
            { ...school, bestuursnummer: bestuur.bestuursnummer },
            clock.now(),
          )
          await geenOverlap(
            trx,
            { instellingscode: school.instellingscode, dienst: input.dienst, ...periode },
            vandaag(),
          )
          const id = await store.geef(
            trx,
            {
              bestuursnummer: bestuur.bestuursnummer,
              instellingscode: school.instellingscode,
              dienst: input.dienst,
              systeemId: systeem.id,
              ...periode,
            },
            door,
            clock.now(),
          )
          await audit.append(
            {
              actie: 'osr.mandaat.gegeven',
              auth,
              bestuursnummer: bestuur.bestuursnummer,
              details: {
                mandaatId: id,
                instellingscode: school.instellingscode,
                dienst: input.dienst,
                systeemId: systeem.id,
                ...periode,
              },
            },
            { in: trx },
          )
          return id
        })
        const mandaat = await store.getMandaat(db, nieuwId, vandaag())
        return c.json({ mandaat }, 201)
      },
    )
    .route('/', kopieerRoute(platform))
    .post(
      '/:id/beeindigen',
      voorafMandaat,
      jsonLimit(),
      valideer('json', einddatumInvoer),
      async (c) => {
        const auth = authOf(c)
        const { m, bestuur } = await teWijzigen(auth, c.req.param('id'))
        const { einddatum } = c.req.valid('json')
        if (m.status === 'ingetrokken' || m.status === 'beeindigd') throw nietLopend(m.status)
        const fouten = periodeFouten({ startdatum: m.startdatum, einddatum }, vandaag()).filter(
          (f) => f.veld === 'einddatum',
        )
        if (einddatum < vandaag())
          fouten.push({
            veld: 'einddatum',
            nl: 'De einddatum mag niet in het verleden liggen; trek het mandaat in om het direct te stoppen',
            en: 'The end date cannot be in the past; revoke the mandaat to stop it at once',
          })
        weigerPeriode(fouten)
        await inTransaction(db, async (trx) => {
          await vergrendel(trx, dialect, m, clock.now())
          await geenOverlap(trx, { ...m, einddatum, behalve: m.id }, vandaag())
          if (!(await store.zetEinddatum(trx, m.id, einddatum, doorVan(auth), clock.now())))
            throw nietLopend('ingetrokken')
          await audit.append(
            {
              actie: 'osr.mandaat.beeindigd',
              auth,
              bestuursnummer: bestuur.bestuursnummer,
              details: { mandaatId: m.id, einddatum, vorigeEinddatum: m.einddatum },
            },
            { in: trx },
          )
        })
        return c.json({ mandaat: await store.getMandaat(db, m.id, vandaag()) })
      },
    )
    .post('/:id/intrekken', voorafMandaat, async (c) => {
      const auth = authOf(c)
      const { m, bestuur } = await teWijzigen(auth, c.req.param('id'))
      if (m.status === 'ingetrokken' || m.status === 'beeindigd') throw nietLopend(m.status)
      await inTransaction(db, async (trx) => {
        if (!(await store.trekIn(trx, m.id, doorVan(auth), clock.now())))
          throw nietLopend('ingetrokken')
        await audit.append(
          {
            actie: 'osr.mandaat.ingetrokken',
            auth,
            bestuursnummer: bestuur.bestuursnummer,
            details: { mandaatId: m.id, instellingscode: m.instellingscode, dienst: m.dienst },
          },
          { in: trx },
        )
      })
      return c.json({ mandaat: await store.getMandaat(db, m.id, vandaag()) })
    })
}

const nietLopend = (status: 'ingetrokken' | 'beeindigd') =>
  status === 'ingetrokken'
    ? conflict(
        'ingetrokken',
        'Dit mandaat is al ingetrokken.',
        'This mandaat has already been revoked.',
      )
    : conflict(
        'beeindigd',
        'Dit mandaat is al beëindigd. Geef een nieuw mandaat als de school het systeem weer nodig heeft.',
        'This mandaat has already ended. Give a new one if the school needs the system again.',
      )
