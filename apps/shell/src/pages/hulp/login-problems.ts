/** The situations of "Problemen met inloggen", each with its solution (nl and en). */
export interface LoginProblem {
  id: string
  title: { nl: string; en: string }
  solution: { nl: string; en: string }
}

export const LOGIN_PROBLEMS: LoginProblem[] = [
  {
    id: 'geen-machtiging',
    title: {
      nl: 'Ik heb geen machtiging voor deze dienst',
      en: 'I have no authorisation for this service',
    },
    solution: {
      nl: 'U hebt een eHerkenningsmachtiging nodig voor de dienst ‘Mijn DUO voor zakelijke klanten’ (bekostiging, ROD, RIO, OSR, XBRL) of ‘Mijn Helpdesk po’ (helpdesk). Dit regelt u bij de leverancier van uw eHerkenningsmiddel, niet bij DUO. Daarna logt u opnieuw in.',
      en: 'You need an eHerkenning authorisation for the service ‘Mijn DUO voor zakelijke klanten’ (funding, ROD, RIO, OSR, XBRL) or ‘Mijn Helpdesk po’ (helpdesk). Your eHerkenning supplier arranges this, not DUO. Then log in again.',
    },
  },
  {
    id: 'eerste-keer-helpdesk',
    title: {
      nl: 'Ik log voor het eerst in met eHerkenning bij Mijn Helpdesk po',
      en: 'I log in to Mijn Helpdesk po with eHerkenning for the first time',
    },
    solution: {
      nl: 'Na het inloggen vraagt het portaal eenmalig uw oude gebruikersnaam en wachtwoord. Daarmee koppelen we uw bestaande meldingen en archief aan uw eHerkenning.',
      en: 'After logging in, the portal asks once for your old username and password. That links your existing meldingen and archive to your eHerkenning.',
    },
  },
  {
    id: 'wachtwoord',
    title: {
      nl: 'Ik wil inloggen met gebruikersnaam en wachtwoord',
      en: 'I want to log in with username and password',
    },
    solution: {
      nl: 'Bestaande gebruikers van Mijn Helpdesk po konden tot 1 april 2022 hun gebruikersnaam en wachtwoord gebruiken. Nieuwe gebruikers loggen sinds 1 januari 2022 alleen in met eHerkenning.',
      en: 'Existing Mijn Helpdesk po users could use their username and password until 1 April 2022. Since 1 January 2022 new users log in with eHerkenning only.',
    },
  },
  {
    id: 'token',
    title: {
      nl: 'Ik log in bij Mijn DUO met mijn token',
      en: 'I log in to Mijn DUO with my token',
    },
    solution: {
      nl: 'Bestaande gebruikers van Mijn DUO kunnen voorlopig nog inloggen met hun token: uw gebruikersnaam en de code die uw token toont. Regel op tijd eHerkenning.',
      en: 'Existing Mijn DUO users can still log in with their token for now: your username and the code your token shows. Arrange eHerkenning in good time.',
    },
  },
  {
    id: 'geblokkeerd',
    title: { nl: 'Mijn account is tijdelijk geblokkeerd', en: 'My account is temporarily locked' },
    solution: {
      nl: 'Na vijf mislukte pogingen blokkeren we het account 15 minuten, om raden te voorkomen. Wacht en probeer het daarna opnieuw, of log in met eHerkenning.',
      en: 'After five failed attempts we lock the account for 15 minutes to stop guessing. Wait and try again, or log in with eHerkenning.',
    },
  },
  {
    id: 'niveau',
    title: {
      nl: 'Het XBRL onderwijsportaal laat mij niet toe',
      en: 'The XBRL education portal does not let me in',
    },
    solution: {
      nl: 'Voor de jaarverantwoording is eHerkenning op betrouwbaarheidsniveau EH3 of hoger nodig. Log opnieuw in met een middel van niveau EH3 of EH4.',
      en: 'The annual report needs eHerkenning at assurance level EH3 or higher. Log in again with a means of level EH3 or EH4.',
    },
  },
  {
    id: 'geen-rollen',
    title: { nl: 'Ik zie een onderdeel niet', en: 'I do not see a section' },
    solution: {
      nl: 'Wat u ziet hangt af van uw rollen. Onder Beheer › Mijn rollen ziet u uw rollen en wie uw beheerders zijn. Vraag hun de rol die u nodig hebt.',
      en: 'What you see depends on your roles. Under Beheer › My roles you see your roles and who your administrators are. Ask them for the role you need.',
    },
  },
  {
    id: 'sessie',
    title: { nl: 'Ik ben uitgelogd terwijl ik bezig was', en: 'I was logged out while working' },
    solution: {
      nl: 'Na 15 minuten zonder activiteit, en altijd na 8 uur, loggen we u uit om uw gegevens te beschermen. Log opnieuw in; bewaar lange formulieren tussentijds.',
      en: 'After 15 minutes without activity, and always after 8 hours, we log you out to protect your data. Log in again; save long forms as you go.',
    },
  },
]
