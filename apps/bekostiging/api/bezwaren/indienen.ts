/**
 * Filing a bezwaar, against an overzicht vaststelling tellingen or a beschikking: the grounds,
 * optionally the school it is about and bijlagen, within 6 weeks of the letter's date. Gives a
 * referentienummer and an ontvangstbevestiging in the archive; lands in DUO's queue.
 */
import { z } from 'zod'
import {
  ApiProblem,
  apiFout,
  inTransaction,
  ongeldigeInvoer,
  tekst,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import { bezwaarBeslisdatum, bezwaarOpen, bezwaarTeLaat } from '../../regels/bezwaar'
import { vandaagVan } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { alsLijst, metBijlagen } from '../shared/bijlagen'
import { bezwaarBevestiging } from '../shared/brieven'
import { volgendeReferentie } from '../shared/referentie'
import { voegToe } from '../shared/tijdlijn'
import { maakBezwaar, type Bezwaar } from './store'

export const bezwaarForm = z.object({
  gronden: z
    .string()
    .trim()
    .min(
      20,
      tekst(
        'Geef de gronden van uw bezwaar (minstens 20 tekens)',
        'Give the grounds of your objection (at least 20 characters)',
      ),
    )
    .max(
      5000,
      tekst(
        'De gronden zijn te lang (hoogstens 5.000 tekens)',
        'The grounds are too long (at most 5,000 characters)',
      ),
    ),
  instellingscode: z.string().trim().max(4).optional(),
  bijlage: z.union([z.instanceof(File), z.array(z.instanceof(File))]).optional(),
})
export type BezwaarInvoer = z.infer<typeof bezwaarForm>

export interface BezwaarDoel {
  onderwerp: 'vaststelling' | 'beschikking'
  vaststellingId?: string
  aanvraagId?: string
  /** The letter objected to: its date starts the 6 weeks. */
  dagtekening: string
  /** "het overzicht vaststelling tellingen van teldatum 1 februari 2022", for the letters. */
  waartegen: string
  /** The zaak the bezwaar continues, for the timeline (the aanvraag), if any. */
  zaakId?: string
}

/** The 6 weeks as a 409 with both dates, before anything is read or stored. */
export function controleerTermijn(dagtekening: string, now: Date): void {
  const vandaag = vandaagVan(now)
  if (!bezwaarOpen(dagtekening, vandaag)) {
    const t = bezwaarTeLaat(dagtekening, vandaag)
    throw new ApiProblem(409, apiFout('te-laat', t.nl, t.en))
  }
}

export async function dienBezwaarIn(
  platform: SectionPlatform<BekostigingTables>,
  auth: AuthContext,
  bestuur: BestuurTree,
  doel: BezwaarDoel,
  invoer: BezwaarInvoer,
  intermediairKvk: string | null,
  door: string,
): Promise<Bezwaar> {
  const { db, clock, audit, documenten, bestanden } = platform
  const now = clock.now()
  controleerTermijn(doel.dagtekening, now)
  const code = invoer.instellingscode?.toUpperCase() || null
  if (code && !bestuur.scholen.some((s) => s.instellingscode === code))
    throw ongeldigeInvoer([
      {
        veld: 'instellingscode',
        nl: 'Kies een school van uw bestuur',
        en: 'Choose a school of your board',
      },
    ])
  const vandaag = vandaagVan(now)
  return metBijlagen(bestanden, alsLijst(invoer.bijlage), (bijlagen) =>
    inTransaction(db, async (trx) => {
      const referentie = await volgendeReferentie(trx, 'BZ', Number(vandaag.slice(0, 4)))
      const bezwaar = await maakBezwaar(
        trx,
        {
          referentie,
          bestuursnummer: bestuur.bestuursnummer,
          onderwerp: doel.onderwerp,
          vaststellingId: doel.vaststellingId ?? null,
          aanvraagId: doel.aanvraagId ?? null,
          instellingscode: code,
          gronden: invoer.gronden,
          ontvangenDag: vandaag,
          uitersteBeslisdatum: bezwaarBeslisdatum(vandaag),
          door: { persoonId: auth.persoon.id, naam: door },
          intermediairKvk,
          bijlagen,
        },
        now,
      )
      const stap = {
        bestuursnummer: bestuur.bestuursnummer,
        soort: 'bezwaar-ingediend' as const,
        op: now,
        door,
        kant: 'bestuur' as const,
        intermediairKvk,
        details: { referentie },
      }
      await voegToe(trx, { ...stap, zaakId: bezwaar.id })
      if (doel.zaakId) await voegToe(trx, { ...stap, zaakId: doel.zaakId })
      await documenten.publiceer(
        {
          bestuursnummer: bestuur.bestuursnummer,
          soort: 'bevestiging',
          titel: `Ontvangstbevestiging bezwaar ${referentie}`,
          referentie,
          datum: vandaag,
          bestandsnaam: `Ontvangstbevestiging ${referentie}.pdf`,
          contentType: 'application/pdf',
          bytes: await bezwaarBevestiging(bezwaar, bestuur, doel.waartegen),
          zaakReferentie: referentie,
        },
        { in: trx },
      )
      await audit.append(
        {
          actie: 'bekostiging.bezwaar.ingediend',
          auth,
          bestuursnummer: bestuur.bestuursnummer,
          details: { bezwaarId: bezwaar.id, referentie, onderwerp: doel.onderwerp },
        },
        { in: trx },
      )
      // Here a notification (e-mail with the referentienummer) would be sent once the platform
      // offers one; see the README.
      return bezwaar
    }),
  )
}
