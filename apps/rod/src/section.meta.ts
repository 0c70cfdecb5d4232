import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'rod',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'Register Onderwijsdeelnemers (ROD)',
    en: 'Register of Education Participants (ROD)',
  },
  description: {
    nl: 'Dashboards van het Register Onderwijsdeelnemers (voorheen BRON) voor bestuur en school, het kwaliteitscontrolebestand, de bestanden met schooladviezen en niveau vo, het leerlingdossier en handmatige mutaties.',
    en: 'Dashboards of the Register of Education Participants (formerly BRON) for board and school, the quality control file, the files with school advice and secondary level, the pupil file and manual changes.',
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
      path: 'dashboard-bestuur',
      label: {
        nl: 'Dashboard ROD bevoegd gezag',
        en: 'ROD dashboard for the board',
      },
      permission: 'rod.dashboard-bestuur.raadplegen',
      description: {
        nl: 'De registraties van alle scholen van uw bestuur.',
        en: 'The registrations of all schools of your board.',
      },
    },
    {
      path: 'dashboard-school',
      label: {
        nl: 'Dashboard ROD school',
        en: 'ROD dashboard for the school',
      },
      permission: 'rod.dashboard-school.raadplegen',
      description: {
        nl: 'De registraties van uw school.',
        en: 'The registrations of your school.',
      },
    },
    {
      path: 'bestanden',
      label: {
        nl: 'Schooladviezen en niveau vo',
        en: 'School advice and secondary level',
      },
      permission: 'rod.bestanden-schooladviezen.ophalen',
      description: {
        nl: 'Bestanden met de schooladviezen en het niveau in het voortgezet onderwijs ophalen.',
        en: 'Fetch the files with school advice and the level in secondary education.',
      },
    },
    {
      path: 'kwaliteitscontrole',
      label: {
        nl: 'Kwaliteitscontrolebestand',
        en: 'Quality control file',
      },
      permission: 'rod.kwaliteitscontrole.raadplegen',
      description: {
        nl: 'Het wekelijkse bestand met signaalcodes.',
        en: 'The weekly file with signal codes.',
      },
    },
    {
      path: 'leerlingdossier',
      label: {
        nl: 'Leerlingdossier',
        en: 'Pupil file',
      },
      permission: 'rod.leerlingdossier.raadplegen',
      description: {
        nl: 'De registraties van één leerling bekijken.',
        en: 'View the registrations of one pupil.',
      },
    },
    {
      path: 'handmatige-mutatie',
      label: {
        nl: 'Handmatige mutatie',
        en: 'Manual change',
      },
      permission: 'rod.handmatige-mutatie.indienen',
      description: {
        nl: 'Uw verzoeken om een registratie te laten corrigeren die school en leverancier niet zelf kunnen herstellen.',
        en: 'Your requests to correct a registration that neither school nor supplier can correct.',
      },
    },
    {
      path: 'werkvoorraad',
      label: {
        nl: 'Werkvoorraad handmatige mutaties',
        en: 'Queue of manual changes',
      },
      permission: 'rod.handmatige-mutatie.behandelen',
      description: {
        nl: 'Verzoeken handmatige mutatie van alle besturen, voor de DUO behandelaar ROD.',
        en: 'Requests for a manual change from all boards, for the DUO ROD officer.',
      },
    },
  ],
}

export default meta
