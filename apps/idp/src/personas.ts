/**
 * Test personas of the eHerkenning test broker (demo and tests only).
 *
 * Every persona is a fictitious person. The broker logs a persona in and puts the
 * eHerkenning attributes below in the ID token (see `claimsFor`).
 *
 * Stable demo pseudonym: the `urn:etoegang:core:ActingSubjectID` of a persona is
 * `EH-` + the persona id in capitals (e.g. `EH-BEHEERDER-PO`). The BFF's demo seed keys
 * its users on the pair (LegalSubjectID, ActingSubjectID) and uses these same values, so
 * do not change them without changing the seed. One deliberate exception:
 * `verantwoording-eh2` is the same person as `verantwoording` logging in at a lower level
 * of assurance, so it carries the same pseudonym `EH-VERANTWOORDING`.
 *
 * The OIDC `sub` is the persona id. Relying parties must not key users on `sub` (a real
 * broker uses its own identifiers there); they key on (LegalSubjectID, ActingSubjectID).
 */

/** eHerkenning attribute names as sent in the ID token. */
export const CLAIM = {
  legalSubjectId: 'urn:etoegang:core:LegalSubjectID',
  actingSubjectId: 'urn:etoegang:core:ActingSubjectID',
  vestigingsnr: 'urn:etoegang:1.9:ServiceRestriction:Vestigingsnr',
  serviceId: 'urn:etoegang:core:ServiceID',
  intermediateKvk: 'urn:etoegang:1.9:IntermediateEntityID:KvKnr',
  duoMedewerker: 'duo:medewerker',
  duoRol: 'duo:rol',
} as const

/** The scope under which the custom claims are released (request `openid profile eherkenning`). */
export const EHERKENNING_SCOPE = 'eherkenning'

/** The services (machtigingen) DUO offers via eHerkenning. */
export const SERVICES = {
  'mijn-duo': 'Mijn DUO voor zakelijke klanten',
  'mijn-helpdesk-po': 'Mijn Helpdesk po',
} as const
export type ServiceId = keyof typeof SERVICES

/** eHerkenning levels of assurance and their `acr` values. */
export const LOA_ACR = {
  EH2: 'urn:etoegang:core:assurance-class:loa2',
  'EH2+': 'urn:etoegang:core:assurance-class:loa2plus',
  EH3: 'urn:etoegang:core:assurance-class:loa3',
  EH4: 'urn:etoegang:core:assurance-class:loa4',
} as const
export type Loa = keyof typeof LOA_ACR
export type Acr = (typeof LOA_ACR)[Loa]
export const ACR_VALUES: Acr[] = Object.values(LOA_ACR)

export type DuoRol =
  | 'duo-security-servicedesk'
  | 'duo-helpdeskmedewerker'
  | 'duo-behandelaar-bekostiging'
  | 'duo-behandelaar-rod'
  | 'kennisnet-osr-beheerder'
  | 'duo-behandelaar-xbrl'
  | 'duo-redacteur'

export interface Organisation {
  kvk: string
  naam: string
}

export const ORGANISATIONS = {
  bestuurA: { kvk: '30123456', naam: 'Stichting Openbaar Onderwijs De Linde' },
  bestuurB: { kvk: '30654321', naam: 'Stichting Katholiek Onderwijs Het Anker' },
  intermediair: { kvk: '30999999', naam: 'Administratiekantoor Cijfer & Co' },
} as const satisfies Record<string, Organisation>

interface PersonaBase {
  /** Persona id; also the value for `login_hint` in demo mode and the OIDC `sub`. */
  id: string
  /** Full name, released as the standard `name` claim. */
  name: string
  /** What the persona is meant to demonstrate (Dutch; shown on the picker). */
  omschrijving: string
  /** Stable demo pseudonym, released as `urn:etoegang:core:ActingSubjectID`. */
  pseudonym: string
  loa: Loa
}

