import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'bekostiging',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'Bekostiging',
    en: 'Funding',
  },
  description: {
    nl: 'Bijzondere bekostiging aanvragen, bekostigingsgegevens raadplegen, het dashboard bekostiging, het overzicht vaststelling tellingen en het zaakdossier.',
    en: 'Apply for special funding (bijzondere bekostiging), check funding data, the funding dashboard, the overview of established pupil counts and the case file.',
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
        nl: 'De bekostiging per school en per jaar, met totalen, verloop en export.',
        en: 'The funding per school and per year, with totals, history and export.',
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
        nl: 'Per teldatum de leerlingen bekostigd en niet bekostigd, met de bekostigingssignalen.',
        en: 'Per count date the pupils funded and not funded, with the funding signals.',
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
        en: 'The established counts per count date, with the period for objection.',
      },
    },
    {
      path: 'zaakdossier',
      label: {
        nl: 'Zaakdossier',
        en: 'Case file',
      },
      permission: ['zaakdossier.raadplegen', 'bekostiging.raadplegen'],
      description: {
        nl: 'Lopende aanvragen en bezwaren volgen en afgeronde bekijken, met beschikkingen.',
        en: 'Follow running applications and objections and view closed ones, with decisions.',
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
        nl: 'De aangeboden opleidingen van uw scholen zoals geregistreerd in RIO.',
        en: 'The programmes your schools offer as registered in RIO.',
      },
    },
    {
      path: 'behandeling',
      label: {
        nl: 'Werkvoorraad bekostiging',
        en: 'Funding work queue',
      },
      permission: 'bekostiging.behandelen',
      description: {
        nl: 'Aanvragen en bezwaren van alle besturen behandelen, voor de DUO behandelaar bekostiging.',
        en: 'Handle the applications and objections of all boards, for DUO’s funding officers.',
      },
    },
  ],
}

export default meta
