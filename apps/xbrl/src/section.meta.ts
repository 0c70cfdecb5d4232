import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'xbrl',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'XBRL onderwijsportaal',
    en: 'XBRL education portal',
  },
  description: {
    nl: 'Lever de jaarcijfers van uw bestuur aan (jaarrekening en jaarverantwoording OCW) als XBRL-instance op de OCW-extensie van de Nederlandse Taxonomie.',
    en: "Submit your board's annual figures (annual accounts and OCW annual report) as an XBRL instance on the OCW extension of the Dutch Taxonomy.",
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
      path: 'aanleveren',
      label: {
        nl: 'Jaarverantwoording aanleveren',
        en: 'Submit annual report',
      },
      permission: 'xbrl.jaarverantwoording.indienen',
      description: {
        nl: 'Een XBRL-instance uploaden, laten controleren en indienen, of een correctie aanleveren.',
        en: 'Upload an XBRL instance, have it checked and submit it, or submit a correction.',
      },
    },
    {
      path: 'overzicht',
      label: {
        nl: 'Overzicht aanleveringen',
        en: 'Submissions',
      },
      permission: 'xbrl.jaarverantwoording.raadplegen',
      description: {
        nl: 'Al uw aanleveringen met hun status, en de reden als DUO er een heeft afgekeurd.',
        en: 'All your submissions with their status, and the reason when DUO rejected one.',
      },
    },
    {
      path: 'behandeling',
      label: {
        nl: 'Ingediende jaarverantwoordingen',
        en: 'Submitted annual reports',
      },
      permission: 'xbrl.jaarverantwoording.behandelen',
      description: {
        nl: 'De ingediende jaarverantwoordingen van alle besturen, voor de behandelaar van DUO.',
        en: 'The submitted annual reports of all boards, for DUO’s assessor.',
      },
    },
  ],
}

export default meta