/** A person logging in with eHerkenning for a school board (portal client `duo-portaal`). */
export interface EherkenningPersona extends PersonaBase {
  kind: 'eherkenning'
  /** The organisation the person acts for (LegalSubjectID = its KvK-nummer). */
  actsFor: Organisation
  /** Intermediary on a ketenmachtiging (IntermediateEntityID:KvKnr), if any. */
  intermediary?: Organisation
  /** Optional branch restriction (12-digit vestigingsnummer). */
  vestigingsnummer?: string
  /** Services the person holds a machtiging for (may be empty). */
  services: ServiceId[]
}

/** A DUO employee (internal client `duo-intern`). */
export interface MedewerkerPersona extends PersonaBase {
  kind: 'medewerker'
  rol: DuoRol
}

export type Persona = EherkenningPersona | MedewerkerPersona

const pseudonymOf = (id: string): string => `EH-${id.toUpperCase()}`

const A = ORGANISATIONS.bestuurA
const B = ORGANISATIONS.bestuurB

function eh(
  id: string,
  name: string,
  omschrijving: string,
  actsFor: Organisation,
  services: ServiceId[],
  loa: Loa,
  extra: Partial<Pick<EherkenningPersona, 'intermediary' | 'vestigingsnummer' | 'pseudonym'>> = {},
): EherkenningPersona {
  return {
    kind: 'eherkenning',
    id,
    name,
    omschrijving,
    actsFor,
    services,
    loa,
    pseudonym: extra.pseudonym ?? pseudonymOf(id),
    ...(extra.intermediary ? { intermediary: extra.intermediary } : {}),
    ...(extra.vestigingsnummer ? { vestigingsnummer: extra.vestigingsnummer } : {}),
  }
}

function medewerker(
  id: string,
  name: string,
  omschrijving: string,
  rol: DuoRol,
): MedewerkerPersona {
  return { kind: 'medewerker', id, name, omschrijving, rol, loa: 'EH3', pseudonym: pseudonymOf(id) }
}

