import type { Message } from '../result.ts'
import { roles, type RoleDefinition, type RoleId } from '../catalogue/roles.ts'
import type { PermissionDefinition } from '../catalogue/permissions.ts'
import { dienstNames, type Betrouwbaarheidsniveau, type Dienst } from '../context/login.ts'
import { kenmerkTypeNames } from '../kenmerk/type.ts'
import type { Bestuur } from '../organisation/bestuur.ts'

/** Why a decision came out as it did; stable, so the BFF logs and tests can rely on it. */
export type ReasonCode =
  | 'toegestaan'
  | 'niet-ingelogd'
  | 'andere-organisatie'
  | 'onbekende-organisatie'
  | 'geen-machtiging'
  | 'niveau-te-laag'
  | 'rol-ontbreekt'
  | 'kenmerk-buiten-bestuur'
  | 'kenmerk-dekt-niet'
  | 'kenmerk-ongeldig'
  | 'nog-niet-beschikbaar'
  | 'grant-verlopen'
  | 'grant-nog-niet-geldig'
  | 'grant-ongeldig'
  | 'osr-overeenkomst-ontbreekt'
  | 'geen-data-toegang'
  | 'geen-beheerder-voor-rol'
  | 'alleen-servicedesk'
  | 'automatisch-toegekend'
  | 'niet-toekenbaar'
  | 'alleen-duo'
  | 'onbekend'

export type Reason = Message<ReasonCode>

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** '2022-02-01' → { nl: '1 februari 2022', en: '1 February 2022' } */
function day(iso: string): { nl: string; en: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const month = m - 1
  if (!(month >= 0 && month < 12)) return { nl: iso, en: iso }
  return { nl: `${d} ${MONTHS_NL[month]} ${y}`, en: `${d} ${MONTHS_EN[month]} ${y}` }
}

