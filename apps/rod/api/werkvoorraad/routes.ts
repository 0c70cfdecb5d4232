/**
 * `/api/rod/werkvoorraad`: DUO's queue of verzoeken handmatige mutatie of every bestuur, for
 * the DUO behandelaar ROD. Accepting changes the register (with history) after checking the
 * register still holds the value the school saw and the rules still allow the new one.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  GEEN_BESTUUR,
  actorOmschrijving,
  authOf,
  authorize,
  conflict,
  cursorParam,
  jsonLimit,
  nietGevonden,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { UUID, aantal, pagina } from '../shared/invoer'
import { vandaag } from '../shared/dagen'
import { controleer, laadObject } from '../handmatige-mutatie/onderdelen'
import { stuurBijlage } from '../handmatige-mutatie/bijlage'
import * as store from '../handmatige-mutatie/store'
import { getLeerling, leerlingVan } from '../leerlingdossier/store'

const PERMISSION = 'rod.handmatige-mutatie.behandelen' as const
const ROL = { nl: 'DUO behandelaar ROD' }

const lijstQuery = z.object({
  status: z
    .enum(store.STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') })
    .optional(),
  pagina,
  aantal,
  na: cursorParam,
  voor: cursorParam,
})
const afwijzing = z.object({
  reden: z
    .string()
    .trim()
    .min(
      10,
      tekst(
        'Schrijf de school waarom het verzoek is afgewezen (minstens 10 tekens)',
        'Tell the school why the request is refused (at least 10 characters)',
      ),
    )
    .max(
      2000,
      tekst(
        'De reden is te lang (hoogstens 2.000 tekens)',
        'The reason is too long (at most 2,000 characters)',
      ),
    ),
})

const verzoekNietGevonden = () =>
  nietGevonden('Dit verzoek bestaat niet.', 'This request does not exist.')

export function werkvoorraadRoutes(platform: SectionPlatform<RodTables>) {
  const { db, clock, audit, organisaties, bestanden, logger } = platform
  const mag = toegang(platform)

  async function laad(auth: AuthContext, id: string) {
    // Only DUO's own staff, whatever the id: nobody else learns which verzoeken exist. A person
    // of a bestuur is asked about their own bestuur, so the reason names DUO's role.
    authorize(auth, PERMISSION, { bestuur: auth.bestuur ?? GEEN_BESTUUR }, clock.now())
    const v = UUID.test(id) ? await store.getVerzoek(db, id) : null
    if (!v) throw verzoekNietGevonden()
    const bestuur = await mag.opRij(auth, PERMISSION, v, verzoekNietGevonden)
    return { v, bestuur }
  }

  /** The verzoek with the pupil, the register as it is now and whether the change still fits. */
  async function detail(auth: AuthContext, id: string) {
    const { v, bestuur } = await laad(auth, id)
    const [leerling, object] = await Promise.all([
      getLeerling(db, v.leerling_id),
      laadObject(db, v.onderdeel as never, v.object_id),
    ])
    const actueel = !!object && object.waarde === v.huidige_waarde
    const problemen =
      object && v.status === 'ingediend'
        ? controleer(object, v.voorgestelde_waarde, vandaag(clock.now()))
        : []
    logger.info(
      { persoon: auth.persoon.id, verzoek: v.id },
      'verzoek handmatige mutatie gelezen door DUO',
    )
    return {
      verzoek: store.verzoekVan(v),
      bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam },
      school: bestuur.scholen.find((s) => s.instellingscode === v.instellingscode) ?? null,
      leerling: leerling ? leerlingVan(leerling) : null,
      beoordeling: { actueel, nuGeregistreerd: object?.waarde ?? null, problemen },
    }
  }

  const behandelaar = (auth: AuthContext) => actorOmschrijving(auth, ROL)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', lijstQuery), async (c) => {
      const auth = authOf(c)
      authorize(auth, PERMISSION, { bestuur: auth.bestuur ?? GEEN_BESTUUR }, clock.now())
      const q = c.req.valid('query')
      const filter = {
        status: q.status,
        pagina: q.pagina,
        aantal: q.aantal,
        na: q.na,
        voor: q.voor,
      }
      const [{ verzoeken, ...lijst }, besturen] = await Promise.all([
        store.lijstVerzoeken(db, filter, q.status === 'ingediend'),
        organisaties.besturen(),
      ])
      const namen = new Map(besturen.map((b) => [b.bestuursnummer, b.naam]))
      c.header('Cache-Control', 'no-store')
      return c.json({
        verzoeken: verzoeken.map((v) => ({ ...v, bestuurNaam: namen.get(v.bestuursnummer) ?? '' })),
        ...lijst,
      })
    })
    .get('/:id', async (c) => {
      const body = await detail(authOf(c), c.req.param('id'))
      c.header('Cache-Control', 'no-store')
      return c.json(body)
    })
    .get('/:id/bijlage', async (c) => {
      const { v } = await laad(authOf(c), c.req.param('id'))
      return stuurBijlage(c, bestanden, v)
    })
    .post('/:id/accepteren', jsonLimit(), async (c) => {
      const auth = authOf(c)
      const { v } = await laad(auth, c.req.param('id'))
      if (v.status !== 'ingediend')
        throw conflict(
          'al-behandeld',
          'Dit verzoek is al behandeld.',
          'This request has already been handled.',
        )
      const object = await laadObject(db, v.onderdeel as never, v.object_id)
      if (!object || object.waarde !== v.huidige_waarde)
        throw conflict(
          'register-gewijzigd',
          'De registratie is gewijzigd sinds de school het verzoek deed. Wijs het verzoek af en vraag de school zo nodig om een nieuw verzoek.',
          'The registration changed after the school made the request. Refuse it and, if needed, ask the school for a new request.',
        )
      const problemen = controleer(object, v.voorgestelde_waarde, vandaag(clock.now()))
      if (problemen.length)
        throw conflict(
          'regel',
          `Dit kan niet worden doorgevoerd: ${problemen[0]!.nl}`,
          `This cannot be applied: ${problemen[0]!.en}`,
        )
      const door = behandelaar(auth)
      await store.accepteer(db, v, door, clock.now(), async (trx) => {
        await audit.append(
          {
            actie: 'rod.handmatige-mutatie.geaccepteerd',
            auth,
            actorOmschrijving: door,
            bestuursnummer: v.bestuursnummer,
            details: {
              verzoekId: v.id,
              referentie: v.referentie,
              onderdeel: v.onderdeel,
              instellingscode: v.instellingscode,
              leerlingId: v.leerling_id,
            },
          },
          { in: trx },
        )
      })
      return c.json(await detail(auth, v.id))
    })
    .post('/:id/afwijzen', jsonLimit(), valideer('json', afwijzing), async (c) => {
      const auth = authOf(c)
      const { v } = await laad(auth, c.req.param('id'))
      if (v.status !== 'ingediend')
        throw conflict(
          'al-behandeld',
          'Dit verzoek is al behandeld.',
          'This request has already been handled.',
        )
      const door = behandelaar(auth)
      await store.wijsAf(db, v, c.req.valid('json').reden, door, clock.now(), async (trx) => {
        await audit.append(
          {
            actie: 'rod.handmatige-mutatie.afgewezen',
            auth,
            actorOmschrijving: door,
            bestuursnummer: v.bestuursnummer,
            details: {
              verzoekId: v.id,
              referentie: v.referentie,
              onderdeel: v.onderdeel,
              instellingscode: v.instellingscode,
            },
          },
          { in: trx },
        )
      })
      return c.json(await detail(auth, v.id))
    })
}