export const PERSONAS: readonly Persona[] = [
  eh('beheerder-po', 'Anouk Jansen', 'Beheerder po', A, ['mijn-duo', 'mijn-helpdesk-po'], 'EH3'),
  eh(
    'beheerder-bekostiging',
    'Bram de Groot',
    'Beheerder bekostiging en opleidingen',
    A,
    ['mijn-duo'],
    'EH3',
  ),
  eh(
    'medewerker-bekostiging',
    'Carla Visser',
    'Medewerker bekostiging',
    A,
    ['mijn-duo', 'mijn-helpdesk-po'],
    'EH3',
  ),
  eh('opleidingen', 'Noor Bakker', 'Medewerker opleidingen', A, ['mijn-duo'], 'EH3'),
  eh('raadpleger', 'Daan Smit', 'Raadpleger zaakdossier (EH2+)', A, ['mijn-duo'], 'EH2+'),
  eh(
    'schoolleiding-12ab',
    'Eva Mulder',
    'Medewerker schoolleiding ROD (school 12AB)',
    A,
    ['mijn-duo', 'mijn-helpdesk-po'],
    'EH3',
  ),
  eh(
    'schooladmin-34cd',
    'Femke Bos',
    'Medewerker schooladministratie ROD (school 34CD)',
    A,
    ['mijn-duo'],
    'EH3',
  ),
  eh('bestuur-rod', 'Gerard Meijer', 'Medewerker bestuur ROD', A, ['mijn-duo'], 'EH3'),
  eh('rio-medewerker', 'Hanna de Boer', 'RIO-gebruikersrollen', A, ['mijn-duo'], 'EH3'),
  eh('osr', 'Iris Dekker', 'OSR-toegang', A, ['mijn-duo'], 'EH3'),
  eh(
    'verantwoording',
    'Joost van Dijk',
    'Medewerker verantwoording (XBRL)',
    A,
    ['mijn-duo'],
    'EH3',
  ),
  eh(
    'verantwoording-eh2',
    'Joost van Dijk',
    'Medewerker verantwoording, inlog op EH2+ (te laag voor XBRL)',
    A,
    ['mijn-duo'],
    'EH2+',
    {
      pseudonym: pseudonymOf('verantwoording'),
    },
  ),
  eh('helpdesk', 'Karin Peters', 'Alleen Mijn Helpdesk po', A, ['mijn-helpdesk-po'], 'EH2'),
  eh(
    'helpdesk-legacy',
    'Jan de Vries',
    'Mijn Helpdesk po, eerste eHerkenning-login: oud account koppelen',
    A,
    ['mijn-helpdesk-po'],
    'EH2',
  ),
  eh(
    'token-gebruiker',
    'Petra Bakker',
    'Bestaande Mijn DUO-gebruiker die nog met token inlogde',
    A,
    ['mijn-duo'],
    'EH3',
  ),
  eh('nieuw', 'Lars Hendriks', 'Nieuwe gebruiker zonder rollen', A, ['mijn-duo'], 'EH3'),
  eh(
    'administratiekantoor',
    'Ruud Vermeulen',
    'Medewerker administratiekantoor (ketenmachtiging)',
    A,
    ['mijn-duo'],
    'EH3',
    {
      intermediary: ORGANISATIONS.intermediair,
    },
  ),
  eh(
    'bekostiging-b',
    'Sanne Willems',
    'Medewerker bekostiging (bestuur B)',
    B,
    ['mijn-duo'],
    'EH3',
  ),
  eh(
    'beheerder-po-b',
    'Tom van Leeuwen',
    'Beheerder po (bestuur B)',
    B,
    ['mijn-duo', 'mijn-helpdesk-po'],
    'EH3',
  ),
  eh('geen-machtiging', 'Bram Dekker', 'Geen machtiging voor een DUO-dienst', A, [], 'EH3'),
  medewerker(
    'servicedesk',
    'Ursula Koster',
    'DUO security servicedesk',
    'duo-security-servicedesk',
  ),
  medewerker(
    'helpdeskmedewerker',
    'Vincent Prins',
    'Helpdeskmedewerker DUO po',
    'duo-helpdeskmedewerker',
  ),
  medewerker(
    'behandelaar',
    'Frank de Graaf',
    'DUO behandelaar bekostiging',
    'duo-behandelaar-bekostiging',
  ),
  medewerker(
    'rod-behandelaar',
    'Saskia Bos',
    'DUO behandelaar ROD (handmatige mutaties)',
    'duo-behandelaar-rod',
  ),
  medewerker(
    'osr-beheerder',
    'Joost van Dam',
    'Kennisnet beheerder OSR',
    'kennisnet-osr-beheerder',
  ),
  medewerker(
    'xbrl-behandelaar',
    'Ingrid Mulder',
    'DUO behandelaar jaarverantwoording',
    'duo-behandelaar-xbrl',
  ),
  medewerker('redacteur', 'Mark Willems', 'DUO redacteur portaal', 'duo-redacteur'),
]

export function findPersona(
  id: string | undefined,
  personas: readonly Persona[] = PERSONAS,
): Persona | undefined {
  if (!id) return undefined
  return personas.find((p) => p.id === id)
}

/** The claims a persona carries (all released under the `eherkenning` scope, `name` also under `profile`). */
export function claimsFor(persona: Persona): Record<string, unknown> {
  if (persona.kind === 'medewerker') {
    return {
      name: persona.name,
      [CLAIM.actingSubjectId]: persona.pseudonym,
      [CLAIM.duoMedewerker]: true,
      [CLAIM.duoRol]: persona.rol,
    }
  }
  return {
    name: persona.name,
    [CLAIM.legalSubjectId]: persona.actsFor.kvk,
    [CLAIM.actingSubjectId]: persona.pseudonym,
    [CLAIM.serviceId]: [...persona.services],
    ...(persona.vestigingsnummer ? { [CLAIM.vestigingsnr]: persona.vestigingsnummer } : {}),
    ...(persona.intermediary ? { [CLAIM.intermediateKvk]: persona.intermediary.kvk } : {}),
  }
}