const r = (code: ReasonCode, nl: string, en: string): Reason => ({ code, nl, en })

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** The person who can assign a role, as a user calls him: "uw beheerder po". */
function assigner(role: RoleDefinition): { nl: string; en: string } {
  const by = role.assignedBy
  if (by === 'servicedesk' || by === 'duo-intern' || by === 'automatisch') {
    return { nl: 'de DUO security servicedesk', en: 'the DUO security servicedesk' }
  }
  const admin = roles[by[0] as RoleId]
  // RIO beheer roles come with the beheerder po: users know that person, not the RIO role.
  const holder = admin.automaticWith ? roles[admin.automaticWith] : admin
  return { nl: `uw ${lower(holder.name.nl)}`, en: `your ${lower(holder.name.en)}` }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** How a user gets a role: who assigns it, as a closing sentence. */
function howToGet(role: RoleDefinition): { nl: string; en: string } {
  if (role.assignedBy === 'servicedesk') {
    return {
      nl: 'Het bestuur meldt beheerders aan bij de DUO security servicedesk met het formulier ‘Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder)’.',
      en: 'The bestuur registers beheerders with the DUO security servicedesk using the form ‘Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder)’.',
    }
  }
  const a = assigner(role)
  return { nl: `${capital(a.nl)} kan die toekennen.`, en: `${capital(a.en)} can assign it.` }
}

const bestuurName = (b: Bestuur) => `${b.naam} (${b.bestuursnummer})`

export const reasons = {
  grantAllowed: (role: RoleDefinition, kenmerk: string) =>
    r(
      'toegestaan',
      `U heeft de rol ${role.name.nl} met kenmerk ${kenmerk}.`,
      `You have the role ${role.name.en} with kenmerk ${kenmerk}.`,
    ),
  machtigingAllowed: (dienst: Dienst) =>
    r(
      'toegestaan',
      `U heeft een machtiging voor de dienst ‘${dienstNames[dienst]}’ voor deze organisatie.`,
      `You are authorised (machtiging) for the service ‘${dienstNames[dienst]}’ for this organisation.`,
    ),
  loginAllowed: () => r('toegestaan', 'U bent ingelogd.', 'You are logged in.'),
  revokeAllowed: (role: RoleDefinition, kenmerk: string) =>
    r(
      'toegestaan',
      `U mag de rol ${role.name.nl} met kenmerk ${kenmerk} intrekken.`,
      `You may revoke the role ${role.name.en} with kenmerk ${kenmerk}.`,
    ),
  assignAllowed: (role: RoleDefinition, kenmerk: string, as: RoleDefinition) =>
    r(
      'toegestaan',
      `U mag de rol ${role.name.nl} met kenmerk ${kenmerk} toekennen als ${lower(as.name.nl)}.`,
      `You may assign the role ${role.name.en} with kenmerk ${kenmerk} as ${lower(as.name.en)}.`,
    ),
  notLoggedIn: () =>
    r(
      'niet-ingelogd',
      'U bent niet ingelogd namens een organisatie.',
      'You are not logged in for an organisation.',
    ),
  otherOrganisation: (bestuur: Bestuur) =>
    r(
      'andere-organisatie',
      `U bent ingelogd namens een andere organisatie dan ${bestuurName(bestuur)}. Log in namens ${bestuur.naam} om verder te gaan.`,
      `You are logged in for another organisation than ${bestuurName(bestuur)}. Log in for ${bestuur.naam} to continue.`,
    ),
  unknownOrganisation: (code: string, bestuur: Bestuur) =>
    r(
      'onbekende-organisatie',
      `${code} hoort niet bij ${bestuurName(bestuur)}.`,
      `${code} does not belong to ${bestuurName(bestuur)}.`,
    ),
  noMachtiging: (dienst: Dienst) =>
    r(
      'geen-machtiging',
      `Hiervoor hebt u een machtiging nodig voor de dienst ‘${dienstNames[dienst]}’. Dit regelt u bij de leverancier van uw eHerkenningsmiddel.`,
      `You need an eHerkenning authorisation (machtiging) for the service ‘${dienstNames[dienst]}’. Your eHerkenning provider arranges this.`,
    ),
  niveauTooLow: (required: Betrouwbaarheidsniveau, actual: Betrouwbaarheidsniveau) =>
    r(
      'niveau-te-laag',
      `Hiervoor moet u inloggen met eHerkenning niveau ${required} of hoger. U bent ingelogd met niveau ${actual}.`,
      `This requires logging in with eHerkenning level ${required} or higher. You logged in with level ${actual}.`,
    ),
  roleMissing: (role: RoleDefinition, kenmerk: string) => {
    const how = howToGet(role)
    return r(
      'rol-ontbreekt',
      `U heeft de rol ${role.name.nl} met kenmerk ${kenmerk} nodig. ${how.nl}`,
      `You need the role ${role.name.en} with kenmerk ${kenmerk}. ${how.en}`,
    )
  },
  kenmerkOutsideBestuur: (role: RoleDefinition, kenmerk: string, bestuur: Bestuur) =>
    r(
      'kenmerk-buiten-bestuur',
      `Het kenmerk ${kenmerk} bij de rol ${role.name.nl} hoort niet bij ${bestuurName(bestuur)}.`,
      `The kenmerk ${kenmerk} of the role ${role.name.en} does not belong to ${bestuurName(bestuur)}.`,
    ),
  roleMissingForSchool: (role: RoleDefinition) => {
    const how = howToGet(role)
    return r(
      'rol-ontbreekt',
      `U heeft de rol ${role.name.nl} nodig, met als kenmerk de instellingscode van de school. Kies eerst een school. ${how.nl}`,
      `You need the role ${role.name.en}, with the instellingscode of the school as kenmerk. Choose a school first. ${how.en}`,
    )
  },
  kenmerkDoesNotCover: (
    role: RoleDefinition,
    kenmerk: string,
    needed: string | null,
    bestuur: Bestuur,
  ) => {
    const how = howToGet(role)
    if (needed === null) {
      return r(
        'kenmerk-dekt-niet',
        `Uw rol ${role.name.nl} geldt voor ${kenmerk}, niet voor het hele bestuur ${bestuurName(bestuur)}. Kies een school.`,
        `Your role ${role.name.en} applies to ${kenmerk}, not to the whole bestuur ${bestuurName(bestuur)}. Choose a school.`,
      )
    }
    return r(
      'kenmerk-dekt-niet',
      `Uw rol ${role.name.nl} geldt voor ${kenmerk}, niet voor ${needed}. U heeft de rol ${role.name.nl} met kenmerk ${needed} nodig. ${how.nl}`,
      `Your role ${role.name.en} applies to ${kenmerk}, not to ${needed}. You need the role ${role.name.en} with kenmerk ${needed}. ${how.en}`,
    )
  },
  kenmerkInvalid: (role: RoleDefinition, kenmerk: string) => {
    const types = role.kenmerkTypes.map((t) => kenmerkTypeNames[t])
    return r(
      'kenmerk-ongeldig',
      `Bij de rol ${role.name.nl} hoort als kenmerk een ${types.map((t) => t.nl).join(' of een ')}; ‘${kenmerk}’ is dat niet.`,
      `The role ${role.name.en} takes ${types.map((t) => `${/^[aeiou]/i.test(t.en) ? 'an' : 'a'} ${t.en}`).join(' or ')} as kenmerk; ‘${kenmerk}’ is not one.`,
    )
  },
  permissionNotYet: (permission: PermissionDefinition, from: string) => {
    const d = day(from)
    return r(
      'nog-niet-beschikbaar',
      `${permission.nl} is beschikbaar vanaf ${d.nl}.`,
      `${permission.en}: available from ${d.en}.`,
    )
  },
  roleNotYet: (role: RoleDefinition, from: string) => {
    const d = day(from)
    return r(
      'nog-niet-beschikbaar',
      `De rol ${role.name.nl} is beschikbaar vanaf ${d.nl}. DUO informeert de beheerder po wanneer de rol kan worden toegekend.`,
      `The role ${role.name.en} is available from ${d.en}. DUO informs the beheerder po when the role can be assigned.`,
    )
  },
  grantExpired: (role: RoleDefinition, kenmerk: string, until: string) => {
    const d = day(until)
    const how = howToGet(role)
    return r(
      'grant-verlopen',
      `Uw rol ${role.name.nl} met kenmerk ${kenmerk} was geldig tot en met ${d.nl}. ${how.nl}`,
      `Your role ${role.name.en} with kenmerk ${kenmerk} was valid up to and including ${d.en}. ${how.en}`,
    )
  },
  grantNotYet: (role: RoleDefinition, kenmerk: string, from: string) => {
    const d = day(from)
    return r(
      'grant-nog-niet-geldig',
      `Uw rol ${role.name.nl} met kenmerk ${kenmerk} is geldig vanaf ${d.nl}.`,
      `Your role ${role.name.en} with kenmerk ${kenmerk} is valid from ${d.en}.`,
    )
  },
  grantInvalid: (role: RoleDefinition, kenmerk: string) => {
    const a = assigner(role)
    return r(
      'grant-ongeldig',
      `Uw rol ${role.name.nl} met kenmerk ${kenmerk} heeft een ongeldige geldigheidsperiode. Vraag ${a.nl} die te herstellen.`,
      `Your role ${role.name.en} with kenmerk ${kenmerk} has an invalid validity period. Ask ${a.en} to correct it.`,
    )
  },
  osrAgreementMissing: (bestuur: Bestuur) =>
    r(
      'osr-overeenkomst-ontbreekt',
      `${bestuur.naam} heeft de overeenkomst OSR met Kennisnet nog niet getekend. Pas daarna kan de rol OSR-toegang worden toegekend en gebruikt.`,
      `${bestuur.naam} has not yet signed the overeenkomst OSR with Kennisnet. Only then can the role OSR-toegang be assigned and used.`,
    ),
  beheerderNoData: (beheerder: RoleDefinition) =>
    r(
      'geen-data-toegang',
      `Als ${lower(beheerder.name.nl)} heeft u zelf geen toegang tot gegevens en kunt u geen wijzigingen of aanvragen doorgeven.`,
      `As ${lower(beheerder.name.en)} you have no access to data yourself and cannot submit changes or applications.`,
    ),
  noSelfDataRole: (role: RoleDefinition) =>
    r(
      'geen-data-toegang',
      `U kunt de rol ${role.name.nl} niet aan uzelf geven: een beheerder heeft zelf geen toegang tot gegevens. Ken de rol toe aan een collega.`,
      `You cannot give the role ${role.name.en} to yourself: a beheerder has no access to data himself. Assign the role to a colleague.`,
    ),
  targetIsBeheerder: (role: RoleDefinition, beheerder: RoleDefinition) =>
    r(
      'geen-data-toegang',
      `De rol ${role.name.nl} geeft toegang tot gegevens; een ${lower(beheerder.name.nl)} heeft zelf geen toegang tot gegevens.`,
      `The role ${role.name.en} gives access to data; a ${lower(beheerder.name.en)} has no access to data himself.`,
    ),
  notAdminForRole: (role: RoleDefinition) => {
    const a = assigner(role)
    return r(
      'geen-beheerder-voor-rol',
      `U kunt de rol ${role.name.nl} niet toekennen. Dat doet ${a.nl}.`,
      `You cannot assign the role ${role.name.en}. That is done by ${a.en}.`,
    )
  },
  onlyServicedesk: (role: RoleDefinition) =>
    r(
      'alleen-servicedesk',
      `De rol ${role.name.nl} wordt alleen door de DUO security servicedesk toegekend. ${howToGet(role).nl}`,
      `The role ${role.name.en} is only assigned by the DUO security servicedesk. ${howToGet(role).en}`,
    ),
  automatic: (role: RoleDefinition, withRole: RoleDefinition) =>
    r(
      'automatisch-toegekend',
      `De rol ${role.name.nl} hoeft niet te worden toegekend: die komt samen met het kenmerk automatisch met de rol ${withRole.name.nl}.`,
      `The role ${role.name.en} need not be assigned: it comes automatically, with its kenmerk, with the role ${withRole.name.en}.`,
    ),
  internalRole: (role: RoleDefinition) =>
    r(
      'niet-toekenbaar',
      `De rol ${role.name.nl} is een rol voor medewerkers van DUO en wordt niet in Mijn DUO toegekend.`,
      `The role ${role.name.en} is a role for DUO staff and is not assigned in Mijn DUO.`,
    ),
  onlyDuo: (role: RoleDefinition) =>
    r(
      'alleen-duo',
      `Dit kan alleen een medewerker van DUO met de rol ${role.name.nl}.`,
      `Only a DUO employee with the role ${role.name.en} can do this.`,
    ),
  unknown: (what: string) =>
    r(
      'onbekend',
      `‘${what}’ is geen bekende rol of permissie.`,
      `‘${what}’ is not a known role or permission.`,
    ),
}
