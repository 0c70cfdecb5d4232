/**
 * `/api/rod/handmatige-mutatie`: a school's verzoeken to correct what neither the school nor
 * its LAS supplier can correct (from 1 June 2022). Proposed from a leerlingdossier with a
 * reason and optionally a bijlage; DUO handles them in its queue (`../werkvoorraad`).
 */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  conflict,
  cursorParam,
  isUniqueViolation,
  nietGevonden,
  ongeldigeInvoer,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { UUID, aantal, instellingscode, pagina } from '../shared/invoer'
import { vandaag } from '../shared/dagen'
import { leerlingToegang } from '../leerlingdossier/toegang'
import { ONDERDELEN, controleer, laadObject } from './onderdelen'
import { ontvang, stuurBijlage, verzoekLimit, BIJLAGEN } from './bijlage'
import * as store from './store'

const PERMISSION = 'rod.handmatige-mutatie.indienen' as const

const verzoekForm = z.object({
  onderdeel: z.enum(ONDERDELEN, {
    message: tekst('Kies wat u wilt laten corrigeren', 'Choose what should be corrected'),
  }),
  objectId: z
    .string()
    .regex(
      UUID,
      tekst(
        'Kies de registratie die u wilt laten corrigeren',
        'Choose the registration to correct',
      ),
    ),
  waarde: z
    .string()
    .trim()
    .min(1, tekst('Vul de juiste waarde in', 'Enter the correct value'))
    .max(40, tekst('De waarde is te lang', 'The value is too long')),
  reden: z
    .string()
    .trim()
    .min(
      10,
      tekst(
        'Leg uit waarom de correctie nodig is (minstens 10 tekens)',
        'Explain why the correction is needed (at least 10 characters)',
      ),
    )
    .max(
      2000,
      tekst(
        'De toelichting is te lang (hoogstens 2.000 tekens)',
        'The explanation is too long (at most 2,000 characters)',
      ),
    ),
  bevestiging: z.literal('ja', {
    message: tekst(
      'Bevestig dat uw school en de leverancier van uw LAS dit niet zelf kunnen herstellen',
      'Confirm that your school and your LAS supplier cannot correct this themselves',
    ),
  }),
  bijlage: z.instanceof(File).optional(),
})

const lijstQuery = z.object({
  instellingscode: instellingscode.optional(),
  status: z
    .enum(store.STATUSSEN, { message: tekst('Onbekende status', 'Unknown status') })
    .optional(),
  pagina,
  aantal,
  na: cursorParam,
  voor: cursorParam,
})

const verzoekNietGevonden = () =>
  nietGevonden(
    'Dit verzoek bestaat niet of u kunt het niet inzien.',
    'This request does not exist or you cannot view it.',
  )

const alIngediend = () =>
  conflict(
    'al-ingediend',
    'Voor deze registratie wacht al een verzoek op DUO. Wacht de beslissing af.',
    'A request for this registration is already waiting for DUO. Please wait for the decision.',
  )

export function handmatigeMutatieRoutes(platform: SectionPlatform<RodTables>) {
  const { db, clock, audit, bestanden } = platform
  const mag = toegang(platform)
  const leerlingOpSchool = leerlingToegang(platform)

  async function eigenVerzoek(auth: ReturnType<typeof authOf>, id: string) {
    const v = UUID.test(id) ? await store.getVerzoek(db, id) : null
    if (!v) throw verzoekNietGevonden()
    await mag.opRij(auth, PERMISSION, v, verzoekNietGevonden)
    return v
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', valideer('query', lijstQuery), async (c) => {
      const auth = authOf(c)
      const q = c.req.valid('query')
      const scholen = q.instellingscode
        ? mag.scope(auth, [PERMISSION], q.instellingscode).instellingscodes
        : mag.scholenMet(auth, [PERMISSION]).map((s) => s.instellingscode)
      // Nowhere allowed: refuse with the reason, as for the bestuur as a whole.
      if (!scholen.length) mag.scope(auth, [PERMISSION])
      const filter = {
        // The verzoeken of the person's own bestuur: another bestuur's (of a school that moved)
        // would not open for them either.
        bestuursnummer: requireBestuur(auth).bestuursnummer,
        instellingscodes: scholen,
        status: q.status,
        pagina: q.pagina,
        aantal: q.aantal,
        na: q.na,
        voor: q.voor,
      }
      const lijst = await store.lijstVerzoeken(db, filter)
      c.header('Cache-Control', 'no-store')
      return c.json({
        ...lijst,
        scholen: requireBestuur(auth)
          .scholen.filter((s) => scholen.includes(s.instellingscode))
          .map((s) => ({ instellingscode: s.instellingscode, naam: s.naam })),
      })
    })
    .post(
      '/:instellingscode/:leerlingId',
      // Who may propose for this pupil is known before the body: refuse before reading 10 MB.
      async (c, next) => {
        await leerlingOpSchool(
          authOf(c),
          PERMISSION,
          c.req.param('instellingscode').toUpperCase(),
          c.req.param('leerlingId'),
        )
        await next()
      },
      verzoekLimit(),
      valideer('form', verzoekForm),
      async (c) => {
        const auth = authOf(c)
        const { leerling, bestuur, school } = await leerlingOpSchool(
          auth,
          PERMISSION,
          c.req.param('instellingscode').toUpperCase(),
          c.req.param('leerlingId'),
        )
        const input = c.req.valid('form')
        const object = await laadObject(db, input.onderdeel, input.objectId)
        if (
          !object ||
          object.leerlingId !== leerling.id ||
          object.instellingscode !== school.instellingscode
        )
          throw ongeldigeInvoer([
            {
              veld: 'objectId',
              nl: 'Kies een registratie van deze leerling op deze school',
              en: 'Choose a registration of this pupil at this school',
            },
          ])
        const problemen = controleer(object, input.waarde, vandaag(clock.now()))
        if (problemen.length) throw ongeldigeInvoer(problemen, problemen[0]!.nl, problemen[0]!.en)
        if (await store.openVerzoekVoor(db, object.id, object.onderdeel)) throw alIngediend()
        const bijlage = await ontvang(bestanden, input.bijlage)
        try {
          const rij = await store.maakVerzoek(
            db,
            {
              object,
              waarde: input.waarde,
              reden: input.reden,
              bijlage,
              door: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
            },
            clock.now(),
          )
          await audit.append({
            actie: 'rod.handmatige-mutatie.ingediend',
            auth,
            bestuursnummer: bestuur.bestuursnummer,
            details: {
              verzoekId: rij.id,
              referentie: rij.referentie,
              onderdeel: rij.onderdeel,
              instellingscode: rij.instellingscode,
              leerlingId: leerling.id,
            },
          })
          return c.json({ verzoek: store.verzoekVan(rij) }, 201)
        } catch (err) {
          if (bijlage) await bestanden.verwijder(BIJLAGEN, [bijlage.opslag])
          // A second verzoek sent at the same moment (the check above passed for both).
          if (isUniqueViolation(err)) throw alIngediend()
          throw err
        }
      },
    )
    .get('/:id', async (c) => {
      const v = await eigenVerzoek(authOf(c), c.req.param('id'))
      c.header('Cache-Control', 'no-store')
      return c.json({ verzoek: store.verzoekVan(v) })
    })
    .get('/:id/bijlage', async (c) => {
      const v = await eigenVerzoek(authOf(c), c.req.param('id'))
      return stuurBijlage(c, bestanden, v)
    })
}
