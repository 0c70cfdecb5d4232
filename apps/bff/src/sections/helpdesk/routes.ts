import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import type { PermissionId } from '@duo/authz'
import type { AppEnv } from '../../http/env'
import { ApiProblem, apiError } from '../../http/errors'
import { validationHook } from '../../http/validation'
import { authOf, authorize, requireLogin } from '../../auth/middleware'
import type { AuthContext } from '../../auth/context'
import { getBestuur, type BestuurTree } from '../../stores/organisations'
import { appendAudit } from '../../stores/audit'
import type { SectionDeps } from '../deps'
import * as store from './store'
import {
  CATEGORIEEN,
  DOCUMENTSOORTEN,
  STATUSSEN,
  type HelpdeskDb,
  type Melding,
  type NieuweBijlage,
} from './store'
import {
  MAX_BIJLAGEN,
  MAX_UPLOAD_BYTES,
  bewaar,
  downloadHeaders,
  keurBijlage,
  lees,
  verwijder,
} from './files'

const NIET_GEVONDEN = () =>
  new ApiProblem(
    404,
    apiError(
      'niet-gevonden',
      'Deze melding bestaat niet of u kunt hem niet inzien.',
      'This melding does not exist or you cannot view it.',
    ),
  )
const DOCUMENT_NIET_GEVONDEN = () =>
  new ApiProblem(
    404,
    apiError(
      'niet-gevonden',
      'Dit document bestaat niet of u kunt het niet inzien.',
      'This document does not exist or you cannot view it.',
    ),
  )

const pagina = z.coerce.number().int('Geef een heel getal').min(1, 'Minimaal 1').optional()
// Larger pages are capped, not refused: the server decides how much one answer may hold.
const aantal = z.coerce
  .number()
  .int('Geef een heel getal')
  .min(1, 'Minimaal 1')
  .transform((n) => Math.min(n, store.MAX_PAGINA_GROOTTE))
  .optional()
const richting = z.enum(['asc', 'desc'], { message: 'Kies asc of desc' }).optional()
const zoek = z.string().trim().max(100, 'Zoek op hoogstens 100 tekens').optional()

const lijstQuery = z.object({
  status: z.enum(STATUSSEN, { message: 'Onbekende status' }).optional(),
  zoek,
  sorteer: z
    .enum(['bijgewerkt', 'aangemaakt'], { message: 'Sorteer op bijgewerkt of aangemaakt' })
    .optional(),
  richting,
  pagina,
  aantal,
})
const werkvoorraadQuery = lijstQuery.extend({
  bestuursnummer: z
    .string()
    .regex(/^\d{5}$/, 'Een bestuursnummer heeft 5 cijfers')
    .optional(),
})
const archiefQuery = z.object({
  soort: z.enum(DOCUMENTSOORTEN, { message: 'Onbekende soort document' }).optional(),
  zoek,
  richting,
  pagina,
  aantal,
})

const bestanden = z.union([z.instanceof(File), z.array(z.instanceof(File))]).optional()
const tekst = z
  .string()
  .trim()
  .min(1, 'Vul uw bericht in')
  .max(10_000, 'Het bericht is te lang (hoogstens 10.000 tekens)')

const meldingForm = z.object({
  onderwerp: z
    .string()
    .trim()
    .min(1, 'Vul het onderwerp in')
    .max(200, 'Het onderwerp is te lang (hoogstens 200 tekens)'),
  categorie: z.enum(CATEGORIEEN, { message: 'Kies een categorie' }),
  instellingscode: z.string().trim().optional(),
  omschrijving: tekst,
  bijlage: bestanden,
})
const reactieForm = z.object({ tekst, bijlage: bestanden })
const antwoordForm = reactieForm.extend({
  status: z.enum(STATUSSEN, { message: 'Kies een status' }).optional(),
})
const statusJson = z.object({ status: z.enum(STATUSSEN, { message: 'Kies een status' }) })
const contactpersoonJson = z.object({
  naam: z
    .string()
    .trim()
    .min(2, 'Vul de naam van de contactpersoon in')
    .max(100, 'De naam is te lang (hoogstens 100 tekens)'),
  email: z
    .string()
    .trim()
    .max(200, 'Het e-mailadres is te lang')
    .pipe(z.email('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl')),
  // Dutch numbers: 10 digits starting with 0, or +31 / 0031 followed by 9; spaces and dashes allowed.
  telefoon: z
    .string()
    .trim()
    .refine(
      (s) =>
        /^(\+31 ?|0031 ?|0)[1-9][0-9 -]+$/.test(s) &&
        s.replace(/\D/g, '').replace(/^(0031|31)/, '0').length === 10,
      'Vul een geldig Nederlands telefoonnummer in, bijvoorbeeld 030 123 4567',
    ),
})

