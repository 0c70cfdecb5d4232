/**
 * `/api/beheer/aanmeldingen…`: a bestuur appoints its beheerders with the signed form; the DUO
 * security servicedesk reviews the aanmeldingen of all besturen and approves or rejects them.
 */
import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import type { Bestuur } from '@duo/authz'
import {
  GEEN_BESTUUR,
  authOf,
  authorize,
  downloadHeaders,
  geweigerd,
  inTransaction,
  jsonLimit,
  nietGevonden,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { actor, beheerdersOf, geenCache } from '../shared/weergave'
import {
  MAX_BIJLAGE_BYTES,
  aanmeldForm,
  aanmeldLimit,
  afwijzenSchema,
  keurAanmelding,
  lijstQuery,
} from './schemas'
import { alBeoordeeld, keurGoed } from './goedkeuren'
import { meldBesluit } from '../autorisaties/notificaties'
import * as store from './store'

/** The folder of the signed forms: `<dataDir>/beheer/aanmeldingen/`. */
const SOORT = 'aanmeldingen'

const aanmeldingNietGevonden = () =>
  nietGevonden('Deze aanmelding bestaat niet.', 'This registration does not exist.')

/** The download name of the signed form: the name it was sent with, as a PDF. */
const pdfNaam = (naam: string) => (/\.pdf$/i.test(naam) ? naam : `${naam || 'aanmelding'}.pdf`)

export function aanmeldingenRoutes(platform: SectionPlatform<BeheerTables>) {
  const { db, clock, audit, personen, organisaties, rollen, bestanden } = platform
  const now = () => clock.now()
  const metNamen = (rijen: store.AanmeldingRij[]) => store.metNamen(platform, rijen)
  const eenMetNamen = async (rij: store.AanmeldingRij) => (await metNamen([rij]))[0]!

  /** Anyone logged in with eHerkenning directly for the bestuur may hand in the form; not an intermediary. */
  function mayRequest(auth: AuthContext, bestuur: Bestuur, at: Date) {
    authorize(auth, 'beheer.eigen-rollen.raadplegen', { bestuur }, at)
    if (auth.session.intermediairKvk) {
      throw geweigerd(
        'ketenmachtiging',
        'Via een ketenmachtiging kunt u geen beheerders aanmelden. Dat doet het bestuur zelf.',
        'Through a ketenmachtiging you cannot register administrators. The bestuur does that itself.',
      )
    }
  }

  /** The servicedesk's permission, on no bestuur (or the one it acts for). */
  const mayDecide = (auth: AuthContext) =>
    authorize(
      auth,
      'beheer.beheerders.aanstellen',
      { bestuur: auth.bestuur ?? GEEN_BESTUUR },
      now(),
    )

  /** The aanmelding if the person may see it: the servicedesk, or someone of its bestuur. */
  async function visibleAanmelding(auth: AuthContext, id: string): Promise<store.AanmeldingRij> {
    const at = now()
    const a = await store.getAanmelding(db, id)
    if (auth.subject.kind === 'duo-medewerker') {
      authorize(auth, 'beheer.beheerders.aanstellen', { bestuur: GEEN_BESTUUR }, at)
      if (!a) throw aanmeldingNietGevonden()
      return a
    }
    const bestuur = requireBestuur(auth)
    mayRequest(auth, bestuur, at)
    if (!a || a.bestuursnummer !== bestuur.bestuursnummer) throw aanmeldingNietGevonden()
    return a
  }

  /** People who may be named: of the bestuur, logged in directly (not via a ketenmachtiging). */
  const kandidaten = async (bestuur: Bestuur) =>
    (await personen.vanBestuur(bestuur)).filter((p) => !p.intermediairKvk)

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(geenCache())
    .get('/kandidaten', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const at = now()
      mayRequest(auth, bestuur, at)
      return c.json({
        bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam, kvk: bestuur.kvk },
        personen: (await kandidaten(bestuur)).map((p) => ({ id: p.id, naam: p.naam })),
        beheerders: await beheerdersOf(rollen, bestuur, at),
        maxBijlageBytes: MAX_BIJLAGE_BYTES,
      })
    })

    .post(
      '/',
      // Who may hand it in is known before the body: refuse before reading 5 MB of it.
      async (c, next) => {
        const auth = authOf(c)
        mayRequest(auth, requireBestuur(auth), now())
        await next()
      },
      aanmeldLimit(),
      valideer('form', aanmeldForm),
      async (c) => {
        const auth = authOf(c)
        const bestuur = requireBestuur(auth)
        const at = now()
        const input = await keurAanmelding(c.req.valid('form'), await kandidaten(bestuur))
        const { bytes, naam } = input.bijlage
        const opgeslagen = await bestanden.bewaar(SOORT, bytes)
        try {
          const id = await inTransaction(db, async (trx) => {
            const id = await store.insertAanmelding(
              trx,
              {
                bestuursnummer: bestuur.bestuursnummer,
                ingediendDoor: auth.persoon.id,
                beheerderPo: input.po?.id ?? null,
                beheerderBekostiging: input.bek?.id ?? null,
                toelichting: input.toelichting,
                bijlageNaam: naam,
                bijlageBestand: opgeslagen,
                bijlageGrootte: bytes.byteLength,
                bijlageSha256: createHash('sha256').update(bytes).digest('hex'),
              },
              at,
            )
            await audit.append(
              {
                actie: 'beheer.aanmelding.ingediend',
                auth,
                actorOmschrijving: actor(auth),
                bestuursnummer: bestuur.bestuursnummer,
                details: {
                  aanmeldingId: id,
                  beheerderPo: input.po?.naam ?? null,
                  beheerderBekostiging: input.bek?.naam ?? null,
                },
              },
              { in: trx },
            )
            return id
          })
          const created = await store.getAanmelding(db, id)
          return c.json({ aanmelding: await eenMetNamen(created!) }, 201)
        } catch (err) {
          await bestanden.verwijder(SOORT, [opgeslagen]).catch(() => {})
          throw err
        }
      },
    )

    .get('/', valideer('query', lijstQuery), async (c) => {
      const auth = authOf(c)
      const at = now()
      const { status } = c.req.valid('query')
      if (auth.subject.kind === 'duo-medewerker') {
        authorize(auth, 'beheer.beheerders.aanstellen', { bestuur: GEEN_BESTUUR }, at)
        const lijst = await store.listAanmeldingen(db, { status })
        return c.json({ aanmeldingen: await metNamen(lijst), werkvoorraad: true })
      }
      const bestuur = requireBestuur(auth)
      mayRequest(auth, bestuur, at)
      const lijst = await store.listAanmeldingen(db, {
        bestuursnummer: bestuur.bestuursnummer,
        status,
      })
      return c.json({ aanmeldingen: await metNamen(lijst), werkvoorraad: false })
    })

    .get('/:id', async (c) => {
      const a = await visibleAanmelding(authOf(c), c.req.param('id'))
      const bestuur = await organisaties.bestuur(a.bestuursnummer)
      return c.json({
        aanmelding: await eenMetNamen(a),
        huidigeBeheerders: bestuur ? await beheerdersOf(rollen, bestuur, now()) : [],
      })
    })

    .get('/:id/bijlage', async (c) => {
      const a = await visibleAanmelding(authOf(c), c.req.param('id'))
      let bytes: Uint8Array
      try {
        bytes = await bestanden.lees(SOORT, a.bijlageBestand)
      } catch {
        throw nietGevonden(
          'Het bestand van deze aanmelding is niet gevonden.',
          'The file of this registration was not found.',
        )
      }
      return c.body(
        bytes as Uint8Array<ArrayBuffer>,
        200,
        downloadHeaders('application/pdf', pdfNaam(a.bijlage.naam), bytes.byteLength),
      )
    })

    .post('/:id/goedkeuren', async (c) => {
      const auth = authOf(c)
      const decision = mayDecide(auth)
      const rij = await store.getAanmelding(db, c.req.param('id'))
      if (!rij) throw aanmeldingNietGevonden()
      if (rij.status !== 'ingediend') throw alBeoordeeld()
      const bestuur = await organisaties.bestuur(rij.bestuursnummer)
      if (!bestuur) throw aanmeldingNietGevonden()
      await keurGoed(platform, {
        auth,
        actor: actor(auth, decision.grant?.role),
        aanmelding: await eenMetNamen(rij),
        bestuur,
        now: now(),
      })
      const na = await store.getAanmelding(db, rij.id)
      return c.json({ aanmelding: await eenMetNamen(na!) })
    })

    .post(
      '/:id/afwijzen',
      // Only the servicedesk decides: refused before the reason is even read.
      async (c, next) => {
        mayDecide(authOf(c))
        await next()
      },
      jsonLimit(),
      valideer('json', afwijzenSchema),
      async (c) => {
        const auth = authOf(c)
        const decision = mayDecide(auth)
        const { reden } = c.req.valid('json')
        const a = await store.getAanmelding(db, c.req.param('id'))
        if (!a) throw aanmeldingNietGevonden()
        const bestuurNaam = (await organisaties.bestuur(a.bestuursnummer))?.naam ?? a.bestuursnummer
        await inTransaction(db, async (trx) => {
          const besloten = await store.decideAanmelding(
            trx,
            a.id,
            { status: 'afgewezen', door: auth.persoon.id, reden },
            now(),
          )
          if (!besloten) throw alBeoordeeld()
          await audit.append(
            {
              actie: 'beheer.aanmelding.afgewezen',
              auth,
              actorOmschrijving: actor(auth, decision.grant?.role),
              bestuursnummer: a.bestuursnummer,
              details: { aanmeldingId: a.id, reden },
            },
            { in: trx },
          )
          await meldBesluit(
            platform,
            { persoonId: a.ingediendDoor, bestuur: bestuurNaam, goedgekeurd: false },
            { in: trx },
          )
        })
        const na = await store.getAanmelding(db, a.id)
        return c.json({ aanmelding: await eenMetNamen(na!) })
      },
    )
}
