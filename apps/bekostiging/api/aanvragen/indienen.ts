/**
 * Submitting and withdrawing an aanvraag. Submission checks every rule of the category on
 * today's Dutch date, then in one transaction: the referentienummer, the new state, the
 * timeline, the ontvangstbevestiging in the archive and the audit entry (all or nothing).
 */
import {
  ApiProblem,
  actorOmschrijving,
  apiFout,
  authorize,
  conflict,
  inTransaction,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import { controleerAanvraag, blokkerendeRegel, hoofdcode } from '../../regels/controle'
import { indicatiefBedrag, ingangsdatum, uitersteBeslisdatum } from '../../regels/bedragen'
import { vandaagVan } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { ontvangstbevestiging } from '../shared/brieven'
import { volgendeReferentie } from '../shared/referentie'
import { scholenMetSoort } from '../shared/scholen'
import { voegToe } from '../shared/tijdlijn'
import { alGeclaimd, dienIn, trekIn, type Aanvraag } from './store'

export function indiening(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, audit, documenten } = platform
  /** How the person appears on the zaak: "Ruud Vermeulen via ketenmachtiging KvK 30999999". */
  const door = (auth: AuthContext) => actorOmschrijving(auth)

  return {
    door,

    async dienIn(auth: AuthContext, concept: Aanvraag, bestuur: BestuurTree): Promise<Aanvraag> {
      const now = clock.now()
      const vandaag = vandaagVan(now)
      const g = concept.gegevens
      const bevindingen = controleerAanvraag(concept.categorie, g, {
        vandaag,
        scholen: await scholenMetSoort(db, bestuur),
        alGeclaimd: g.instellingscode
          ? await alGeclaimd(db, bestuur.bestuursnummer, g.instellingscode, concept.id)
          : new Map(),
      })
      if (bevindingen.length) {
        const regel = blokkerendeRegel(bevindingen)
        throw new ApiProblem(
          400,
          apiFout(
            hoofdcode(bevindingen),
            regel?.nl ?? 'Controleer uw aanvraag: niet alle gegevens zijn (goed) ingevuld.',
            regel?.en ??
              'Please check your application: not all details are filled in (correctly).',
            bevindingen.map(({ veld, nl, en }) => ({ veld, nl, en })),
          ),
        )
      }
      // The role must cover the chosen school too (a role's kenmerk may be one school).
      const besluit = authorize(
        auth,
        'bekostiging.aanvraag.indienen',
        { bestuur, school: g.instellingscode! },
        now,
      )
      const intermediairKvk = besluit.intermediary?.kvk ?? null
      const naam = door(auth)
      return inTransaction(db, async (trx) => {
        const referentie = await volgendeReferentie(trx, 'BB', Number(vandaag.slice(0, 4)))
        const aanvraag = await dienIn(trx, concept.id, {
          referentie,
          ingediendOp: now,
          door: { persoonId: auth.persoon.id, naam },
          intermediairKvk,
          ontvangenDag: vandaag,
          uitersteBeslisdatum: uitersteBeslisdatum(vandaag),
          ingangsdatum: ingangsdatum(vandaag),
          indicatiefBedrag: indicatiefBedrag(concept.categorie, g, vandaag),
        })
        // Submitted twice at once: the other request took it; this one changes nothing.
        if (!aanvraag)
          throw conflict(
            'al-ingediend',
            'Deze aanvraag is al ingediend.',
            'This application has already been submitted.',
          )
        await voegToe(trx, {
          zaakId: aanvraag.id,
          bestuursnummer: aanvraag.bestuursnummer,
          soort: 'ingediend',
          op: now,
          door: naam,
          kant: 'bestuur',
          intermediairKvk,
          details: { referentie },
        })
        await documenten.publiceer(
          {
            bestuursnummer: aanvraag.bestuursnummer,
            soort: 'bevestiging',
            titel: `Ontvangstbevestiging aanvraag ${referentie}`,
            referentie,
            datum: vandaag,
            bestandsnaam: `Ontvangstbevestiging ${referentie}.pdf`,
            contentType: 'application/pdf',
            bytes: await ontvangstbevestiging(aanvraag, bestuur),
            zaakReferentie: referentie,
          },
          { in: trx },
        )
        await audit.append(
          {
            actie: 'bekostiging.aanvraag.ingediend',
            auth,
            bestuursnummer: aanvraag.bestuursnummer,
            details: { aanvraagId: aanvraag.id, referentie, categorie: aanvraag.categorie },
          },
          { in: trx },
        )
        // Here the e-mail confirmation with the referentienummer would be sent once the
        // platform has a notification service (see the README); it is not sent now.
        return aanvraag
      })
    },

    async trekIn(auth: AuthContext, aanvraag: Aanvraag, bestuur: BestuurTree): Promise<Aanvraag> {
      const now = clock.now()
      const besluit = authorize(auth, 'bekostiging.aanvraag.indienen', { bestuur }, now)
      const geweigerd = () =>
        aanvraag.status === 'ingetrokken'
          ? conflict(
              'al-ingetrokken',
              'Deze aanvraag is al ingetrokken.',
              'This application has already been withdrawn.',
            )
          : aanvraag.status === 'concept'
            ? conflict(
                'concept',
                'Een concept trekt u niet in: u kunt het verwijderen.',
                'A concept is not withdrawn: you can delete it.',
              )
            : conflict(
                'al-besloten',
                'Op deze aanvraag is al beslist: u kunt hem niet meer intrekken. Bent u het niet eens met de beschikking, maak dan bezwaar.',
                'This application has already been decided: you can no longer withdraw it. If you disagree with the beschikking (decision), you can object.',
              )
      return inTransaction(db, async (trx) => {
        const ingetrokken = await trekIn(trx, aanvraag.id, now)
        if (!ingetrokken) {
          const nu = await trx
            .selectFrom('bekostiging_aanvraag')
            .select('status')
            .where('id', '=', aanvraag.id)
            .executeTakeFirst()
          aanvraag = { ...aanvraag, status: (nu?.status ?? aanvraag.status) as Aanvraag['status'] }
          throw geweigerd()
        }
        const intermediairKvk = besluit.intermediary?.kvk ?? null
        await voegToe(trx, {
          zaakId: aanvraag.id,
          bestuursnummer: aanvraag.bestuursnummer,
          soort: 'ingetrokken',
          op: now,
          door: door(auth),
          kant: 'bestuur',
          intermediairKvk,
        })
        await audit.append(
          {
            actie: 'bekostiging.aanvraag.ingetrokken',
            auth,
            bestuursnummer: aanvraag.bestuursnummer,
            details: { aanvraagId: aanvraag.id, referentie: aanvraag.referentie },
          },
          { in: trx },
        )
        return ingetrokken
      })
    },
  }
}
