import type { KenmerkType } from '../kenmerk/type.ts'
import type { PermissionId } from './permissions.ts'
import { defaultConfig } from '../config.ts'
import { roleDescription } from '../texts.ts'

/** Every role; a literal union so a typo does not compile. */
export type RoleId =
  | 'beheerder-po'
  | 'beheerder-bekostiging-opleidingen'
  | 'medewerker-bekostiging'
  | 'medewerker-opleidingen'
  | 'raadpleger-zaakdossier'
  | 'medewerker-verantwoording'
  | 'po-informatiediensten'
  | 'medewerker-bestuur-rod'
  | 'medewerker-schoolleiding-rod'
  | 'medewerker-schooladministratie-rod'
  | 'beheerder-rio-algemeen'
  | 'beheerder-rio-selfservice'
  | 'rio-beheren-onderwijsbestuur'
  | 'rio-beheren-contactadres'
  | 'rio-beheren-samenwerkingsvorm'
  | 'rio-beheren-rpl-context-instellingen'
  | 'rio-beheren-onderwijsaanbiedersgroep'
  | 'rio-beheren-onderwijslocatiegebruik'
  | 'rio-beheren-onderwijsaanbieder'
  | 'rio-beheren-aangeboden-opleiding'
  | 'osr-toegang'
  | 'duo-security-servicedesk'
  | 'duo-helpdeskmedewerker'
  | 'duo-behandelaar-bekostiging'
  | 'duo-behandelaar-rod'
  | 'kennisnet-osr-beheerder'
  | 'duo-behandelaar-xbrl'
  | 'duo-redacteur'

/**
 * Who assigns a role: the holders of one of the listed beheerder roles; DUO's security
 * servicedesk (on the form "Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder)");
 * nobody, because it comes automatically with another role; or DUO's own access
 * management (internal roles, outside this portal).
 */
export type AssignedBy = readonly RoleId[] | 'servicedesk' | 'automatisch' | 'duo-intern'

export interface RoleDefinition {
  id: RoleId
  name: { nl: string; en: string }
  description: { nl: string; en: string }
  /** The kenmerk types this role may be given with. */
  kenmerkTypes: readonly KenmerkType[]
  permissions: readonly PermissionId[]
  assignedBy: AssignedBy
  /** For `assignedBy: 'automatisch'`: the role it comes with. */
  automaticWith?: RoleId
  /** Whether a beheerder may give this role to himself. */
  selfAssign: boolean
  /** Whether the role reads or changes a bestuur's data; beheerder roles do not. */
  dataAccess: boolean
  /** DUO staff roles: their holders log in without eHerkenning and act for every bestuur. */
  internal: boolean
  /** A role that may only be assigned once the bestuur signed the overeenkomst OSR. */
  requiresOsrOvereenkomst: boolean
  /** Default first day for "new" roles; the effective date is `AuthzConfig.roleAvailableFrom`. */
  availableFrom?: string
}

type Def = Omit<
  RoleDefinition,
  'id' | 'description' | 'availableFrom' | 'internal' | 'requiresOsrOvereenkomst'
> &
  Partial<Pick<RoleDefinition, 'internal' | 'requiresOsrOvereenkomst'>>

const BEKOSTIGING_BEHEER = ['beheerder-bekostiging-opleidingen'] as const
const PO_BEHEER = ['beheerder-po'] as const
const RIO_BEHEER = ['beheerder-rio-algemeen', 'beheerder-rio-selfservice'] as const
// RIO user roles on bestuur-level objects take the onderwijsbestuurcode; roles on an
// aanbieder's objects also take its onderwijsaanbiedercode (split assumed, Kennisbank
// only says "bijvoorbeeld het onderwijsbestuur (xxxBxxx) of de onderwijsaanbieder (xxxAxxx)").
const RIO_BESTUUR: readonly KenmerkType[] = ['onderwijsbestuurcode']
const RIO_BOTH: readonly KenmerkType[] = ['onderwijsbestuurcode', 'onderwijsaanbiedercode']

/** A role of DUO's (or Kennisnet's) own staff, outside any bestuur. */
function internalRole(nl: string, en: string, permissions: readonly PermissionId[]): Def {
  return {
    name: { nl, en },
    kenmerkTypes: ['duo'],
    permissions,
    assignedBy: 'duo-intern',
    selfAssign: false,
    dataAccess: true,
    internal: true,
  }
}

