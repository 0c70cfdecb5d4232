import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
import pkg from '../package.json' with { type: 'json' }

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'bekostiging',
  contractVersion: CONTRACT_VERSION,
  version: pkg.version,
  title: {
    nl: 'Bekostiging',
    en: 'Funding',
  },
  description: {
    nl: 'Bijzondere bekostiging en subsidies aanvragen, bekostigingsgegevens raadplegen, het dashboard bekostiging en het overzicht vaststelling tellingen.',
    en: 'Apply for special funding and subsidies, check funding data, the funding dashboard and the overview of established pupil counts.',
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
      path: 'aanvragen',
      label: {
        nl: 'Bijzondere bekostiging aanvragen',
        en: 'Apply for special funding',
      },
      permission: ['bekostiging.aanvraag.indienen'],
      description: {
        nl: 'Eén formulier per categorie, met tussentijds bewaren en een referentienummer bij indienen.',
        en: 'One form per category, with saving in between and a reference number on submission.',
      },
    },
    {
      path: 'raadplegen',
      label: {
        nl: 'Bekostiging raadplegen',
        en: 'View funding',
      },
      permission: 'bekostiging.raadplegen',
      description: {
        nl: 'De bekostigingsgegevens van uw bestuur en scholen.',
        en: 'The funding data of your board and schools.',
      },
    },
    {
      path: 'dashboard',
      label: {
        nl: 'Dashboard bekostiging',
        en: 'Funding dashboard',
      },
      permission: 'bekostiging.dashboard.raadplegen',
      description: {
        nl: 'Status per teldatum en signalen.',
        en: 'Status per count date and signals.',
      },
    },
    {
      path: 'vaststelling-tellingen',
      label: {
        nl: 'Overzicht vaststelling tellingen',
        en: 'Established counts',
      },
      permission: 'bekostiging.vaststelling-tellingen.raadplegen',
      description: {
        nl: 'De vastgestelde tellingen per teldatum, met de termijn voor bezwaar.',
        en: 'The established counts per count date, with the objection period.',
      },
    },
    {
      path: 'zaakdossier',
      label: {
        nl: 'Zaakdossier',
        en: 'Case file',
      },
      permission: 'zaakdossier.raadplegen',
      description: {
        nl: 'Lopende aanvragen volgen en afgeronde aanvragen bekijken.',
        en: 'Follow running applications and view closed ones.',
      },
    },
    {
      path: 'opleidingen',
      label: {
        nl: 'Opleidingen',
        en: 'Programmes',
      },
      permission: ['opleidingen.aanbod.wijzigen', 'opleidingen.examenresultaten.uitwisselen'],
      description: {
        nl: 'Het opleidingsaanbod bijwerken en examenresultaten uitwisselen.',
        en: 'Update the programme offer and exchange exam results.',
      },
    },
  ],
}

export default meta
