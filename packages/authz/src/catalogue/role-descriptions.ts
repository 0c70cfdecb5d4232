import type { RoleId } from './roles.ts'

/**
 * What each role is for, in Dutch and English: texts, so they ship with the other texts of
 * `@duo/authz/teksten` and not in a browser bundle of the rules (`RoleDefinition.description`
 * reads them from the registered texts).
 */
export const roleDescriptions: Readonly<Record<RoleId, { nl: string; en: string }>> = {
  'beheerder-po': {
    nl: 'Kent de rollen voor ROD, RIO en OSR toe; krijgt automatisch de RIO-beheerdersrollen.',
    en: 'Assigns the ROD, RIO and OSR roles; automatically gets the RIO beheer roles.',
  },
  'beheerder-bekostiging-opleidingen': {
    nl: 'Kent de rollen voor bekostiging en opleidingen toe; heeft zelf geen toegang tot gegevens.',
    en: 'Assigns the bekostiging and opleidingen roles; has no access to data himself.',
  },
  'medewerker-bekostiging': {
    nl: 'Vraagt bekostiging en subsidies aan en controleert bekostigingsgegevens.',
    en: 'Applies for bekostiging and subsidies and checks bekostiging data.',
  },
  'medewerker-opleidingen': {
    nl: 'Werkt het opleidingsaanbod bij en wisselt examenresultaten uit.',
    en: 'Updates the opleidingsaanbod and exchanges examenresultaten.',
  },
  'raadpleger-zaakdossier': {
    nl: 'Volgt lopende en bekijkt afgeronde aanvragen; alleen lezen.',
    en: 'Follows running and views closed aanvragen; read only.',
  },
  'medewerker-verantwoording': {
    nl: 'Levert de jaarverantwoording (XBRL) aan.',
    en: 'Submits the jaarverantwoording (XBRL).',
  },
  'po-informatiediensten': {
    nl: 'Haalt de bestanden met schooladviezen en niveau vo op.',
    en: 'Fetches the files with schooladviezen and niveau vo.',
  },
  'medewerker-bestuur-rod': {
    nl: 'Dashboard ROD bevoegd gezag en de bestanden met schooladviezen en niveau vo.',
    en: 'The ROD dashboard bevoegd gezag and the files with schooladviezen and niveau vo.',
  },
  'medewerker-schoolleiding-rod': {
    nl: 'Dashboard ROD school en de bestanden met schooladviezen en niveau vo, voor één school.',
    en: 'The ROD school dashboard and the files with schooladviezen and niveau vo, for one school.',
  },
  'medewerker-schooladministratie-rod': {
    nl: 'Kwaliteitscontrolebestand, leerlingdossier en handmatige mutatie, voor één school.',
    en: 'Kwaliteitscontrolebestand, leerlingdossier and handmatige mutatie, for one school.',
  },
  'beheerder-rio-algemeen': {
    nl: 'Kent de RIO-gebruikersrollen toe, aan zichzelf of een collega; komt automatisch met Beheerder po.',
    en: 'Assigns the RIO user roles, to oneself or a colleague; comes automatically with Beheerder po.',
  },
  'beheerder-rio-selfservice': {
    nl: 'Kent de RIO-gebruikersrollen toe, aan zichzelf of een collega; komt automatisch met Beheerder po.',
    en: 'Assigns the RIO user roles, to oneself or a colleague; comes automatically with Beheerder po.',
  },
  'rio-beheren-onderwijsbestuur': {
    nl: 'Registreert en wijzigt onderwijsbestuur in RIO.',
    en: 'Registers and changes the onderwijsbestuur in RIO.',
  },
  'rio-beheren-contactadres': {
    nl: 'Registreert en wijzigt contactadres in RIO.',
    en: 'Registers and changes contact addresses in RIO.',
  },
  'rio-beheren-samenwerkingsvorm': {
    nl: 'Registreert en wijzigt samenwerkingsvorm in RIO.',
    en: 'Registers and changes samenwerkingsvormen in RIO.',
  },
  'rio-beheren-rpl-context-instellingen': {
    nl: 'Registreert en wijzigt RPL context instellingen in RIO.',
    en: 'Registers and changes RPL context instellingen in RIO.',
  },
  'rio-beheren-onderwijsaanbiedersgroep': {
    nl: 'Registreert en wijzigt onderwijsaanbiedersgroep in RIO.',
    en: 'Registers and changes onderwijsaanbiedersgroepen in RIO.',
  },
  'rio-beheren-onderwijslocatiegebruik': {
    nl: 'Registreert en wijzigt onderwijslocatiegebruik in RIO.',
    en: 'Registers and changes onderwijslocatiegebruik in RIO.',
  },
  'rio-beheren-onderwijsaanbieder': {
    nl: 'Registreert en wijzigt onderwijsaanbieder in RIO.',
    en: 'Registers and changes onderwijsaanbieders in RIO.',
  },
  'rio-beheren-aangeboden-opleiding': {
    nl: 'Registreert en wijzigt aangeboden opleiding in RIO.',
    en: 'Registers and changes aangeboden opleidingen in RIO.',
  },
  'osr-toegang': {
    nl: 'Logt in op het OSR, geeft het LAS door en geeft mandaten; na de overeenkomst OSR.',
    en: 'Logs in to the OSR, registers the LAS and gives mandates; after the overeenkomst OSR.',
  },
  'duo-security-servicedesk': {
    nl: 'Stelt de beheerders van besturen aan en ziet het hele logboek.',
    en: 'Appoints the beheerders of besturen and sees the whole audit log.',
  },
  'duo-helpdeskmedewerker': {
    nl: 'Behandelt de meldingen van alle besturen.',
    en: 'Handles the meldingen of all besturen.',
  },
  'duo-behandelaar-bekostiging': {
    nl: 'Behandelt aanvragen bijzondere bekostiging en bezwaren van alle besturen.',
    en: 'Handles applications for bijzondere bekostiging and objections of all besturen.',
  },
  'duo-behandelaar-rod': {
    nl: 'Behandelt verzoeken handmatige mutatie in het Register Onderwijsdeelnemers.',
    en: 'Handles requests for a manual change in the register of pupils.',
  },
  'kennisnet-osr-beheerder': {
    nl: 'Legt de overeenkomsten OSR vast en laat leveranciers en hun systemen toe.',
    en: 'Records the OSR agreements and admits suppliers and their systems.',
  },
  'duo-behandelaar-xbrl': {
    nl: 'Beoordeelt de ingediende jaarverantwoordingen van alle besturen.',
    en: 'Reviews the annual accounts submitted by all besturen.',
  },
  'duo-redacteur': {
    nl: 'Publiceert mededelingen en onderhoudsvensters, verstuurt de nieuwsbrief en leest de feedback.',
    en: 'Publishes announcements and maintenance windows, sends the newsletter and reads the feedback.',
  },
}
