import type { Dienst } from '../context/login.ts'
import { defaultConfig } from '../config.ts'

/** Every permission; a literal union so a typo does not compile. */
export type PermissionId =
  | 'helpdesk.melding.lezen'
  | 'helpdesk.melding.indienen'
  | 'helpdesk.archief.lezen'
  | 'helpdesk.contactpersoon.wijzigen'
  | 'helpdesk.behandelen'
  | 'bekostiging.raadplegen'
  | 'bekostiging.aanvraag.indienen'
  | 'bekostiging.dashboard.raadplegen'
  | 'bekostiging.vaststelling-tellingen.raadplegen'
  | 'bekostiging.bezwaar.indienen'
  | 'bekostiging.behandelen'
  | 'opleidingen.aanbod.wijzigen'
  | 'opleidingen.examenresultaten.uitwisselen'
  | 'zaakdossier.raadplegen'
  | 'xbrl.jaarverantwoording.indienen'
  | 'xbrl.jaarverantwoording.raadplegen'
  | 'xbrl.jaarverantwoording.behandelen'
  | 'rod.bestanden-schooladviezen.ophalen'
  | 'rod.dashboard-bestuur.raadplegen'
  | 'rod.dashboard-school.raadplegen'
  | 'rod.kwaliteitscontrole.raadplegen'
  | 'rod.leerlingdossier.raadplegen'
  | 'rod.handmatige-mutatie.indienen'
  | 'rod.handmatige-mutatie.behandelen'
  | 'rio.raadplegen'
  | 'rio.onderwijsbestuur.wijzigen'
  | 'rio.contactadres.wijzigen'
  | 'rio.samenwerkingsvorm.wijzigen'
  | 'rio.rpl-context-instellingen.wijzigen'
  | 'rio.onderwijsaanbiedersgroep.wijzigen'
  | 'rio.onderwijslocatiegebruik.wijzigen'
  | 'rio.onderwijsaanbieder.wijzigen'
  | 'rio.aangeboden-opleiding.wijzigen'
  | 'osr.raadplegen'
  | 'osr.las.wijzigen'
  | 'osr.mandaat.wijzigen'
  | 'osr.register.beheren'
  | 'beheer.rollen-bekostiging.toekennen'
  | 'beheer.rollen-po.toekennen'
  | 'beheer.rollen-rio.toekennen'
  | 'beheer.beheerders.aanstellen'
  | 'beheer.audit.raadplegen'
  | 'beheer.eigen-rollen.raadplegen'
  | 'beheer.osr-overeenkomst.aanvragen'
  | 'portaal.redactie.beheren'

/** The portal section a permission belongs to; `beheer` is administration, everything else is data. */
export type Section =
  | 'helpdesk'
  | 'bekostiging'
  | 'opleidingen'
  | 'zaakdossier'
  | 'xbrl'
  | 'rod'
  | 'rio'
  | 'osr'
  | 'beheer'
  | 'portaal'

/**
 * Where a permission comes from: a role grant, the eHerkenning machtiging for its dienst
 * (Mijn Helpdesk po works per organisation, not per role), or simply being logged in.
 */
export type PermissionSource = 'rol' | 'machtiging' | 'login'

export interface PermissionDefinition {
  nl: string
  en: string
  kind: 'lezen' | 'wijzigen'
  /** The eHerkenning service a bestuur employee needs a machtiging for; null: none. */
  dienst: Dienst | null
  /** Default first day; the effective date is `AuthzConfig.permissionAvailableFrom`. */
  availableFrom?: string
  section: Section
  source: PermissionSource
}

type Def = Omit<PermissionDefinition, 'availableFrom'>

const rol = (section: Section, kind: Def['kind'], nl: string, en: string): Def => ({
  nl,
  en,
  kind,
  dienst: 'mijn-duo',
  section,
  source: 'rol',
})

/** A permission of DUO's (or Kennisnet's) own staff: no machtiging, an internal role. */
const intern = (section: Section, nl: string, en: string): Def => ({
  nl,
  en,
  kind: 'wijzigen',
  dienst: null,
  section,
  source: 'rol',
})

const rio = (object: string, objectEn: string): Def =>
  rol(
    'rio',
    'wijzigen',
    `${object} in RIO registreren en wijzigen`,
    `Register and change ${objectEn} in RIO`,
  )

