import type { LoginRuleDates } from './config'

/** The Dutch calendar day of a moment (the seed's dates are Dutch days). */
export function dutchDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

export type LegacyRefusal =
  'helpdesk-wachtwoord-verlopen' | 'token-verlopen' | 'nieuwe-gebruiker' | null

/**
 * The seed's login rules for the old ways in. Existing users of Mijn Helpdesk po may use their
 * username and password until 1 April 2022; existing Mijn DUO users their token "voorlopig";
 * an account made on or after 1 January 2022 is a new user, who logs in with eHerkenning only.
 */
export function legacyLoginRefusal(
  soort: 'helpdesk-wachtwoord' | 'mijn-duo-token',
  accountCreatedAt: string,
  now: Date,
  dates: LoginRuleDates,
): LegacyRefusal {
  const today = dutchDay(now)
  if (dutchDay(new Date(accountCreatedAt)) >= dates.eherkenningVerplichtVanaf)
    return 'nieuwe-gebruiker'
  if (soort === 'helpdesk-wachtwoord' && today >= dates.helpdeskWachtwoordTot)
    return 'helpdesk-wachtwoord-verlopen'
  if (soort === 'mijn-duo-token' && dates.tokenTot && today >= dates.tokenTot)
    return 'token-verlopen'
  return null
}

/** Which old ways in are still open today (the login page shows only those). */
export function openLegacyLogins(now: Date, dates: LoginRuleDates) {
  const today = dutchDay(now)
  return {
    helpdeskWachtwoord: today < dates.helpdeskWachtwoordTot,
    helpdeskWachtwoordTot: dates.helpdeskWachtwoordTot,
    token: !dates.tokenTot || today < dates.tokenTot,
    tokenTot: dates.tokenTot,
  }
}

export const REFUSAL_TEXT: Record<Exclude<LegacyRefusal, null>, { nl: string; en: string }> = {
  'helpdesk-wachtwoord-verlopen': {
    nl: 'Inloggen met gebruikersnaam en wachtwoord kon tot 1 april 2022. Log in met eHerkenning; daarna koppelt u eenmalig uw oude account.',
    en: 'Logging in with username and password was possible until 1 April 2022. Log in with eHerkenning; you then link your old account once.',
  },
  'token-verlopen': {
    nl: 'Inloggen met een token kan niet meer. Log in met eHerkenning.',
    en: 'Logging in with a token is no longer possible. Log in with eHerkenning.',
  },
  'nieuwe-gebruiker': {
    nl: 'Nieuwe gebruikers loggen sinds 1 januari 2022 alleen in met eHerkenning.',
    en: 'Since 1 January 2022 new users log in with eHerkenning only.',
  },
}
