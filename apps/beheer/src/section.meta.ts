import { CONTRACT_VERSION, type SectionMeta } from '@duo/portal-sdk/contract'
// Only the version: a default import would put the whole package.json in the section's code.
import { version } from '../package.json'

/** What the portal knows of this section without loading it; emitted as `section.json`. */
const meta: SectionMeta = {
  id: 'beheer',
  contractVersion: CONTRACT_VERSION,
  version,
  title: {
    nl: 'Beheer',
    en: 'Administration',
  },
  description: {
    nl: 'Beheerders aanmelden, rollen met kenmerk toekennen en intrekken, en het logboek van alle wijzigingen. Iedereen ziet hier ook zijn eigen rollen.',
    en: 'Appoint administrators, assign and revoke roles with a kenmerk, and the log of every change. Everyone also sees their own roles here.',
  },
  dienst: null,
  nav: [
    {
      path: '',
      label: {
        nl: 'Overzicht',
        en: 'Overview',
      },
    },
    {
      path: 'mijn-rollen',
      label: {
        nl: 'Mijn rollen',
        en: 'My roles',
      },
      permission: 'beheer.eigen-rollen.raadplegen',
      description: {
        nl: 'Uw rollen, wat u ermee kunt en wie uw beheerders zijn.',
        en: 'Your roles, what they let you do and who your administrators are.',
      },
    },
    {
      path: 'autorisaties',
      label: {
        nl: 'Autorisaties',
        en: 'Authorisations',
      },
      permission: [
        'beheer.rollen-po.toekennen',
        'beheer.rollen-bekostiging.toekennen',
        'beheer.rollen-rio.toekennen',
      ],
      description: {
        nl: 'Rollen met kenmerk toekennen aan en intrekken bij medewerkers van uw bestuur.',
        en: "Assign roles with a kenmerk to, and revoke them from, your board's staff.",
      },
    },
    {
      path: 'aanmelding',
      label: {
        nl: 'Aanmelding beheerders',
        en: 'Register administrators',
      },
      // For besturen only. A permission every logged-in person has keeps it out of DUO staff's
      // menu (portal-sdk's navItemVisible); the page itself refuses staff too (Toegang.vue).
      permission: 'beheer.eigen-rollen.raadplegen',
      description: {
        nl: 'Het formulier om de beheerders van uw bestuur aan te melden of te wijzigen.',
        en: "The form to register or change your board's administrators.",
      },
    },
    {
      path: 'aanmeldingen',
      label: {
        nl: 'Werkvoorraad aanmeldingen',
        en: 'Registration queue',
      },
      permission: 'beheer.beheerders.aanstellen',
      description: {
        nl: 'Aanmeldingen van beheerders beoordelen (security servicedesk DUO).',
        en: 'Review administrator registrations (DUO security servicedesk).',
      },
    },
    {
      path: 'logboek',
      label: {
        nl: 'Logboek',
        en: 'Audit log',
      },
      permission: 'beheer.audit.raadplegen',
      description: {
        nl: 'Wie wat wanneer heeft toegekend, ingetrokken, goedgekeurd of afgewezen.',
        en: 'Who granted, revoked, approved or rejected what, and when.',
      },
    },
  ],
}

export default meta