/** Role titles are proper names in the portal: the English UI shows them in Dutch too. */
function named(nl: string): { nl: string; en: string } {
  return { nl, en: nl }
}

function rioUserRole(
  object: string,
  permission: PermissionId,
  kenmerkTypes: readonly KenmerkType[],
): Def {
  return {
    name: named(`Beheren ${object}`),
    kenmerkTypes,
    permissions: ['rio.raadplegen', permission],
    assignedBy: RIO_BEHEER,
    selfAssign: true,
    dataAccess: true,
  }
}

const definitions: Record<RoleId, Def> = {
  'beheerder-po': {
    name: named('Beheerder po'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: [
      'beheer.rollen-po.toekennen',
      'beheer.audit.raadplegen',
      'beheer.osr-overeenkomst.aanvragen',
    ],
    assignedBy: 'servicedesk',
    selfAssign: false,
    dataAccess: false,
  },
  'beheerder-bekostiging-opleidingen': {
    name: named('Beheerder bekostiging en opleidingen'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['beheer.rollen-bekostiging.toekennen', 'beheer.audit.raadplegen'],
    assignedBy: 'servicedesk',
    selfAssign: false,
    dataAccess: false,
  },
  'medewerker-bekostiging': {
    name: named('Medewerker bekostiging'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: [
      'bekostiging.raadplegen',
      'bekostiging.aanvraag.indienen',
      'bekostiging.dashboard.raadplegen',
      'bekostiging.vaststelling-tellingen.raadplegen',
      'bekostiging.bezwaar.indienen',
    ],
    assignedBy: BEKOSTIGING_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'medewerker-opleidingen': {
    name: named('Medewerker opleidingen'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['opleidingen.aanbod.wijzigen', 'opleidingen.examenresultaten.uitwisselen'],
    assignedBy: BEKOSTIGING_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'raadpleger-zaakdossier': {
    name: named('Raadpleger zaakdossier'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['zaakdossier.raadplegen'],
    assignedBy: BEKOSTIGING_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'medewerker-verantwoording': {
    name: named('Medewerker verantwoording'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['xbrl.jaarverantwoording.indienen', 'xbrl.jaarverantwoording.raadplegen'],
    assignedBy: BEKOSTIGING_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'po-informatiediensten': {
    name: named('PO-informatiediensten'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['rod.bestanden-schooladviezen.ophalen'],
    assignedBy: PO_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'medewerker-bestuur-rod': {
    name: named('Medewerker bestuur ROD'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['rod.dashboard-bestuur.raadplegen', 'rod.bestanden-schooladviezen.ophalen'],
    assignedBy: PO_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'medewerker-schoolleiding-rod': {
    name: named('Medewerker schoolleiding ROD'),
    kenmerkTypes: ['instellingscode'],
    permissions: ['rod.dashboard-school.raadplegen', 'rod.bestanden-schooladviezen.ophalen'],
    assignedBy: PO_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'medewerker-schooladministratie-rod': {
    name: named('Medewerker schooladministratie ROD'),
    kenmerkTypes: ['instellingscode'],
    permissions: [
      'rod.kwaliteitscontrole.raadplegen',
      'rod.leerlingdossier.raadplegen',
      'rod.handmatige-mutatie.indienen',
    ],
    assignedBy: PO_BEHEER,
    selfAssign: false,
    dataAccess: true,
  },
  'beheerder-rio-algemeen': {
    name: named('Beheerder RIO algemeen'),
    kenmerkTypes: ['onderwijsbestuurcode'],
    permissions: ['beheer.rollen-rio.toekennen'],
    assignedBy: 'automatisch',
    automaticWith: 'beheerder-po',
    selfAssign: false,
    dataAccess: false,
  },
  'beheerder-rio-selfservice': {
    name: named('Beheerder RIO Selfservice'),
    kenmerkTypes: ['onderwijsbestuurcode'],
    permissions: ['beheer.rollen-rio.toekennen'],
    assignedBy: 'automatisch',
    automaticWith: 'beheerder-po',
    selfAssign: false,
    dataAccess: false,
  },
  'rio-beheren-onderwijsbestuur': rioUserRole(
    'onderwijsbestuur',
    'rio.onderwijsbestuur.wijzigen',
    RIO_BESTUUR,
  ),
  'rio-beheren-contactadres': rioUserRole('contactadres', 'rio.contactadres.wijzigen', RIO_BOTH),
  'rio-beheren-samenwerkingsvorm': rioUserRole(
    'samenwerkingsvorm',
    'rio.samenwerkingsvorm.wijzigen',
    RIO_BESTUUR,
  ),
  'rio-beheren-rpl-context-instellingen': rioUserRole(
    'RPL context instellingen',
    'rio.rpl-context-instellingen.wijzigen',
    RIO_BESTUUR,
  ),
  'rio-beheren-onderwijsaanbiedersgroep': rioUserRole(
    'onderwijsaanbiedersgroep',
    'rio.onderwijsaanbiedersgroep.wijzigen',
    RIO_BESTUUR,
  ),
  'rio-beheren-onderwijslocatiegebruik': rioUserRole(
    'onderwijslocatiegebruik',
    'rio.onderwijslocatiegebruik.wijzigen',
    RIO_BOTH,
  ),
  'rio-beheren-onderwijsaanbieder': rioUserRole(
    'onderwijsaanbieder',
    'rio.onderwijsaanbieder.wijzigen',
    RIO_BOTH,
  ),
  'rio-beheren-aangeboden-opleiding': rioUserRole(
    'aangeboden opleiding',
    'rio.aangeboden-opleiding.wijzigen',
    RIO_BOTH,
  ),
  'osr-toegang': {
    name: named('OSR-toegang'),
    kenmerkTypes: ['bestuursnummer'],
    permissions: ['osr.raadplegen', 'osr.las.wijzigen', 'osr.mandaat.wijzigen'],
    assignedBy: PO_BEHEER,
    selfAssign: false,
    dataAccess: true,
    requiresOsrOvereenkomst: true,
  },
  'duo-security-servicedesk': {
    name: named('DUO security servicedesk'),
    kenmerkTypes: ['duo'],
    permissions: ['beheer.beheerders.aanstellen', 'beheer.audit.raadplegen'],
    assignedBy: 'duo-intern',
    selfAssign: false,
    dataAccess: false,
    internal: true,
  },
  'duo-helpdeskmedewerker': {
    name: { nl: 'DUO helpdeskmedewerker', en: 'DUO helpdesk employee' },
    kenmerkTypes: ['duo'],
    permissions: ['helpdesk.behandelen'],
    assignedBy: 'duo-intern',
    selfAssign: false,
    dataAccess: true,
    internal: true,
  },
  'duo-behandelaar-bekostiging': internalRole(
    'DUO behandelaar bekostiging',
    'DUO funding officer',
    ['bekostiging.behandelen'],
  ),
  'duo-behandelaar-rod': internalRole('DUO behandelaar ROD', 'DUO ROD officer', [
    'rod.handmatige-mutatie.behandelen',
  ]),
  'kennisnet-osr-beheerder': internalRole(
    'Kennisnet beheerder OSR',
    'Kennisnet OSR administrator',
    ['osr.register.beheren'],
  ),
  'duo-behandelaar-xbrl': internalRole(
    'DUO behandelaar jaarverantwoording',
    'DUO annual accounts officer',
    ['xbrl.jaarverantwoording.behandelen'],
  ),
  'duo-redacteur': internalRole('DUO redacteur portaal', 'DUO portal editor', [
    'portaal.redactie.beheren',
  ]),
}

function build(): Record<RoleId, RoleDefinition> {
  const out = {} as Record<RoleId, RoleDefinition>
  for (const id of Object.keys(definitions) as RoleId[]) {
    const def = definitions[id]
    const availableFrom = defaultConfig.roleAvailableFrom[id]
    out[id] = {
      id,
      ...def,
      internal: def.internal ?? false,
      requiresOsrOvereenkomst: def.requiresOsrOvereenkomst ?? false,
      ...(availableFrom ? { availableFrom } : {}),
    } as RoleDefinition
    // A text: read from the registered texts (`@duo/authz/teksten`) when asked for.
    Object.defineProperty(out[id], 'description', {
      enumerable: true,
      get: () => roleDescription(id),
    })
  }
  return out
}

/**
 * The role catalogue: data, so the README matrix, the assign form and the rules all read
 * the same table.
 *
 * @example roles['medewerker-schoolleiding-rod'].kenmerkTypes // ['instellingscode']
 */
export const roles: Readonly<Record<RoleId, RoleDefinition>> = /* @__PURE__ */ build()

/** All role ids in catalogue order. */
export const roleIds = Object.keys(roles) as readonly RoleId[]
