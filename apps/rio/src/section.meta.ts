import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'rio',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'Registratie Instellingen en Opleidingen (RIO)',
    en: 'Register of Institutions and Programmes (RIO)',
  },
  description: {
    nl: 'Registreer en wijzig wie (onderwijsbestuur en onderwijsaanbieders), waar (onderwijslocaties), wat (aangeboden opleidingen) en de contactgegevens in RIO.',
    en: 'Register and change who (board and education providers), where (locations), what (programmes offered) and the contact details in RIO.',
  },
  dienst: 'mijn-duo',
  nav: [
    { path: '', label: { nl: 'Overzicht', en: 'Overview' } },
    {
      path: 'structuur',
      label: { nl: 'Register op datum', en: 'Register on a date' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'Uw bestuur als boom (aanbieders, locaties, opleidingen) op elke datum, en de download als open data.',
        en: 'Your board as a tree (providers, locations, programmes) on any date, and the open-data download.',
      },
    },
    {
      path: 'onderwijsbestuur',
      label: { nl: 'Onderwijsbestuur', en: 'Onderwijsbestuur (board)' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'De gegevens van uw onderwijsbestuur in RIO: naam, KvK-nummer en RSIN, met hun historie.',
        en: "Your board's data in RIO: name, KvK number and RSIN, with their history.",
      },
    },
    {
      path: 'onderwijsaanbieders',
      label: { nl: 'Onderwijsaanbieders', en: 'Onderwijsaanbieders (providers)' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'Uw onderwijsaanbieders met hun naam, erkenning en historie.',
        en: 'Your education providers with their name, recognition and history.',
      },
    },
    {
      path: 'onderwijslocaties',
      label: { nl: 'Onderwijslocaties', en: 'Onderwijslocaties (locations)' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'Waar onderwijs wordt gegeven, met het adres en sinds wanneer de locatie in bedrijf is.',
        en: 'Where education is given, with the address and since when the location is in operation.',
      },
    },
    {
      path: 'opleidingen',
      label: { nl: 'Aangeboden opleidingen', en: 'Aangeboden opleidingen (programmes)' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'Welke opleidingen uw onderwijsaanbieders aanbieden, voor welke doelgroep en waar.',
        en: 'Which programmes your providers offer, for which target group and where.',
      },
    },
    {
      path: 'contact',
      label: { nl: 'Contactgegevens', en: 'Contact details' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'De communicatiecontexten: wie waarvoor bereikbaar is. Geen open data.',
        en: 'The communicatiecontexten: who can be reached for what. Not open data.',
      },
    },
    {
      path: 'wijzigingen',
      label: { nl: 'Wijzigingen', en: 'Changes' },
      permission: 'rio.raadplegen',
      description: {
        nl: 'Alle wijzigingen in het register van uw bestuur: wie, wat en wanneer.',
        en: "Every change in your board's register: who, what and when.",
      },
    },
    {
      path: 'stappenplan',
      label: { nl: 'Stappenplan registratie', en: 'Step-by-step registration' },
      permission: 'rio.onderwijsaanbieder.wijzigen',
      description: {
        nl: 'Registreer een nieuwe onderwijsaanbieder in de stappen van RIO: wie, waar, wat en met wie. U kunt tussendoor stoppen.',
        en: "Register a new provider in RIO's steps: who, where, what and with whom. You can stop and continue later.",
      },
    },
  ],
}

export default meta
