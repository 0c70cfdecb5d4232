import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
import pkg from '../package.json' with { type: 'json' }

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'osr',
  contractVersion: CONTRACT_VERSION,
  version: pkg.version,
  title: {
    nl: 'Onderwijs Serviceregister (OSR)',
    en: 'Education Service Register (OSR)',
  },
  description: {
    nl: 'Geef door welk leerlingadministratiesysteem (LAS) elke school gebruikt en geef uw softwareleverancier een mandaat per dienst voor een veilige verbinding.',
    en: 'Register which pupil administration system (LAS) each school uses and give your software supplier a mandate per service for a secure connection.',
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
      path: 'las',
      label: {
        nl: 'Leerlingadministratie (LAS)',
        en: 'Pupil administration (LAS)',
      },
      permission: 'osr.las.wijzigen',
      description: {
        nl: 'Per school het LAS dat u gebruikt.',
        en: 'The LAS each school uses.',
      },
    },
    {
      path: 'mandaten',
      label: {
        nl: 'Mandaten',
        en: 'Mandates',
      },
      permission: 'osr.mandaat.wijzigen',
      description: {
        nl: 'Mandaten per dienst (ROD, verzuim in ROD, RIO, doorstroomtoets) geven en intrekken.',
        en: 'Give and revoke mandates per service (ROD, absence in ROD, RIO, transition test).',
      },
    },
  ],
}

export default meta
