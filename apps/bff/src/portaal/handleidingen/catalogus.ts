/**
 * The manuals and forms per section ("Handleidingen en aanmeldformulieren" of the seed). For
 * the demo each PDF is generated with the server kit's letter (`maakBrief`); a real deployment
 * swaps the generator for DUO's published files and keeps the list.
 */
import { maakBrief } from '@duo/server-kit/pdf'

export interface Handleiding {
  id: string
  /** A section id, or 'algemeen' for the portal as a whole. */
  sectie: string
  soort: 'handleiding' | 'formulier'
  titel: { nl: string; en: string }
  omschrijving: { nl: string; en: string }
  /** A page of the portal that does the same online (the form's online version). */
  online: { pad: string; label: { nl: string; en: string } } | null
  /** Version date of the document, `YYYY-MM-DD`. */
  datum: string
  /** The PDF's text (Dutch: DUO publishes its manuals in Dutch). */
  inhoud: string[]
}

export const SECTIES_VOLGORDE = [
  'algemeen',
  'beheer',
  'helpdesk',
  'bekostiging',
  'rod',
  'rio',
  'osr',
  'xbrl',
]

/** Names for groups that are not a section of the list (or when it is not read). */
export const GROEPNAMEN: Record<string, { nl: string; en: string }> = {
  algemeen: { nl: 'Mijn DUO algemeen', en: 'Mijn DUO in general' },
  beheer: { nl: 'Autorisaties en beheer', en: 'Authorisations and administration' },
  helpdesk: { nl: 'Mijn Helpdesk po', en: 'Mijn Helpdesk po' },
  bekostiging: { nl: 'Bekostiging', en: 'Funding (bekostiging)' },
  rod: { nl: 'Register Onderwijsdeelnemers (ROD)', en: 'Register of pupils (ROD)' },
  rio: {
    nl: 'Registratie Instellingen en Opleidingen (RIO)',
    en: 'Register of institutions (RIO)',
  },
  osr: { nl: 'Onderwijs Serviceregister (OSR)', en: 'Education service register (OSR)' },
  xbrl: { nl: 'XBRL onderwijsportaal', en: 'XBRL education portal' },
}

