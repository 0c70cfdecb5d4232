/**
 * Submitting an aanlevering: only a version whose current file validated without errors, only
 * between 1 January and 1 July after its verslagjaar. It gets a referentie, its history records
 * who submitted it, and a receipt (ontvangstbevestiging) goes to the bestuur's digitaal archief.
 */
import {
  conflict,
  isUniqueViolation,
  newId,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import { maakBrief } from '@duo/server-kit/pdf'
import { eisIndienen, vandaag } from '../shared/termijnen'
import type { XbrlTables } from '../tables'
import { dienIn, getAanlevering, type Aanlevering } from './store'
import type { Validatie } from './weergave'

const referentie = (now: Date) =>
  `JV-${vandaag(now).slice(0, 4)}-${newId().replace(/-/g, '').slice(0, 6).toUpperCase()}`

export async function indienen(
  platform: SectionPlatform<XbrlTables>,
  auth: AuthContext,
  a: Aanlevering,
  bestuur: BestuurTree,
  validatie: Validatie,
): Promise<Aanlevering> {
  const { db, clock, audit, documenten, logger } = platform
  const now = clock.now()
  if (a.status !== 'gevalideerd' || validatie.status !== 'klaar' || validatie.fouten !== 0)
    throw conflict(
      'niet-gevalideerd',
      a.status === 'concept'
        ? 'U kunt indienen zodra de validatie van uw bestand zonder fouten is afgerond.'
        : 'Deze versie is al ingediend.',
      a.status === 'concept'
        ? 'You can submit once your file has been validated without errors.'
        : 'This version has already been submitted.',
    )
  const correctie = a.versie > 1
  eisIndienen(
    a.verslagjaar,
    now,
    correctie
      ? { nl: 'Een correctie indienen', en: 'Submitting a correction' }
      : { nl: 'Indienen', en: 'Submitting' },
  )
  const door = { naam: auth.persoon.naam, persoonId: auth.persoon.id }
  let ref = ''
  for (let poging = 0; ; poging++) {
    ref = referentie(now)
    try {
      if (!(await dienIn(db, a, { referentie: ref, door }, now)))
        throw conflict(
          'gewijzigd',
          'Deze aanlevering is intussen gewijzigd. Laad de pagina opnieuw.',
          'This submission changed in the meantime. Reload the page.',
        )
      break
    } catch (err) {
      if (!isUniqueViolation(err) || poging >= 3) throw err
    }
  }
  await audit.append({
    actie: 'xbrl.aanlevering.ingediend',
    auth,
    bestuursnummer: bestuur.bestuursnummer,
    details: { aanleveringId: a.id, referentie: ref, verslagjaar: a.verslagjaar, versie: a.versie },
  })
  // The submission stands; a receipt that fails to publish is logged, not a failed submission.
  await ontvangstbevestiging().catch((err: unknown) =>
    logger.warn({ err, aanleveringId: a.id }, 'ontvangstbevestiging niet gepubliceerd'),
  )
  return (await getAanlevering(db, a.id))!

  async function ontvangstbevestiging() {
    const titel = `Ontvangstbevestiging jaarverantwoording ${a.verslagjaar}${correctie ? ` (correctie, versie ${a.versie})` : ''}`
    await documenten.publiceer({
      bestuursnummer: bestuur.bestuursnummer,
      soort: 'bevestiging',
      titel,
      referentie: ref,
      datum: vandaag(now),
      bestandsnaam: `${titel} – ${bestuur.naam}.pdf`,
      contentType: 'application/pdf',
      zaakReferentie: ref,
      bytes: await maakBrief({
        titel,
        referentie: ref,
        datum: vandaag(now),
        aan: [bestuur.naam, `Bestuursnummer ${bestuur.bestuursnummer}`],
        regels: [
          `Wij hebben uw jaarverantwoording over verslagjaar ${a.verslagjaar} ontvangen${correctie ? ` (versie ${a.versie}, een correctie op uw eerdere aanlevering)` : ''}. Het bestand ${a.bestand?.naam ?? ''} is zonder fouten gevalideerd.`,
          'DUO beoordeelt uw aanlevering. De status ziet u in het XBRL onderwijsportaal; daar ziet u ook of wij uw jaarverantwoording hebben geaccepteerd.',
          `Correcties kunt u aanleveren tot 1 juli ${a.verslagjaar + 1}.`,
        ],
        tabel: [
          ['Referentie', ref],
          ['Verslagjaar', String(a.verslagjaar)],
          ['Versie', String(a.versie)],
          ['Ingediend door', door.naam],
        ],
      }),
    })
  }
}
