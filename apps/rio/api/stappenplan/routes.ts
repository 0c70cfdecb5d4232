/**
 * `/api/rio/stappenplan…`: a guided first registration (wie, waar, wat, met wie) that is saved
 * after every step, so the person can leave and resume; "controleren" checks the whole as a
 * change, "indienen" submits it as one change.
 */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { decide } from '@duo/authz'
import {
  ApiProblem,
  authOf,
  geweigerd,
  jsonLimit,
  ongeldigeInvoer,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import { invoerFout } from '@duo/server-kit'
import { wijzigingSchema } from '../domein/mutaties'
import type { Foutmelding } from '../domein/foutcodes'
import type { RioTables } from '../tables'
import { controleerWijziging, geweigerdeWijziging, voerWijzigingDoor } from '../wijzigingen/verwerk'
import { conceptInvoer, type ConceptGegevens } from './concept'
import { naarWijziging, vertaalFoutmeldingen, vertaalVelden } from './naar-wijziging'
import { bewaarConcept, openConcept, sluitConcept } from './store'

/** The draft is on the server: these actions take no input, and refuse any that is sent. */
const geenInvoer = z.object({}).strict()

export function stappenplanRoutes(platform: SectionPlatform<RioTables>) {
  const { db, clock } = platform

  /** Registering a new aanbieder needs the role on the whole bestuur. */
  function toegang(auth: AuthContext) {
    const bestuur = requireBestuur(auth)
    const d = decide(
      auth.subject,
      'rio.onderwijsaanbieder.wijzigen',
      { bestuur },
      { now: clock.now() },
    )
    if (!d.allowed) throw geweigerd(d.reason.code, d.reason.nl, d.reason.en)
    return bestuur
  }
  const vooraf = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    toegang(authOf(c))
    await next()
  }

  async function bestuurGeregistreerd(bestuursnummer: string) {
    const r = await db
      .selectFrom('rio_object')
      .select('id')
      .where('bestuursnummer', '=', bestuursnummer)
      .where('soort', '=', 'onderwijsbestuur')
      .executeTakeFirst()
    return !!r
  }

  /** The draft as a change, or 400 with the draft's own field names when its shape is wrong. */
  async function alsWijziging(bestuursnummer: string, gegevens: ConceptGegevens) {
    const { wijziging, herkomst } = naarWijziging(
      gegevens,
      await bestuurGeregistreerd(bestuursnummer),
    )
    const r = wijzigingSchema.safeParse(wijziging)
    if (!r.success) {
      const fout = invoerFout(r.error.issues)
      throw ongeldigeInvoer(vertaalVelden(fout.velden ?? [], herkomst), fout.nl, fout.en)
    }
    return { wijziging: r.data, herkomst }
  }

  /** Field problems and refusals of the change, pointed at the draft's fields. */
  function vertaal(err: unknown, herkomst: Parameters<typeof vertaalVelden>[1]): unknown {
    if (!(err instanceof ApiProblem) || err.status !== 400) return err
    const body = err.body as typeof err.body & { foutmeldingen?: Foutmelding[] }
    if (body.foutmeldingen)
      return geweigerdeWijziging(vertaalFoutmeldingen(body.foutmeldingen, herkomst))
    return ongeldigeInvoer(vertaalVelden(body.velden ?? [], herkomst), body.nl, body.en)
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', async (c) => {
      const auth = authOf(c)
      const bestuur = toegang(auth)
      return c.json({
        concept: await openConcept(db, bestuur.bestuursnummer, auth.persoon.id),
        bestuurGeregistreerd: await bestuurGeregistreerd(bestuur.bestuursnummer),
        bestuur: {
          naam: bestuur.naam,
          kvk: bestuur.kvk,
          onderwijsbestuurcode: bestuur.onderwijsbestuurcode,
        },
      })
    })
    .put('/', vooraf, jsonLimit(), valideer('json', conceptInvoer), async (c) => {
      const auth = authOf(c)
      const bestuur = toegang(auth)
      const { stap, gegevens } = c.req.valid('json')
      const concept = await bewaarConcept(
        db,
        { bestuursnummer: bestuur.bestuursnummer, persoonId: auth.persoon.id },
        stap,
        gegevens,
        clock.now().toISOString(),
      )
      return c.json({ concept })
    })
    .post('/controle', vooraf, jsonLimit(), valideer('json', geenInvoer), async (c) => {
      const auth = authOf(c)
      const bestuur = toegang(auth)
      const concept = await openConcept(db, bestuur.bestuursnummer, auth.persoon.id)
      const { wijziging, herkomst } = await alsWijziging(
        bestuur.bestuursnummer,
        concept?.gegevens ?? {},
      )
      try {
        const u = await controleerWijziging(platform, bestuur, wijziging, {
          auth,
          naam: auth.persoon.naam,
          bron: 'stappenplan',
        })
        return c.json({
          geaccepteerd: u.geaccepteerd,
          foutmeldingen: vertaalFoutmeldingen(u.foutmeldingen, herkomst),
        })
      } catch (err) {
        throw vertaal(err, herkomst)
      }
    })
    .post('/indienen', vooraf, jsonLimit(), valideer('json', geenInvoer), async (c) => {
      const auth = authOf(c)
      const bestuur = toegang(auth)
      const concept = await openConcept(db, bestuur.bestuursnummer, auth.persoon.id)
      const { wijziging, herkomst } = await alsWijziging(
        bestuur.bestuursnummer,
        concept?.gegevens ?? {},
      )
      try {
        const gedaan = await voerWijzigingDoor(
          platform,
          bestuur,
          wijziging,
          { auth, naam: auth.persoon.naam, bron: 'stappenplan' },
          // The draft closes in the change's own transaction: submitted once, never twice.
          async (trx, referentie) => {
            if (concept)
              await sluitConcept(
                trx,
                concept.id,
                'ingediend',
                referentie,
                clock.now().toISOString(),
              )
          },
        )
        return c.json({ wijziging: gedaan }, 201)
      } catch (err) {
        throw vertaal(err, herkomst)
      }
    })
    .post('/opnieuw', vooraf, jsonLimit(), valideer('json', geenInvoer), async (c) => {
      const auth = authOf(c)
      const bestuur = toegang(auth)
      const concept = await openConcept(db, bestuur.bestuursnummer, auth.persoon.id)
      if (concept) await sluitConcept(db, concept.id, 'verworpen', null, clock.now().toISOString())
      return c.json({ concept: null })
    })
}
