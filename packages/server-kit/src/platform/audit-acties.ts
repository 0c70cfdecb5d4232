import type { Label } from '../services'

/**
 * The platform's own audit actions (logins, linking), and the names entries had before actions
 * were named `<section>.<object>.<verb>`: the log is append-only, so old entries keep their name
 * and still get a readable label.
 */
export const PLATFORM_ACTIES: Record<string, Label> = {
  'portaal.login.gelukt': { nl: 'Ingelogd', en: 'Logged in' },
  'portaal.login.mislukt': { nl: 'Inloggen mislukt', en: 'Login failed' },
  'portaal.sessie.uitgelogd': { nl: 'Uitgelogd', en: 'Logged out' },
  'portaal.account.gekoppeld': {
    nl: 'Oud account gekoppeld aan eHerkenning',
    en: 'Old account linked to eHerkenning',
  },
  'portaal.account.geblokkeerd': {
    nl: 'Oud account tijdelijk geblokkeerd',
    en: 'Old account temporarily locked',
  },
  'portaal.mededeling.gepubliceerd': {
    nl: 'Mededeling gepubliceerd',
    en: 'Announcement published',
  },
  'portaal.mededeling.gewijzigd': { nl: 'Mededeling gewijzigd', en: 'Announcement changed' },
  'portaal.mededeling.verwijderd': { nl: 'Mededeling verwijderd', en: 'Announcement removed' },
  'portaal.onderhoud.gewijzigd': {
    nl: 'Onderhoud van een onderdeel ingesteld',
    en: 'Maintenance of a section set',
  },
  'portaal.onderhoud.beeindigd': {
    nl: 'Onderhoud van een onderdeel beëindigd',
    en: 'Maintenance of a section ended',
  },
  'portaal.nieuwsbrief.verzonden': { nl: 'Nieuwsbrief verzonden', en: 'Newsletter sent' },
  'portaal.feedback.geexporteerd': { nl: 'Feedback geëxporteerd', en: 'Feedback exported' },
}

export const VROEGERE_ACTIES: Record<string, string> = {
  login: 'portaal.login.gelukt',
  'login.mislukt': 'portaal.login.mislukt',
  logout: 'portaal.sessie.uitgelogd',
  'account.gekoppeld': 'portaal.account.gekoppeld',
  'account.geblokkeerd': 'portaal.account.geblokkeerd',
  'rol.toegekend': 'beheer.rol.toegekend',
  'rol.ingetrokken': 'beheer.rol.ingetrokken',
  'aanmelding.ingediend': 'beheer.aanmelding.ingediend',
  'aanmelding.goedgekeurd': 'beheer.aanmelding.goedgekeurd',
  'aanmelding.afgewezen': 'beheer.aanmelding.afgewezen',
  'helpdesk.melding.status': 'helpdesk.melding.status-gewijzigd',
}
