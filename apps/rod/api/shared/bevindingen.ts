/**
 * DUO's findings on a registration: the four kinds and the codes this portal knows, each with
 * what it means and what the school should do. Signalen 166/167/168 are from DUO's pages; the
 * other codes' numbers are our own (DUO's full code list is not public) and say so in the README.
 */
import type { Label } from '@duo/server-kit'

export type BevindingSoort = 'foutmelding' | 'melding' | 'signaal' | 'bekostigingssignaal'

export const SOORT_LABEL: Record<BevindingSoort, Label> = {
  foutmelding: { nl: 'Foutmelding', en: 'Foutmelding (error: refused until fixed)' },
  melding: { nl: 'Melding', en: 'Melding (notice: recorded, please check)' },
  signaal: { nl: 'Signaal', en: 'Signaal (signal in the quality control file)' },
  bekostigingssignaal: {
    nl: 'Bekostigingssignaal',
    en: 'Bekostigingssignaal (funding signal)',
  },
}

/** Kinds in the weekly kwaliteitscontrolebestand (a bekostigingssignaal is also in the OSB). */
export const IN_KWALITEITSCONTROLE: readonly BevindingSoort[] = ['signaal', 'bekostigingssignaal']
/** Kinds that stay open until fixed (a melding is only recorded). */
export const BLIJVEN_OPEN: readonly BevindingSoort[] = [
  'foutmelding',
  'signaal',
  'bekostigingssignaal',
]

export interface BevindingCode {
  code: string
  soort: BevindingSoort
  omschrijving: Label
  actie: Label
}

const code = (
  c: string,
  soort: BevindingSoort,
  omschrijving: Label,
  actie: Label,
): BevindingCode => ({ code: c, soort, omschrijving, actie })

const CODES: readonly BevindingCode[] = [
  code(
    '166',
    'signaal',
    {
      nl: 'Geen uitslag van de doorstroomtoets (eindtoets) voor een leerling in leerjaar 8.',
      en: 'No doorstroomtoets (eindtoets) result for a pupil in leerjaar 8 (year 8).',
    },
    {
      nl: 'Controleer of de leerling de toets heeft gemaakt. Zo ja: laat de uitslag vanuit uw LAS opnieuw doorsturen. Zo nee: registreer de reden van vrijstelling in uw LAS.',
      en: 'Check whether the pupil took the test. If so, have your LAS (pupil administration system) send the result again. If not, record the reason for exemption in your LAS.',
    },
  ),
  code(
    '167',
    'signaal',
    {
      nl: 'De uitslag van de doorstroomtoets is onvolledig: niet voor lezen, taalverzorging én rekenen een referentieniveau.',
      en: 'The doorstroomtoets result is incomplete: not every domain (reading, language, arithmetic) has a referentieniveau.',
    },
    {
      nl: 'Vraag de toetsaanbieder om de volledige uitslag en stuur die vanuit uw LAS opnieuw door.',
      en: 'Ask the test provider for the complete result and send it again from your LAS.',
    },
  ),
  code(
    '168',
    'signaal',
    {
      nl: 'Geen schooladvies geregistreerd voor een leerling in leerjaar 8.',
      en: 'No schooladvies (school advice) registered for a pupil in leerjaar 8 (year 8).',
    },
    {
      nl: 'Leg het schooladvies vast in uw LAS en laat het doorsturen naar ROD.',
      en: 'Record the schooladvies in your LAS and have it sent to ROD.',
    },
  ),
  code(
    'F0101',
    'foutmelding',
    {
      nl: 'Het PGN (BSN of onderwijsnummer) is niet bekend in de Basisregistratie Personen of bij DUO.',
      en: 'The PGN (BSN or onderwijsnummer) is not known in the Personal Records Database or at DUO.',
    },
    {
      nl: 'Vergelijk het BSN in uw LAS met een document van de ouders en stuur de inschrijving opnieuw.',
      en: 'Compare the BSN in your LAS with a document of the parents and send the registration again.',
    },
  ),
  code(
    'F0430',
    'foutmelding',
    {
      nl: 'Het definitieve schooladvies is lager dan het voorlopige. Dat mag niet; de registratie is geweigerd.',
      en: 'The final schooladvies is lower than the provisional one. That is not allowed; the registration was refused.',
    },
    {
      nl: 'Stel het definitieve advies gelijk aan of hoger dan het voorlopige advies en stuur het opnieuw.',
      en: 'Make the final advice equal to or higher than the provisional advice and send it again.',
    },
  ),
  code(
    'M0110',
    'melding',
    {
      nl: 'De inschrijving is later doorgegeven dan 7 dagen na de inschrijfdatum.',
      en: 'The registration was sent more than 7 days after the date of enrolment.',
    },
    {
      nl: 'Geen herstel nodig. Geef inschrijvingen voortaan binnen 7 dagen door.',
      en: 'Nothing to correct. Please send registrations within 7 days from now on.',
    },
  ),
  code(
    'M0420',
    'melding',
    {
      nl: 'Het schooladvies is na de uiterste registratiedatum doorgegeven.',
      en: 'The schooladvies was sent after the registration deadline.',
    },
    {
      nl: 'Controleer of het advies klopt; geef adviezen voortaan op tijd door.',
      en: 'Check that the advice is right; please send advice on time from now on.',
    },
  ),
  code(
    'B0501',
    'bekostigingssignaal',
    {
      nl: 'De leerling is op de teldatum ook ingeschreven op een andere school. Hij telt mogelijk niet mee voor uw bekostiging.',
      en: 'On the teldatum (count date) the pupil is also enrolled at another school. The pupil may not count for your funding.',
    },
    {
      nl: 'Stem met de andere school af wie de leerling inschrijft en corrigeer de in- of uitschrijfdatum in uw LAS.',
      en: 'Agree with the other school who enrols the pupil and correct the date of enrolment or leaving in your LAS.',
    },
  ),
  code(
    'B0502',
    'bekostigingssignaal',
    {
      nl: 'De leerling is op de teldatum jonger dan 4 jaar en telt niet mee voor de bekostiging.',
      en: 'The pupil is younger than 4 on the teldatum (count date) and does not count for funding.',
    },
    {
      nl: 'Controleer de geboortedatum en de inschrijfdatum in uw LAS.',
      en: 'Check the date of birth and the date of enrolment in your LAS.',
    },
  ),
]

const perCode = new Map(CODES.map((c) => [c.code, c]))

/** What a code means; a code DUO sends that this portal does not know yet still shows. */
export function codeInfo(c: string): BevindingCode {
  return (
    perCode.get(c) ?? {
      code: c,
      soort: 'melding',
      omschrijving: { nl: `Code ${c}`, en: `Code ${c}` },
      actie: {
        nl: 'Neem contact op met de Helpdesk DUO po voor uitleg over deze code.',
        en: 'Contact Helpdesk DUO po for an explanation of this code.',
      },
    }
  )
}