const uploadLimit = () =>
  bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: (c) =>
      c.json(
        apiError(
          'te-groot',
          'De bijlagen zijn samen te groot (hoogstens 5 bestanden van 10 MB).',
          'The attachments are too large together (at most 5 files of 10 MB).',
        ),
        413,
      ),
  })

/** The session's own bestuur, for lists and new items; DUO staff have none. */
function eigenBestuur(auth: AuthContext): BestuurTree {
  if (!auth.bestuur)
    throw new ApiProblem(
      403,
      apiError(
        'geen-bestuur',
        'U bent niet ingelogd voor een bestuur.',
        'You are not logged in for a school board.',
      ),
    )
  return auth.bestuur
}

/** For the queue across all besturen: DUO's helpdesk role does not depend on a bestuur. */
const GEEN_BESTUUR: BestuurTree = {
  bestuursnummer: '',
  kvk: '',
  onderwijsbestuurcode: '',
  naam: '',
  osrOvereenkomstGetekend: false,
  scholen: [],
}

const audit = (
  auth: AuthContext,
  actie: string,
  bestuursnummer: string,
  details: Record<string, unknown>,
) => ({
  actie,
  actorPersoonId: auth.persoon.id,
  actorOmschrijving: auth.persoon.naam,
  sessieRef: auth.session.ref,
  bestuursnummer,
  details: auth.subject.intermediary
    ? { ...details, intermediair: auth.subject.intermediary.kvk }
    : details,
})

const alsLijst = (f: File | File[] | undefined) =>
  (f === undefined ? [] : Array.isArray(f) ? f : [f]).filter((x) => x.size > 0 || x.name)