export const HANDLEIDINGEN: Handleiding[] = [
  {
    id: 'aanmelding-beheerder',
    sectie: 'beheer',
    soort: 'formulier',
    titel: {
      nl: 'Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder)',
      en: 'Registration and change Mijn DUO with eHerkenning (administrator)',
    },
    omschrijving: {
      nl: 'Hiermee stelt het bestuur een beheerder po en een beheerder bekostiging en opleidingen aan. U kunt de aanmelding ook online doen.',
      en: 'With this form the school board appoints a beheerder po and a beheerder bekostiging en opleidingen. You can also register online.',
    },
    online: {
      pad: '/beheer/aanmelding',
      label: { nl: 'Beheerders online aanmelden', en: 'Register administrators online' },
    },
    datum: '2022-01-01',
    inhoud: [
      'Met dit formulier meldt het bestuur zijn beheerders aan voor Mijn DUO: een beheerder po en een beheerder bekostiging en opleidingen.',
      'Vul per beheerder de naam in. De beheerders worden binnen het bestuur verantwoordelijk voor de autorisatie van andere gebruikers en kennen rollen toe.',
      'Laat het formulier ondertekenen door een bevoegd bestuurder en e-mail het naar de Security Servicedesk van DUO. U kunt de aanmelding ook online doen in Mijn DUO, onder Beheer, Beheerders aanmelden.',
      'Beheerder po: ______________________________',
      'Beheerder bekostiging en opleidingen: ______________________________',
      'Handtekening bestuurder: ______________________________',
    ],
  },
  {
    id: 'inloggen-eherkenning',
    sectie: 'algemeen',
    soort: 'handleiding',
    titel: { nl: 'Inloggen met eHerkenning', en: 'Logging in with eHerkenning' },
    omschrijving: {
      nl: 'Welke machtiging u nodig hebt en hoe u de eerste keer inlogt.',
      en: 'Which authorisation (machtiging) you need and how to log in the first time.',
    },
    online: {
      pad: '/hulp/inloggen',
      label: { nl: 'Problemen met inloggen', en: 'Problems logging in' },
    },
    datum: '2021-11-01',
    inhoud: [
      'DUO stapt in 2022 over op inloggen met eHerkenning. Voor nieuwe gebruikers is eHerkenning verplicht vanaf 1 januari 2022.',
      "Voor Mijn Helpdesk po hebt u een machtiging nodig voor de dienst 'Mijn Helpdesk po'; voor Mijn DUO voor de dienst 'Mijn DUO voor zakelijke klanten'. Dit regelt u bij de leverancier van uw eHerkenningsmiddel.",
      'Logt u voor de eerste keer in met eHerkenning bij Mijn Helpdesk po? Gebruik dan na het inloggen eenmalig uw oude gebruikersnaam en wachtwoord.',
    ],
  },
  {
    id: 'rollen-autorisaties',
    sectie: 'beheer',
    soort: 'handleiding',
    titel: { nl: 'Rollen en autorisaties in Mijn DUO', en: 'Roles and authorisations in Mijn DUO' },
    omschrijving: {
      nl: 'Welke rollen er zijn, welk kenmerk erbij hoort en wie ze toekent.',
      en: 'Which roles exist, which kenmerk goes with each, and who assigns them.',
    },
    online: null,
    datum: '2022-01-01',
    inhoud: [
      'In Mijn DUO zijn taken verdeeld over gebruikersrollen. Een beheerder wijst de gebruikersrollen toe aan medewerkers, altijd met een kenmerk: de code van het bestuur of de school waarvoor de rol geldt.',
      'De beheerder po kent rollen toe voor ROD, RIO en OSR. De beheerder bekostiging en opleidingen kent de rollen voor bekostiging en opleidingen toe; hij heeft zelf geen toegang tot gegevens.',
    ],
  },
  {
    id: 'helpdesk',
    sectie: 'helpdesk',
    soort: 'handleiding',
    titel: { nl: 'Handleiding Mijn Helpdesk po', en: 'Manual Mijn Helpdesk po' },
    omschrijving: {
      nl: 'Een melding doen, antwoorden volgen en het digitaal archief gebruiken.',
      en: 'Submitting a melding, following replies and using the digital archive.',
    },
    online: null,
    datum: '2022-01-01',
    inhoud: [
      'In Mijn Helpdesk po doet u een melding (vraag of incident) bij de Helpdesk DUO Primair Onderwijs en volgt u de antwoorden.',
      'In het digitaal archief vindt u brieven, beschikkingen en downloads van uw bestuur. Zet e-mailberichten aan om te horen wanneer er een nieuw document is.',
    ],
  },
  {
    id: 'bijzondere-bekostiging',
    sectie: 'bekostiging',
    soort: 'handleiding',
    titel: { nl: 'Bijzondere bekostiging aanvragen', en: 'Applying for bijzondere bekostiging' },
    omschrijving: {
      nl: 'Per categorie wat u aanvraagt, wanneer, en wat er daarna gebeurt.',
      en: 'Per category what you apply for, when, and what happens next.',
    },
    online: null,
    datum: '2022-01-01',
    inhoud: [
      'U vraagt bijzondere bekostiging aan met één formulier per categorie. U kunt een aanvraag tussentijds bewaren en later indienen.',
      'Na het indienen krijgt u een referentienummer. Binnen vier maanden ontvangt u een beschikking in het digitaal archief.',
    ],
  },
  {
    id: 'rod-dashboards',
    sectie: 'rod',
    soort: 'handleiding',
    titel: {
      nl: 'ROD: dashboards en kwaliteitscontrole',
      en: 'ROD: dashboards and quality checks',
    },
    omschrijving: {
      nl: 'De dashboards voor bestuur en school, het kwaliteitscontrolebestand en de signaalcodes.',
      en: 'The dashboards for board and school, the quality check file and the signal codes.',
    },
    online: null,
    datum: '2022-02-01',
    inhoud: [
      'Het Register Onderwijsdeelnemers (ROD, voorheen BRON) ontvangt de inschrijvingen uit uw leerlingadministratiesysteem.',
      'Het dashboard ROD bevoegd gezag en het dashboard ROD school tonen de stand van zaken; het kwaliteitscontrolebestand toont wekelijks de signalen.',
    ],
  },
  {
    id: 'rio-registreren',
    sectie: 'rio',
    soort: 'handleiding',
    titel: { nl: 'Gegevens registreren in RIO', en: 'Registering data in RIO' },
    omschrijving: {
      nl: 'Onderwijsbestuur, onderwijsaanbieders, locaties en aangeboden opleidingen registreren en wijzigen.',
      en: 'Registering and changing the board, providers, locations and offered programmes.',
    },
    online: null,
    datum: '2022-01-01',
    inhoud: [
      'In RIO registreert u wie onderwijs aanbiedt, waar, en wat. De codes maakt RIO zelf aan.',
      'Voor elke wijziging hebt u een gebruikersrol in RIO nodig met het kenmerk van het onderwijsbestuur of de onderwijsaanbieder.',
    ],
  },
  {
    id: 'osr-mandaten',
    sectie: 'osr',
    soort: 'handleiding',
    titel: {
      nl: 'OSR: LAS doorgeven en mandaten geven',
      en: 'OSR: registering the LAS and giving mandates',
    },
    omschrijving: {
      nl: 'Eerst de overeenkomst OSR met Kennisnet, dan de rol OSR-toegang, dan de mandaten.',
      en: 'First the OSR agreement with Kennisnet, then the role OSR-toegang, then the mandates.',
    },
    online: null,
    datum: '2022-01-01',
    inhoud: [
      "Om het OSR te gebruiken meldt het bestuur zich eerst aan bij Kennisnet en tekent het de 'overeenkomst OSR'. Daarna kent de beheerder in Mijn DUO de rol OSR-toegang toe.",
      'In het OSR geeft het bestuur per dienst een mandaat aan de softwareleverancier, eventueel met een einddatum.',
    ],
  },
  {
    id: 'xbrl-aanleveren',
    sectie: 'xbrl',
    soort: 'handleiding',
    titel: {
      nl: 'Jaarverantwoording aanleveren in XBRL',
      en: 'Submitting the annual accounts in XBRL',
    },
    omschrijving: {
      nl: 'Het XBRL-bestand maken, valideren en indienen; correcties tot 1 juli.',
      en: 'Making, validating and submitting the XBRL file; corrections until 1 July.',
    },
    online: null,
    datum: '2022-03-01',
    inhoud: [
      'U levert de jaarcijfers aan als XBRL-instantie op de OCW-extensie van de Nederlandse Taxonomie. Het portaal valideert het bestand en toont de status.',
      'Voor het XBRL onderwijsportaal hebt u eHerkenning op niveau EH3 nodig en de rol Medewerker verantwoording.',
    ],
  },
]

const cache = new Map<string, Promise<Uint8Array>>()

/** The PDF of an entry, made once per process. */
export function pdfVan(h: Handleiding): Promise<Uint8Array> {
  let pdf = cache.get(h.id)
  if (!pdf) {
    pdf = maakBrief({
      titel: h.titel.nl,
      referentie: `HL-${h.id}`,
      datum: h.datum,
      aan: ['Mijn DUO voor schoolbesturen', h.soort === 'formulier' ? 'Formulier' : 'Handleiding'],
      regels: h.inhoud,
    })
    cache.set(h.id, pdf)
  }
  return pdf
}
