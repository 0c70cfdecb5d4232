import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
import pkg from '../package.json' with { type: 'json' }

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'rio',
  contractVersion: CONTRACT_VERSION,
  version: pkg.version,
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
    {
      path: '',
      label: {
        nl: 'Overzicht',
        en: 'Overview',
      },
    },
    {
      path: 'onderwijsbestuur',
      label: {
        nl: 'Onderwijsbestuur',
        en: 'Board',
      },
      permission: ['rio.raadplegen', 'rio.onderwijsbestuur.wijzigen'],
      description: {
        nl: 'De gegevens van uw onderwijsbestuur en samenwerkingsvormen.',
        en: "Your board's data and forms of cooperation.",
      },
    },
    {
      path: 'onderwijsaanbieders',
      label: {
        nl: 'Onderwijsaanbieders',
        en: 'Education providers',
      },
      permission: ['rio.onderwijsaanbieder.wijzigen', 'rio.onderwijsaanbiedersgroep.wijzigen'],
      description: {
        nl: 'Onderwijsaanbieders en groepen registreren en wijzigen.',
        en: 'Register and change education providers and groups.',
      },
    },
    {
      path: 'onderwijslocaties',
      label: {
        nl: 'Onderwijslocaties',
        en: 'Locations',
      },
      permission: 'rio.onderwijslocatiegebruik.wijzigen',
      description: {
        nl: 'Waar onderwijs wordt gegeven, gekoppeld aan een BAG-adres.',
        en: 'Where education is given, tied to a BAG address.',
      },
    },
    {
      path: 'opleidingen',
      label: {
        nl: 'Aangeboden opleidingen',
        en: 'Programmes offered',
      },
      permission: 'rio.aangeboden-opleiding.wijzigen',
      description: {
        nl: 'Welke opleidingen uw onderwijsaanbieders aanbieden.',
        en: 'Which programmes your providers offer.',
      },
    },
    {
      path: 'contact',
      label: {
        nl: 'Contactgegevens',
        en: 'Contact details',
      },
      permission: 'rio.contactadres.wijzigen',
      description: {
        nl: 'Contactadressen in RIO.',
        en: 'Contact addresses in RIO.',
      },
    },
  ],
}

export default meta
