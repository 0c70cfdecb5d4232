/**
 * Bekostigingssignalen: why a pupil registration is not (fully) funded on a teldatum, as the
 * Dashboard bekostiging (OSB) explains them. DUO's own value list is not public; these codes
 * and texts are assumed (see the README) and kept in one place so they can be replaced.
 */
export const SIGNALEN = {
  'BS-01': {
    nl: 'Ingeschreven na de teldatum',
    en: 'Enrolled after the count date',
    uitleg: {
      nl: 'De inschrijving begint na de teldatum en telt daarom niet mee voor deze teldatum.',
      en: 'The enrolment starts after the count date and therefore does not count for this count date.',
    },
  },
  'BS-02': {
    nl: 'Jonger dan 4 jaar op de teldatum',
    en: 'Younger than 4 on the count date',
    uitleg: {
      nl: 'Een leerling wordt bekostigd vanaf de dag dat hij 4 jaar is.',
      en: 'A pupil is funded from the day they turn 4.',
    },
  },
  'BS-03': {
    nl: 'Dubbele inschrijving',
    en: 'Double enrolment',
    uitleg: {
      nl: 'De leerling staat op de teldatum ook bij een andere school ingeschreven; de inschrijving met de vroegste datum wordt bekostigd.',
      en: 'On the count date the pupil is also enrolled at another school; the enrolment with the earliest date is funded.',
    },
  },
  'BS-04': {
    nl: 'Persoonsgebonden nummer niet bevestigd',
    en: 'Personal number (PGN) not confirmed',
    uitleg: {
      nl: 'Het onderwijsnummer is nog niet bevestigd door de Basisregistratie Personen; zonder bevestigd nummer is er geen bekostiging.',
      en: 'The onderwijsnummer (education number) has not been confirmed by the population register yet; without a confirmed number there is no funding.',
    },
  },
  'BS-05': {
    nl: 'Woont in het buitenland',
    en: 'Lives abroad',
    uitleg: {
      nl: 'De leerling woont niet in Nederland of een grensgebied waarvoor bekostiging mogelijk is.',
      en: 'The pupil does not live in the Netherlands or in a border area for which funding is possible.',
    },
  },
  'BS-06': {
    nl: 'Uitgeschreven met terugwerkende kracht',
    en: 'De-registered retroactively',
    uitleg: {
      nl: 'De uitschrijving is na de teldatum ingevoerd met een datum vóór de teldatum.',
      en: 'The de-registration was entered after the count date with a date before it.',
    },
  },
} as const

export type Signaalcode = keyof typeof SIGNALEN
export const SIGNAALCODES = Object.keys(SIGNALEN) as Signaalcode[]
export const isSignaalcode = (s: unknown): s is Signaalcode =>
  typeof s === 'string' && Object.hasOwn(SIGNALEN, s)
