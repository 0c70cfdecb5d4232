import type { PermissionId } from './permissions.ts'

/**
 * What each permission lets someone do, in Dutch and English: texts, so they ship with the
 * other texts of `@duo/authz/teksten` and not in a browser bundle of the rules
 * (`PermissionDefinition.nl` and `.en` read them from the registered texts).
 */
export const permissionLabels: Readonly<Record<PermissionId, { nl: string; en: string }>> = {
  'helpdesk.melding.lezen': {
    nl: 'Meldingen en antwoorden van de helpdesk bekijken',
    en: 'View helpdesk meldingen and replies',
  },
  'helpdesk.melding.indienen': {
    nl: 'Een melding (vraag of incident) doen bij de helpdesk',
    en: 'Submit a melding (question or incident) to the helpdesk',
  },
  'helpdesk.archief.lezen': {
    nl: 'Het digitaal archief bekijken (brieven, beschikkingen, downloads)',
    en: 'View the digital archive (letters, beschikkingen, downloads)',
  },
  'helpdesk.contactpersoon.wijzigen': {
    nl: 'Contactgegevens wijzigen',
    en: 'Change contact details',
  },
  'helpdesk.behandelen': {
    nl: 'Meldingen van alle besturen behandelen (DUO)',
    en: 'Handle the meldingen of all besturen (DUO)',
  },
  'bekostiging.raadplegen': {
    nl: 'Bekostigingsgegevens raadplegen en controleren',
    en: 'View and check bekostiging data',
  },
  'bekostiging.aanvraag.indienen': {
    nl: 'Bijzondere bekostiging en subsidies aanvragen',
    en: 'Apply for bijzondere bekostiging and subsidies',
  },
  'bekostiging.dashboard.raadplegen': {
    nl: 'Dashboard bekostiging raadplegen',
    en: 'View the Dashboard bekostiging',
  },
  'bekostiging.vaststelling-tellingen.raadplegen': {
    nl: 'Overzicht vaststelling tellingen raadplegen',
    en: 'View the Overzicht vaststelling tellingen',
  },
  'bekostiging.bezwaar.indienen': {
    nl: 'Bezwaar maken tegen een vaststelling of beschikking',
    en: 'Object to a vaststelling or beschikking',
  },
  'bekostiging.behandelen': {
    nl: 'Aanvragen bijzondere bekostiging en bezwaren behandelen (DUO)',
    en: 'Handle applications for bijzondere bekostiging and objections (DUO)',
  },
  'opleidingen.aanbod.wijzigen': {
    nl: 'Het opleidingsaanbod bijwerken',
    en: 'Update the opleidingsaanbod',
  },
  'opleidingen.examenresultaten.uitwisselen': {
    nl: 'Examenresultaten uitwisselen',
    en: 'Exchange examenresultaten',
  },
  'zaakdossier.raadplegen': {
    nl: 'Lopende aanvragen volgen en afgeronde aanvragen bekijken',
    en: 'Follow running aanvragen and view closed ones',
  },
  'xbrl.jaarverantwoording.indienen': {
    nl: 'Jaarverantwoording (XBRL) aanleveren',
    en: 'Submit the jaarverantwoording (XBRL)',
  },
  'xbrl.jaarverantwoording.raadplegen': {
    nl: 'Status van de jaarverantwoording (XBRL) bekijken',
    en: 'View the status of the jaarverantwoording (XBRL)',
  },
  'xbrl.jaarverantwoording.behandelen': {
    nl: 'Ingediende jaarverantwoordingen beoordelen (DUO)',
    en: 'Review submitted annual accounts (DUO)',
  },
  'rod.bestanden-schooladviezen.ophalen': {
    nl: 'Bestanden met schooladviezen en niveau vo ophalen',
    en: 'Fetch the files with schooladviezen and niveau vo',
  },
  'rod.dashboard-bestuur.raadplegen': {
    nl: 'Dashboard ROD bevoegd gezag raadplegen',
    en: 'View the ROD dashboard for the bevoegd gezag',
  },
  'rod.dashboard-school.raadplegen': {
    nl: 'Dashboard ROD school raadplegen',
    en: 'View the ROD dashboard for the school',
  },
  'rod.kwaliteitscontrole.raadplegen': {
    nl: 'Kwaliteitscontrolebestand raadplegen',
    en: 'View the kwaliteitscontrolebestand',
  },
  'rod.leerlingdossier.raadplegen': {
    nl: 'Leerlingdossier raadplegen',
    en: 'View the leerlingdossier',
  },
  'rod.handmatige-mutatie.indienen': {
    nl: 'Formulier handmatige mutatie indienen',
    en: 'Submit the form handmatige mutatie',
  },
  'rod.handmatige-mutatie.behandelen': {
    nl: 'Verzoeken handmatige mutatie behandelen (DUO)',
    en: 'Handle requests for a manual change (DUO)',
  },
  'rio.raadplegen': {
    nl: 'Gegevens in RIO raadplegen',
    en: 'View data in RIO',
  },
  'rio.onderwijsbestuur.wijzigen': {
    nl: 'Onderwijsbestuur in RIO registreren en wijzigen',
    en: 'Register and change the onderwijsbestuur in RIO',
  },
  'rio.contactadres.wijzigen': {
    nl: 'Contactadressen in RIO registreren en wijzigen',
    en: 'Register and change contact addresses in RIO',
  },
  'rio.samenwerkingsvorm.wijzigen': {
    nl: 'Samenwerkingsvormen in RIO registreren en wijzigen',
    en: 'Register and change samenwerkingsvormen in RIO',
  },
  'rio.rpl-context-instellingen.wijzigen': {
    nl: 'RPL context instellingen in RIO registreren en wijzigen',
    en: 'Register and change RPL context instellingen in RIO',
  },
  'rio.onderwijsaanbiedersgroep.wijzigen': {
    nl: 'Onderwijsaanbiedersgroepen in RIO registreren en wijzigen',
    en: 'Register and change onderwijsaanbiedersgroepen in RIO',
  },
  'rio.onderwijslocatiegebruik.wijzigen': {
    nl: 'Onderwijslocatiegebruik in RIO registreren en wijzigen',
    en: 'Register and change onderwijslocatiegebruik in RIO',
  },
  'rio.onderwijsaanbieder.wijzigen': {
    nl: 'Onderwijsaanbieders in RIO registreren en wijzigen',
    en: 'Register and change onderwijsaanbieders in RIO',
  },
  'rio.aangeboden-opleiding.wijzigen': {
    nl: 'Aangeboden opleidingen in RIO registreren en wijzigen',
    en: 'Register and change aangeboden opleidingen in RIO',
  },
  'osr.raadplegen': {
    nl: 'Inloggen in het Onderwijs Serviceregister (OSR)',
    en: 'Log in to the Onderwijs Serviceregister (OSR)',
  },
  'osr.las.wijzigen': {
    nl: 'Doorgeven welk LAS een school gebruikt',
    en: 'Register which LAS a school uses',
  },
  'osr.mandaat.wijzigen': {
    nl: 'Mandaten aan softwareleveranciers geven en intrekken',
    en: 'Give and revoke mandates to software suppliers',
  },
  'osr.register.beheren': {
    nl: 'Overeenkomsten vastleggen en leveranciers toelaten in het OSR (Kennisnet)',
    en: 'Record agreements and admit suppliers in the OSR (Kennisnet)',
  },
  'beheer.rollen-bekostiging.toekennen': {
    nl: 'Rollen voor bekostiging en opleidingen toekennen',
    en: 'Assign the roles for bekostiging and opleidingen',
  },
  'beheer.rollen-po.toekennen': {
    nl: 'Rollen voor ROD en OSR toekennen',
    en: 'Assign the roles for ROD and OSR',
  },
  'beheer.rollen-rio.toekennen': {
    nl: 'Gebruikersrollen voor RIO toekennen',
    en: 'Assign the RIO user roles',
  },
  'beheer.beheerders.aanstellen': {
    nl: 'Beheerders van besturen aanstellen (DUO security servicedesk)',
    en: 'Appoint the beheerders of besturen (DUO security servicedesk)',
  },
  'beheer.audit.raadplegen': {
    nl: 'Het logboek van toekenningen en beslissingen raadplegen',
    en: 'View the log of role assignments and decisions',
  },
  'beheer.eigen-rollen.raadplegen': {
    nl: 'Uw eigen rollen bekijken',
    en: 'View your own roles',
  },
  'beheer.osr-overeenkomst.aanvragen': {
    nl: 'De overeenkomst OSR voor het bestuur aanvragen',
    en: 'Request the overeenkomst OSR for the bestuur',
  },
  'portaal.redactie.beheren': {
    nl: 'Mededelingen, onderhoud, nieuwsbrief en feedback van het portaal beheren (DUO)',
    en: "Manage the portal's announcements, maintenance, newsletter and feedback (DUO)",
  },
}