/** The helpdesk section's API (`/api/helpdesk/...`). */
export function helpdeskRoutes(deps: SectionDeps) {
  const db: HelpdeskDb = store.helpdeskDb(deps.db)
  const now = () => deps.clock.now()

  async function bestuurVan(bestuursnummer: string): Promise<BestuurTree> {
    const tree = await getBestuur(deps.db, bestuursnummer)
    if (!tree) throw NIET_GEVONDEN()
    return tree
  }

  /**
   * Loads a melding for a person of a bestuur: authz on the melding's own bestuur, then the
   * legacy rule (an unlinked old account's meldingen are its own).
   */
  async function meldingVoorBestuur(
    auth: AuthContext,
    id: string,
    permission: PermissionId,
  ): Promise<Melding> {
    const melding = await store.getMelding(db, id)
    if (!melding) throw NIET_GEVONDEN()
    authorize(auth, permission, { bestuur: await bestuurVan(melding.bestuursnummer) }, now())
    if (!(await store.visibleTo(db, melding, auth.persoon.id))) throw NIET_GEVONDEN()
    return melding
  }

  async function meldingVoorHelpdesk(auth: AuthContext, id: string): Promise<Melding> {
    const melding = await store.getMelding(db, id)
    if (!melding) throw NIET_GEVONDEN()
    authorize(
      auth,
      'helpdesk.behandelen',
      { bestuur: await bestuurVan(melding.bestuursnummer) },
      now(),
    )
    return melding
  }

  /** Checks every file first (nothing is stored when one is wrong), then stores them all. */
  async function ontvangBijlagen(files: File[]): Promise<NieuweBijlage[]> {
    if (files.length > MAX_BIJLAGEN) {
      throw new ApiProblem(
        400,
        apiError(
          'ongeldige-invoer',
          `U kunt hoogstens ${MAX_BIJLAGEN} bijlagen meesturen.`,
          `You can attach at most ${MAX_BIJLAGEN} files.`,
          [{ veld: 'bijlage', melding: `Hoogstens ${MAX_BIJLAGEN} bijlagen` }],
        ),
      )
    }
    const checked = await Promise.all(
      files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })),
    )
    const keuringen = checked.map(({ name, bytes }) => ({
      bytes,
      keuring: keurBijlage(name, bytes),
    }))
    const fouten = keuringen.flatMap(({ keuring }) => (keuring.ok ? [] : [keuring]))
    if (fouten.length) {
      throw new ApiProblem(
        400,
        apiError(
          'ongeldige-bijlage',
          fouten.map((f) => f.nl).join(' '),
          fouten.map((f) => f.en).join(' '),
          fouten.map((f) => ({ veld: 'bijlage', melding: f.nl })),
        ),
      )
    }
    const stored: NieuweBijlage[] = []
    try {
      for (const { bytes, keuring } of keuringen) {
        if (!keuring.ok) continue
        stored.push({
          bestandsnaam: keuring.bestandsnaam,
          contentType: keuring.contentType,
          grootte: bytes.byteLength,
          opslagNaam: await bewaar(deps.dataDir, 'bijlagen', bytes),
        })
      }
    } catch (err) {
      await verwijder(
        deps.dataDir,
        'bijlagen',
        stored.map((s) => s.opslagNaam),
      )
      throw err
    }
    return stored
  }

  /** Runs `write` with the stored files; removes the files again when it fails. */
  async function metBijlagen<T>(
    files: File[],
    write: (bijlagen: NieuweBijlage[]) => Promise<T>,
  ): Promise<T> {
    const bijlagen = await ontvangBijlagen(files)
    try {
      return await write(bijlagen)
    } catch (err) {
      await verwijder(
        deps.dataDir,
        'bijlagen',
        bijlagen.map((b) => b.opslagNaam),
      )
      throw err
    }
  }

  async function detail(melding: Melding) {
    const [gesprek, bestuur] = await Promise.all([
      store.getGesprek(db, melding.id),
      getBestuur(deps.db, melding.bestuursnummer),
    ])
    const school = bestuur?.scholen.find((s) => s.instellingscode === melding.instellingscode)
    return {
      melding: { ...melding, bestuurNaam: bestuur?.naam ?? '', schoolNaam: school?.naam ?? null },
      gesprek,
    }
  }

  async function download(c: Context<AppEnv>, melding: Melding, bijlageId: string) {
    const bijlage = await store.getBijlage(db, melding.id, bijlageId)
    if (!bijlage) throw NIET_GEVONDEN()
    const bytes = await lees(deps.dataDir, 'bijlagen', bijlage.opslagNaam)
    return c.body(
      bytes as Uint8Array<ArrayBuffer>,
      200,
      downloadHeaders(bijlage.contentType, bijlage.bestandsnaam, bytes.byteLength),
    )
  }

  return (
    new Hono<AppEnv>()
      .use(requireLogin())
      // For the landing page: how many meldingen have an answer this person has not read yet.
      .get('/overzicht', async (c) => {
        const auth = authOf(c)
        const bestuur = eigenBestuur(auth)
        authorize(auth, 'helpdesk.melding.lezen', { bestuur }, now())
        return c.json(
          await store.overzicht(db, {
            bestuursnummer: bestuur.bestuursnummer,
            persoonId: auth.persoon.id,
          }),
        )
      })
      .get('/meldingen', zValidator('query', lijstQuery, validationHook), async (c) => {
        const auth = authOf(c)
        const bestuur = eigenBestuur(auth)
        authorize(auth, 'helpdesk.melding.lezen', { bestuur }, now())
        c.header('Cache-Control', 'no-store')
        return c.json(
          await store.listMeldingen(
            db,
            { bestuursnummer: bestuur.bestuursnummer, persoonId: auth.persoon.id },
            c.req.valid('query'),
          ),
        )
      })
      .post(
        '/meldingen',
        uploadLimit(),
        zValidator('form', meldingForm, validationHook),
        async (c) => {
          const auth = authOf(c)
          const bestuur = eigenBestuur(auth)
          const input = c.req.valid('form')
          const instellingscode = input.instellingscode?.toUpperCase() || null
          if (
            instellingscode &&
            !bestuur.scholen.some((s) => s.instellingscode === instellingscode)
          ) {
            return c.json(
              apiError(
                'ongeldige-invoer',
                'Kies een school van uw bestuur.',
                'Choose a school of your board.',
                [{ veld: 'instellingscode', melding: 'Kies een school van uw bestuur' }],
              ),
              400,
            )
          }
          const decision = authorize(
            auth,
            'helpdesk.melding.indienen',
            instellingscode ? { bestuur, school: instellingscode } : { bestuur },
            now(),
          )
          const legacyAccountId =
            auth.session.methode === 'helpdesk-wachtwoord'
              ? await store.legacyAccountOf(db, auth.persoon.id, bestuur.bestuursnummer)
              : null
          const melding = await metBijlagen(alsLijst(input.bijlage), (bijlagen) =>
            store.createMelding(
              db,
              {
                bestuursnummer: bestuur.bestuursnummer,
                instellingscode,
                onderwerp: input.onderwerp,
                categorie: input.categorie,
                omschrijving: input.omschrijving,
                auteur: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
                legacyAccountId,
                bijlagen,
              },
              now(),
            ),
          )
          await appendAudit(
            deps.db,
            audit(auth, 'helpdesk.melding.ingediend', bestuur.bestuursnummer, {
              meldingId: melding.id,
              referentie: melding.referentie,
              intermediair: decision.intermediary?.kvk,
            }),
            now(),
          )
          return c.json({ melding }, 201)
        },
      )
      .get('/meldingen/:id', async (c) => {
        const auth = authOf(c)
        const melding = await meldingVoorBestuur(auth, c.req.param('id'), 'helpdesk.melding.lezen')
        await store.markGelezen(db, melding.id, auth.persoon.id, now())
        c.header('Cache-Control', 'no-store')
        return c.json(await detail(melding))
      })
      .post(
        '/meldingen/:id/reacties',
        uploadLimit(),
        zValidator('form', reactieForm, validationHook),
        async (c) => {
          const auth = authOf(c)
          const melding = await meldingVoorBestuur(
            auth,
            c.req.param('id'),
            'helpdesk.melding.indienen',
          )
          if (melding.status === 'afgehandeld') {
            return c.json(
              apiError(
                'afgehandeld',
                'Deze melding is afgehandeld. Doe een nieuwe melding als u nog een vraag hebt.',
                'This melding has been closed. Please create a new one if you have another question.',
              ),
              409,
            )
          }
          const input = c.req.valid('form')
          const bijgewerkt = await metBijlagen(alsLijst(input.bijlage), (bijlagen) =>
            store.addReactie(
              db,
              melding,
              {
                van: 'bestuur',
                auteur: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
                tekst: input.tekst,
                bijlagen,
              },
              now(),
            ),
          )
          await store.markGelezen(db, melding.id, auth.persoon.id, now())
          return c.json(await detail(bijgewerkt), 201)
        },
      )
      .get('/meldingen/:id/bijlagen/:bijlageId', async (c) => {
        const melding = await meldingVoorBestuur(
          authOf(c),
          c.req.param('id'),
          'helpdesk.melding.lezen',
        )
        return download(c, melding, c.req.param('bijlageId'))
      })

      // Helpdesk DUO po staff: the queue of all besturen.
      .get('/werkvoorraad', zValidator('query', werkvoorraadQuery, validationHook), async (c) => {
        authorize(authOf(c), 'helpdesk.behandelen', { bestuur: GEEN_BESTUUR }, now())
        c.header('Cache-Control', 'no-store')
        return c.json(await store.listWerkvoorraad(db, c.req.valid('query')))
      })
      .get('/werkvoorraad/:id', async (c) => {
        const melding = await meldingVoorHelpdesk(authOf(c), c.req.param('id'))
        c.header('Cache-Control', 'no-store')
        return c.json(await detail(melding))
      })
      .post(
        '/werkvoorraad/:id/reacties',
        uploadLimit(),
        zValidator('form', antwoordForm, validationHook),
        async (c) => {
          const auth = authOf(c)
          const melding = await meldingVoorHelpdesk(auth, c.req.param('id'))
          const input = c.req.valid('form')
          const bijgewerkt = await metBijlagen(alsLijst(input.bijlage), (bijlagen) =>
            store.addReactie(
              db,
              melding,
              {
                van: 'helpdesk',
                auteur: { persoonId: auth.persoon.id, naam: auth.persoon.naam },
                tekst: input.tekst,
                bijlagen,
                status: input.status,
              },
              now(),
            ),
          )
          await appendAudit(
            deps.db,
            audit(auth, 'helpdesk.melding.beantwoord', melding.bestuursnummer, {
              meldingId: melding.id,
              status: bijgewerkt.status,
            }),
            now(),
          )
          return c.json(await detail(bijgewerkt), 201)
        },
      )
      .put(
        '/werkvoorraad/:id/status',
        zValidator('json', statusJson, validationHook),
        async (c) => {
          const auth = authOf(c)
          const melding = await meldingVoorHelpdesk(auth, c.req.param('id'))
          const { status } = c.req.valid('json')
          const bijgewerkt = await store.setStatus(db, melding, status, now())
          await appendAudit(
            deps.db,
            audit(auth, 'helpdesk.melding.status', melding.bestuursnummer, {
              meldingId: melding.id,
              van: melding.status,
              naar: status,
            }),
            now(),
          )
          return c.json(await detail(bijgewerkt))
        },
      )
      .get('/werkvoorraad/:id/bijlagen/:bijlageId', async (c) => {
        const melding = await meldingVoorHelpdesk(authOf(c), c.req.param('id'))
        return download(c, melding, c.req.param('bijlageId'))
      })

      // Contactgegevens: the helpdesk's (data, not code) and the bestuur's own contactpersoon.
      .get('/contact', async (c) => {
        const auth = authOf(c)
        const bestuur = eigenBestuur(auth)
        authorize(auth, 'helpdesk.melding.lezen', { bestuur }, now())
        const [helpdesk, contactpersoon] = await Promise.all([
          store.getHelpdeskContact(db),
          store.getContactpersoon(db, bestuur.bestuursnummer),
        ])
        return c.json({
          helpdesk,
          contactpersoon,
          bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam },
        })
      })
      .put('/contactpersoon', zValidator('json', contactpersoonJson, validationHook), async (c) => {
        const auth = authOf(c)
        const bestuur = eigenBestuur(auth)
        authorize(auth, 'helpdesk.contactpersoon.wijzigen', { bestuur }, now())
        const input = c.req.valid('json')
        const contactpersoon = await store.saveContactpersoon(
          db,
          bestuur.bestuursnummer,
          input,
          auth.persoon.id,
          now(),
        )
        await appendAudit(
          deps.db,
          audit(auth, 'helpdesk.contactpersoon.gewijzigd', bestuur.bestuursnummer, {}),
          now(),
        )
        return c.json({ contactpersoon })
      })

      // Digitaal archief: letters and beschikkingen of the bestuur.
      .get('/archief', zValidator('query', archiefQuery, validationHook), async (c) => {
        const auth = authOf(c)
        const bestuur = eigenBestuur(auth)
        authorize(auth, 'helpdesk.archief.lezen', { bestuur }, now())
        c.header('Cache-Control', 'no-store')
        return c.json(await store.listDocumenten(db, bestuur.bestuursnummer, c.req.valid('query')))
      })
      .get('/archief/:id/download', async (c) => {
        const auth = authOf(c)
        const document = await store.getDocument(db, c.req.param('id'))
        if (!document) throw DOCUMENT_NIET_GEVONDEN()
        authorize(
          auth,
          'helpdesk.archief.lezen',
          { bestuur: await bestuurVan(document.bestuursnummer) },
          now(),
        )
        const bytes = await lees(deps.dataDir, 'archief', document.opslagNaam)
        return c.body(
          bytes as Uint8Array<ArrayBuffer>,
          200,
          downloadHeaders('application/pdf', document.bestandsnaam, bytes.byteLength),
        )
      })
  )
}