const definitions: Record<PermissionId, Def> = {
  'helpdesk.melding.lezen': {
    nl: 'Meldingen en antwoorden van de helpdesk bekijken',
    en: 'View helpdesk meldingen and replies',
    kind: 'lezen',
    dienst: 'mijn-helpdesk-po',
    section: 'helpdesk',
    source: 'machtiging',
  },
  'helpdesk.melding.indienen': {
    nl: 'Een melding (vraag of incident) doen bij de helpdesk',
    en: 'Submit a melding (question or incident) to the helpdesk',
    kind: 'wijzigen',
    dienst: 'mijn-helpdesk-po',
    section: 'helpdesk',
    source: 'machtiging',
  },
  'helpdesk.archief.lezen': {
    nl: 'Het digitaal archief bekijken (brieven, beschikkingen, downloads)',
    en: 'View the digital archive (letters, beschikkingen, downloads)',
    kind: 'lezen',
    dienst: 'mijn-helpdesk-po',
    section: 'helpdesk',
    source: 'machtiging',
  },
  'helpdesk.contactpersoon.wijzigen': {
    nl: 'Contactgegevens wijzigen',
    en: 'Change contact details',
    kind: 'wijzigen',
    dienst: 'mijn-helpdesk-po',
    section: 'helpdesk',
    source: 'machtiging',
  },
  'helpdesk.behandelen': {
    nl: 'Meldingen van alle besturen behandelen (DUO)',
    en: 'Handle the meldingen of all besturen (DUO)',
    kind: 'wijzigen',
    dienst: null,
    section: 'helpdesk',
    source: 'rol',
  },
  'bekostiging.raadplegen': rol(
    'bekostiging',
    'lezen',
    'Bekostigingsgegevens raadplegen en controleren',
    'View and check bekostiging data',
  ),
  'bekostiging.aanvraag.indienen': rol(
    'bekostiging',
    'wijzigen',
    'Bijzondere bekostiging en subsidies aanvragen',
    'Apply for bijzondere bekostiging and subsidies',
  ),
  'bekostiging.dashboard.raadplegen': rol(
    'bekostiging',
    'lezen',
    'Dashboard bekostiging raadplegen',
    'View the Dashboard bekostiging',
  ),
  'bekostiging.vaststelling-tellingen.raadplegen': rol(
    'bekostiging',
    'lezen',
    'Overzicht vaststelling tellingen raadplegen',
    'View the Overzicht vaststelling tellingen',
  ),
  'bekostiging.bezwaar.indienen': rol(
    'bekostiging',
    'wijzigen',
    'Bezwaar maken tegen een vaststelling of beschikking',
    'Object to a vaststelling or beschikking',
  ),
  'bekostiging.behandelen': intern(
    'bekostiging',
    'Aanvragen bijzondere bekostiging en bezwaren behandelen (DUO)',
    'Handle applications for bijzondere bekostiging and objections (DUO)',
  ),
  'opleidingen.aanbod.wijzigen': rol(
    'opleidingen',
    'wijzigen',
    'Het opleidingsaanbod bijwerken',
    'Update the opleidingsaanbod',
  ),
  'opleidingen.examenresultaten.uitwisselen': rol(
    'opleidingen',
    'wijzigen',
    'Examenresultaten uitwisselen',
    'Exchange examenresultaten',
  ),
  'zaakdossier.raadplegen': rol(
    'zaakdossier',
    'lezen',
    'Lopende aanvragen volgen en afgeronde aanvragen bekijken',
    'Follow running aanvragen and view closed ones',
  ),
  'xbrl.jaarverantwoording.indienen': rol(
    'xbrl',
    'wijzigen',
    'Jaarverantwoording (XBRL) aanleveren',
    'Submit the jaarverantwoording (XBRL)',
  ),
  'xbrl.jaarverantwoording.raadplegen': rol(
    'xbrl',
    'lezen',
    'Status van de jaarverantwoording (XBRL) bekijken',
    'View the status of the jaarverantwoording (XBRL)',
  ),
  'xbrl.jaarverantwoording.behandelen': intern(
    'xbrl',
    'Ingediende jaarverantwoordingen beoordelen (DUO)',
    'Review submitted annual accounts (DUO)',
  ),
  'rod.bestanden-schooladviezen.ophalen': rol(
    'rod',
    'lezen',
    'Bestanden met schooladviezen en niveau vo ophalen',
    'Fetch the files with schooladviezen and niveau vo',
  ),
  'rod.dashboard-bestuur.raadplegen': rol(
    'rod',
    'lezen',
    'Dashboard ROD bevoegd gezag raadplegen',
    'View the ROD dashboard for the bevoegd gezag',
  ),
  'rod.dashboard-school.raadplegen': rol(
    'rod',
    'lezen',
    'Dashboard ROD school raadplegen',
    'View the ROD dashboard for the school',
  ),
  'rod.kwaliteitscontrole.raadplegen': rol(
    'rod',
    'lezen',
    'Kwaliteitscontrolebestand raadplegen',
    'View the kwaliteitscontrolebestand',
  ),
  'rod.leerlingdossier.raadplegen': rol(
    'rod',
    'lezen',
    'Leerlingdossier raadplegen',
    'View the leerlingdossier',
  ),
  'rod.handmatige-mutatie.indienen': rol(
    'rod',
    'wijzigen',
    'Formulier handmatige mutatie indienen',
    'Submit the form handmatige mutatie',
  ),
  'rod.handmatige-mutatie.behandelen': intern(
    'rod',
    'Verzoeken handmatige mutatie behandelen (DUO)',
    'Handle requests for a manual change (DUO)',
  ),
  'rio.raadplegen': rol('rio', 'lezen', 'Gegevens in RIO raadplegen', 'View data in RIO'),
  'rio.onderwijsbestuur.wijzigen': rio('Onderwijsbestuur', 'the onderwijsbestuur'),
  'rio.contactadres.wijzigen': rio('Contactadressen', 'contact addresses'),
  'rio.samenwerkingsvorm.wijzigen': rio('Samenwerkingsvormen', 'samenwerkingsvormen'),
  'rio.rpl-context-instellingen.wijzigen': rol(
    'rio',
    'wijzigen',
    'RPL context instellingen in RIO registreren en wijzigen',
    'Register and change RPL context instellingen in RIO',
  ),
  'rio.onderwijsaanbiedersgroep.wijzigen': rio(
    'Onderwijsaanbiedersgroepen',
    'onderwijsaanbiedersgroepen',
  ),
  'rio.onderwijslocatiegebruik.wijzigen': rio('Onderwijslocatiegebruik', 'onderwijslocatiegebruik'),
  'rio.onderwijsaanbieder.wijzigen': rio('Onderwijsaanbieders', 'onderwijsaanbieders'),
  'rio.aangeboden-opleiding.wijzigen': rol(
    'rio',
    'wijzigen',
    'Aangeboden opleidingen in RIO registreren en wijzigen',
    'Register and change aangeboden opleidingen in RIO',
  ),
  'osr.raadplegen': rol(
    'osr',
    'lezen',
    'Inloggen in het Onderwijs Serviceregister (OSR)',
    'Log in to the Onderwijs Serviceregister (OSR)',
  ),
  'osr.las.wijzigen': rol(
    'osr',
    'wijzigen',
    'Doorgeven welk LAS een school gebruikt',
    'Register which LAS a school uses',
  ),
  'osr.mandaat.wijzigen': rol(
    'osr',
    'wijzigen',
    'Mandaten aan softwareleveranciers geven en intrekken',
    'Give and revoke mandates to software suppliers',
  ),
  'osr.register.beheren': intern(
    'osr',
    'Overeenkomsten vastleggen en leveranciers toelaten in het OSR (Kennisnet)',
    'Record agreements and admit suppliers in the OSR (Kennisnet)',
  ),
  'beheer.rollen-bekostiging.toekennen': rol(
    'beheer',
    'wijzigen',
    'Rollen voor bekostiging en opleidingen toekennen',
    'Assign the roles for bekostiging and opleidingen',
  ),
  'beheer.rollen-po.toekennen': rol(
    'beheer',
    'wijzigen',
    'Rollen voor ROD en OSR toekennen',
    'Assign the roles for ROD and OSR',
  ),
  'beheer.rollen-rio.toekennen': rol(
    'beheer',
    'wijzigen',
    'Gebruikersrollen voor RIO toekennen',
    'Assign the RIO user roles',
  ),
  'beheer.beheerders.aanstellen': {
    nl: 'Beheerders van besturen aanstellen (DUO security servicedesk)',
    en: 'Appoint the beheerders of besturen (DUO security servicedesk)',
    kind: 'wijzigen',
    dienst: null,
    section: 'beheer',
    source: 'rol',
  },
  'beheer.audit.raadplegen': rol(
    'beheer',
    'lezen',
    'Het logboek van toekenningen en beslissingen raadplegen',
    'View the log of role assignments and decisions',
  ),
  'beheer.eigen-rollen.raadplegen': {
    nl: 'Uw eigen rollen bekijken',
    en: 'View your own roles',
    kind: 'lezen',
    dienst: null,
    section: 'beheer',
    source: 'login',
  },
  'beheer.osr-overeenkomst.aanvragen': rol(
    'beheer',
    'wijzigen',
    'De overeenkomst OSR voor het bestuur aanvragen',
    'Request the overeenkomst OSR for the bestuur',
  ),
  'portaal.redactie.beheren': intern(
    'portaal',
    'Mededelingen, onderhoud, nieuwsbrief en feedback van het portaal beheren (DUO)',
    "Manage the portal's announcements, maintenance, newsletter and feedback (DUO)",
  ),
}

function withDates(): Record<PermissionId, PermissionDefinition> {
  const out = {} as Record<PermissionId, PermissionDefinition>
  for (const id of Object.keys(definitions) as PermissionId[]) {
    const availableFrom = defaultConfig.permissionAvailableFrom[id]
    out[id] = availableFrom ? { ...definitions[id], availableFrom } : definitions[id]
  }
  return out
}

/**
 * The permission catalogue. `availableFrom` shows the default date from `defaultConfig`.
 *
 * @example permissions['rod.leerlingdossier.raadplegen'].availableFrom // '2022-06-01'
 */
export const permissions: Readonly<Record<PermissionId, PermissionDefinition>> =
  /* @__PURE__ */ withDates()

/** All permission ids in catalogue order. */
export const permissionIds = Object.keys(permissions) as readonly PermissionId[]
