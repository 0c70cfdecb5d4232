import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'osr',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'Onderwijs Serviceregister (OSR)',
    en: 'Education Service Register (OSR)',
  },
  description: {
    nl: 'Geef door welk leerlingadministratiesysteem (LAS) elke school gebruikt en geef uw softwareleverancier een mandaat per dienst voor een veilige verbinding.',
    en: 'Register which pupil administration system (LAS) each school uses and give your software supplier a mandaat (mandate) per service for a secure connection.',
  },
  dienst: 'mijn-duo',
  nav: [
    {
      path: '',
      label: { nl: 'Overzicht', en: 'Overview' },
    },
    {
      path: 'overeenkomst',
      label: { nl: 'Overeenkomst OSR', en: 'Overeenkomst OSR (agreement)' },
      permission: ['osr.raadplegen', 'beheer.osr-overeenkomst.aanvragen'],
      description: {
        nl: 'Of uw bestuur de overeenkomst OSR heeft getekend, voor welke scholen, en aanvragen als dat nog niet zo is.',
        en: 'Whether your board signed the overeenkomst OSR, for which schools, and requesting it if not.',
      },
    },
    {
      path: 'las',
      label: { nl: 'Systemen per school', en: 'Systems per school' },
      permission: 'osr.raadplegen',
      description: {
        nl: 'Per school het leerlingadministratiesysteem (LAS) dat zij gebruikt.',
        en: 'The pupil administration system (LAS) each school uses.',
      },
    },
    {
      path: 'mandaten',
      label: { nl: 'Mandaten', en: 'Mandaten (mandates)' },
      permission: 'osr.raadplegen',
      description: {
        nl: 'Mandaten per school en dienst (ROD PO, Verzuim, RIO, Doorstroomtoets, OSO): geven, kopiëren, beëindigen en intrekken.',
        en: 'Mandaten per school and service (ROD PO, Verzuim, RIO, Doorstroomtoets, OSO): give, copy, end and revoke.',
      },
    },
    {
      path: 'register/aanvragen',
      label: { nl: 'Aanvragen overeenkomst', en: 'Agreement requests' },
      permission: 'osr.register.beheren',
      description: {
        nl: 'Voor Kennisnet: aanvragen van besturen behandelen en de ondertekening vastleggen.',
        en: 'For Kennisnet: handle requests of boards and record the signature.',
      },
    },
    {
      path: 'register/systemen',
      label: { nl: 'Systemen van leveranciers', en: 'Supplier systems' },
      permission: 'osr.register.beheren',
      description: {
        nl: 'Voor Kennisnet: aangemelde systemen toelaten na de kwalificatietest, en hun endpoints.',
        en: 'For Kennisnet: admit registered systems after the qualification test, and their endpoints.',
      },
    },
  ],
}

export default meta
