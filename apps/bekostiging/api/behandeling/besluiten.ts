/**
 * DUO's decisions: taking a zaak in behandeling, the beschikking on an aanvraag (a PDF in the
 * bestuur's digitaal archief, a funding line when money is granted) and the beslissing op
 * bezwaar. Each in one transaction with its timeline step and audit entry.
 */
import {
  conflict,
  inTransaction,
  newId,
  toIso,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import { CATEGORIE } from '../../regels/categorieen'
import { datumTekst, vandaagVan } from '../../regels/datum'
import { LOPEND, type BekostigingTables, type Besluit, type BezwaarBeslissing } from '../tables'
import type { Aanvraag } from '../aanvragen/store'
import { toAanvraag } from '../aanvragen/store'
import * as bezwaren from '../bezwaren/store'
import { beschikking as beschikkingBrief, beslissingOpBezwaar } from '../shared/brieven'
import { volgendeReferentie } from '../shared/referentie'
import { voegToe } from '../shared/tijdlijn'

const nietMeerOpen = (status: string) =>
  status === 'ingetrokken'
    ? conflict(
        'ingetrokken',
        'Het bestuur heeft deze zaak ingetrokken.',
        'The board has withdrawn this case.',
      )
    : conflict('al-besloten', 'Op deze zaak is al beslist.', 'This case has already been decided.')

export function besluiten(platform: SectionPlatform<BekostigingTables>) {
  const { db, clock, audit, documenten } = platform
  const behandelaar = (auth: AuthContext) => ({
    persoonId: auth.persoon.id,
    naam: auth.persoon.naam,
  })

  return {
    async aanvraagInBehandeling(auth: AuthContext, a: Aanvraag): Promise<Aanvraag> {
      const now = clock.now()
      return inTransaction(db, async (trx) => {
        const r = await trx
          .updateTable('bekostiging_aanvraag')
          .set({
            status: 'in-behandeling',
            behandelaar_persoon_id: auth.persoon.id,
            behandelaar_naam: auth.persoon.naam,
            updated_at: toIso(now),
          })
          .where('id', '=', a.id)
          .where('status', '=', 'ingediend')
          .returningAll()
          .executeTakeFirst()
        if (!r)
          throw a.status === 'in-behandeling'
            ? conflict(
                'al-in-behandeling',
                'Deze aanvraag is al in behandeling.',
                'This application is already being handled.',
              )
            : nietMeerOpen(a.status)
        await voegToe(trx, {
          zaakId: a.id,
          bestuursnummer: a.bestuursnummer,
          soort: 'in-behandeling',
          op: now,
          door: auth.persoon.naam,
          kant: 'duo',
        })
        await audit.append(
          {
            actie: 'bekostiging.aanvraag.in-behandeling-genomen',
            auth,
            bestuursnummer: a.bestuursnummer,
            details: { aanvraagId: a.id, referentie: a.referentie },
          },
          { in: trx },
        )
        return toAanvraag(r)
      })
    },

    async beschik(
      auth: AuthContext,
      a: Aanvraag,
      bestuur: BestuurTree,
      b: { besluit: Besluit; bedragCenten: number; motivering: string },
    ) {
      const now = clock.now()
      const datum = vandaagVan(now)
      if (!(LOPEND as readonly string[]).includes(a.status)) throw nietMeerOpen(a.status)
      return inTransaction(db, async (trx) => {
        const r = await trx
          .updateTable('bekostiging_aanvraag')
          .set({
            status: b.besluit,
            behandelaar_persoon_id: auth.persoon.id,
            behandelaar_naam: auth.persoon.naam,
            afgerond_op: toIso(now),
            updated_at: toIso(now),
          })
          .where('id', '=', a.id)
          .where('status', 'in', LOPEND)
          .returningAll()
          .executeTakeFirst()
        // Withdrawn (or decided by a colleague) between loading and now: nothing changes.
        if (!r) {
          const nu = await trx
            .selectFrom('bekostiging_aanvraag')
            .select('status')
            .where('id', '=', a.id)
            .executeTakeFirst()
          throw nietMeerOpen(nu?.status ?? a.status)
        }
        const referentie = await volgendeReferentie(trx, 'BS', Number(datum.slice(0, 4)))
        const bytes = await beschikkingBrief(a, bestuur, { referentie, datum, ...b })
        const document = await documenten.publiceer(
          {
            bestuursnummer: a.bestuursnummer,
            soort: 'beschikking',
            titel: `Beschikking bijzondere bekostiging ${a.referentie}`,
            referentie,
            datum,
            bestandsnaam: `Beschikking ${a.referentie}.pdf`,
            contentType: 'application/pdf',
            bytes,
            zaakReferentie: a.referentie,
          },
          { in: trx },
        )
        await trx
          .insertInto('bekostiging_beschikking')
          .values({
            id: newId(),
            aanvraag_id: a.id,
            referentie,
            bestuursnummer: a.bestuursnummer,
            besluit: b.besluit,
            bedrag_centen: b.bedragCenten,
            motivering: b.motivering,
            datum,
            document_id: document.id,
            behandelaar_persoon_id: auth.persoon.id,
            behandelaar_naam: auth.persoon.naam,
            created_at: toIso(now),
          })
          .execute()
        if (b.besluit !== 'afgewezen' && b.bedragCenten > 0)
          await trx
            .insertInto('bekostiging_regel')
            .values({
              id: newId(),
              bestuursnummer: a.bestuursnummer,
              instellingscode: a.instellingscode!,
              jaar: Number((a.ingangsdatum ?? datum).slice(0, 4)),
              soort: 'bijzondere-bekostiging',
              bedrag_centen: b.bedragCenten,
              omschrijving: `${CATEGORIE[a.categorie].naam.nl} (${a.referentie})`,
              aanvraag_id: a.id,
              created_at: toIso(now),
            })
            .execute()
        await voegToe(trx, {
          zaakId: a.id,
          bestuursnummer: a.bestuursnummer,
          soort: 'besloten',
          op: now,
          door: auth.persoon.naam,
          kant: 'duo',
          details: { besluit: b.besluit, bedragCenten: b.bedragCenten, referentie },
        })
        await audit.append(
          {
            actie: 'bekostiging.aanvraag.besloten',
            auth,
            bestuursnummer: a.bestuursnummer,
            details: {
              aanvraagId: a.id,
              referentie: a.referentie,
              besluit: b.besluit,
              bedragCenten: b.bedragCenten,
              beschikking: referentie,
            },
          },
          { in: trx },
        )
        // Here the bestuur would be notified of the new beschikking (see the README).
        return {
          aanvraag: toAanvraag(r),
          beschikking: { referentie, datum, documentId: document.id },
        }
      })
    },

    async bezwaarInBehandeling(auth: AuthContext, z: bezwaren.Bezwaar) {
      const now = clock.now()
      return inTransaction(db, async (trx) => {
        const r = await bezwaren.neemInBehandeling(trx, z.id, behandelaar(auth), now)
        if (!r)
          throw z.status === 'in-behandeling'
            ? conflict(
                'al-in-behandeling',
                'Dit bezwaar is al in behandeling.',
                'This objection is already being handled.',
              )
            : nietMeerOpen(z.status)
        await voegToe(trx, {
          zaakId: z.id,
          bestuursnummer: z.bestuursnummer,
          soort: 'in-behandeling',
          op: now,
          door: auth.persoon.naam,
          kant: 'duo',
        })
        await audit.append(
          {
            actie: 'bekostiging.bezwaar.in-behandeling-genomen',
            auth,
            bestuursnummer: z.bestuursnummer,
            details: { bezwaarId: z.id, referentie: z.referentie },
          },
          { in: trx },
        )
        return r
      })
    },

    async beslisBezwaar(
      auth: AuthContext,
      z: bezwaren.Bezwaar,
      bestuur: BestuurTree,
      b: { beslissing: BezwaarBeslissing; motivering: string },
    ) {
      const now = clock.now()
      const datum = vandaagVan(now)
      if (!['ingediend', 'in-behandeling'].includes(z.status)) throw nietMeerOpen(z.status)
      const waartegen = await this.waartegen(z)
      return inTransaction(db, async (trx) => {
        const bytes = await beslissingOpBezwaar(z, bestuur, { datum, waartegen, ...b })
        const document = await documenten.publiceer(
          {
            bestuursnummer: z.bestuursnummer,
            soort: 'beschikking',
            titel: `Beslissing op bezwaar ${z.referentie}`,
            referentie: z.referentie,
            datum,
            bestandsnaam: `Beslissing op bezwaar ${z.referentie}.pdf`,
            contentType: 'application/pdf',
            bytes,
            zaakReferentie: z.referentie,
          },
          { in: trx },
        )
        const r = await bezwaren.beslis(
          trx,
          z.id,
          { ...b, documentId: document.id, behandelaar: behandelaar(auth) },
          now,
        )
        if (!r) throw nietMeerOpen(z.status)
        const stap = {
          bestuursnummer: z.bestuursnummer,
          soort: 'bezwaar-besloten' as const,
          op: now,
          door: auth.persoon.naam,
          kant: 'duo' as const,
          details: { beslissing: b.beslissing, referentie: z.referentie },
        }
        await voegToe(trx, { ...stap, zaakId: z.id })
        if (z.aanvraagId) await voegToe(trx, { ...stap, zaakId: z.aanvraagId })
        await audit.append(
          {
            actie: 'bekostiging.bezwaar.besloten',
            auth,
            bestuursnummer: z.bestuursnummer,
            details: { bezwaarId: z.id, referentie: z.referentie, beslissing: b.beslissing },
          },
          { in: trx },
        )
        return r
      })
    },

    /** What a bezwaar is against, in words for the letters. */
    async waartegen(z: bezwaren.Bezwaar): Promise<string> {
      if (z.vaststellingId) {
        const v = await db
          .selectFrom('bekostiging_vaststelling')
          .select(['teldatum', 'referentie'])
          .where('id', '=', z.vaststellingId)
          .executeTakeFirst()
        return v
          ? `het overzicht vaststelling tellingen ${v.referentie} (teldatum ${datumTekst(v.teldatum, 'nl')})`
          : 'het overzicht vaststelling tellingen'
      }
      const a = z.aanvraagId
        ? await db
            .selectFrom('bekostiging_beschikking as s')
            .innerJoin('bekostiging_aanvraag as a', 'a.id', 's.aanvraag_id')
            .select(['s.referentie as beschikking', 'a.referentie'])
            .where('s.aanvraag_id', '=', z.aanvraagId)
            .executeTakeFirst()
        : undefined
      return a ? `de beschikking ${a.beschikking} op aanvraag ${a.referentie}` : 'een beschikking'
    },
  }
}
