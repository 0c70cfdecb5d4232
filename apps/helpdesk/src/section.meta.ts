import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'helpdesk',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'Mijn Helpdesk po',
    en: 'My Helpdesk po',
  },
  description: {
    nl: 'Voor contact met de Helpdesk DUO Primair Onderwijs: meldingen doen en volgen, contactgegevens en het digitale archief met brieven en beschikkingen.',
    en: 'For contact with Helpdesk DUO Primary Education: create and follow meldingen (questions and incidents), contact details and the digital archive of letters and decisions.',
  },
  dienst: 'mijn-helpdesk-po',
  nav: [
    {
      path: '',
      label: {
        nl: 'Overzicht',
        en: 'Overview',
      },
    },
    {
      path: 'meldingen',
      label: {
        nl: 'Meldingen',
        en: 'Meldingen',
      },
      permission: 'helpdesk.melding.lezen',
      description: {
        nl: 'Overzicht van de meldingen van uw bestuur en de antwoorden van de helpdesk.',
        en: "Overview of your board's meldingen and the helpdesk's replies.",
      },
    },
    {
      path: 'meldingen/nieuw',
      label: {
        nl: 'Nieuwe melding',
        en: 'New melding',
      },
      permission: 'helpdesk.melding.indienen',
      description: {
        nl: 'Stel een vraag of meld een storing bij de Helpdesk DUO po.',
        en: 'Ask a question or report an incident to Helpdesk DUO po.',
      },
    },
    {
      path: 'contact',
      label: {
        nl: 'Contactgegevens',
        en: 'Contact details',
      },
      permission: 'helpdesk.melding.lezen',
      description: {
        nl: 'Telefoon, openingstijden en adres van de helpdesk, en de contactpersoon van uw bestuur.',
        en: "Phone, opening hours and address of the helpdesk, and your board's contact person.",
      },
    },
    {
      path: 'archief',
      label: {
        nl: 'Digitaal archief',
        en: 'Digital archive',
      },
      permission: 'helpdesk.archief.lezen',
      description: {
        nl: 'Brieven, beschikkingen en downloads van uw bestuur.',
        en: 'Letters, decisions and downloads of your board.',
      },
    },
    {
      path: 'werkvoorraad',
      label: {
        nl: 'Werkvoorraad helpdesk',
        en: 'Helpdesk queue',
      },
      permission: 'helpdesk.behandelen',
      description: {
        nl: 'Alle meldingen van alle besturen, voor medewerkers van de Helpdesk DUO po.',
        en: 'All meldingen of all boards, for Helpdesk DUO po staff.',
      },
    },
  ],
}

export default meta
