import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
import pkg from '../package.json' with { type: 'json' }

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'xbrl',
  contractVersion: CONTRACT_VERSION,
  version: pkg.version,
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
        nl: 'Een XBRL-instance uploaden, laten valideren en verzenden.',
        en: 'Upload an XBRL instance, have it validated and send it.',
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
        nl: 'De status van uw aanleveringen en de meldingen bij afkeuring.',
        en: 'The status of your submissions and the findings on rejection.',
      },
    },
  ],
}

export default meta
