/**
 * The demo personas. The local eHerkenning test broker (apps/idp) offers the same ids and derives
 * the same pseudonym (`EH-` + id uppercased, or `pseudonym` where given); DUO staff log in with
 * `subject`. Role ids are those of `@duo/authz`.
 */

export interface DemoGrant {
  role: string
  kenmerk: string
  bestuursnummer: string
}

interface PersonaBase {
  id: string
  naam: string
  omschrijving: string
}

/** Someone who logs in with eHerkenning for a bestuur. */
export interface EherkenningPersona extends PersonaBase {
  kind: 'eherkenning'
  /** LegalSubjectID: the KvK-nummer of the bestuur. */
  kvk: string
  /** ActingSubjectID. */
  pseudonym: string
  /** KvK of an intermediary (ketenmachtiging), if any. */
  intermediairKvk: string | null
  /** Level of assurance the broker should report. */
  niveau: 'EH2' | 'EH2+' | 'EH3' | 'EH4'
  grants: DemoGrant[]
  /** False for someone who has eHerkenning but never logged in to the portal yet. */
  seedIdentity: boolean
}

/** A DUO employee (logs in with DUO's own identity provider). */
export interface DuoPersona extends PersonaBase {
  kind: 'duo'
  subject: string
  rol: string
}

export type DemoPersona = EherkenningPersona | DuoPersona

export const BESTUUR_A = {
  bestuursnummer: '41234',
  kvk: '30123456',
  onderwijsbestuurcode: '101B234',
} as const
export const BESTUUR_B = {
  bestuursnummer: '40567',
  kvk: '30654321',
  onderwijsbestuurcode: '102B567',
} as const
export const ADMINISTRATIEKANTOOR_KVK = '30999999'

/** Fixed TOTP secret (base32, RFC 6238's test key "12345678901234567890") of demo user `pbakker`. */
export const DEMO_TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

export const DEMO_LEGACY_ACCOUNTS = {
  jdevries: { gebruikersnaam: 'jdevries', password: 'Welkom-2021!', persona: 'helpdesk-legacy' },
  pbakker: {
    gebruikersnaam: 'pbakker',
    password: 'Token-2021!',
    totpSecret: DEMO_TOTP_SECRET,
    persona: 'token-gebruiker',
  },
} as const

const A = BESTUUR_A.bestuursnummer
const B = BESTUUR_B.bestuursnummer
const grant = (role: string, kenmerk: string, bestuursnummer: string): DemoGrant => ({
  role,
  kenmerk,
  bestuursnummer,
})

function eh(
  id: string,
  naam: string,
  omschrijving: string,
  grants: DemoGrant[],
  extra: Partial<
    Pick<EherkenningPersona, 'kvk' | 'pseudonym' | 'intermediairKvk' | 'niveau' | 'seedIdentity'>
  > = {},
): EherkenningPersona {
  return {
    kind: 'eherkenning',
    id,
    naam,
    omschrijving,
    kvk: BESTUUR_A.kvk,
    pseudonym: `EH-${id.toUpperCase()}`,
    intermediairKvk: null,
    niveau: 'EH3',
    seedIdentity: true,
    grants,
    ...extra,
  }
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  eh('beheerder-po', 'Anouk Jansen', 'Beheerder po van De Linde', [
    grant('beheerder-po', A, A),
    grant('beheerder-rio-algemeen', BESTUUR_A.onderwijsbestuurcode, A),
    grant('beheerder-rio-selfservice', BESTUUR_A.onderwijsbestuurcode, A),
  ]),
  eh(
    'beheerder-bekostiging',
    'Bram de Groot',
    'Beheerder bekostiging en opleidingen van De Linde',
    [grant('beheerder-bekostiging-opleidingen', A, A)],
  ),
  eh('medewerker-bekostiging', 'Carla Visser', 'Medewerker bekostiging van De Linde', [
    grant('medewerker-bekostiging', A, A),
  ]),
  eh('opleidingen', 'Noor Bakker', 'Medewerker opleidingen van De Linde', [
    grant('medewerker-opleidingen', A, A),
  ]),
  eh('raadpleger', 'Daan Smit', 'Raadpleger zaakdossier van De Linde', [
    grant('raadpleger-zaakdossier', A, A),
  ]),
  eh('schoolleiding-12ab', 'Eva Mulder', 'Schoolleiding OBS De Regenboog (12AB)', [
    grant('medewerker-schoolleiding-rod', '12AB', A),
  ]),
  eh('schooladmin-34cd', 'Femke Bos', 'Schooladministratie OBS Het Kompas (34CD)', [
    grant('medewerker-schooladministratie-rod', '34CD', A),
  ]),
  eh('bestuur-rod', 'Gerard Meijer', 'Medewerker bestuur ROD en PO-informatiediensten', [
    grant('medewerker-bestuur-rod', A, A),
    grant('po-informatiediensten', A, A),
  ]),
  eh('rio-medewerker', 'Hanna de Boer', 'RIO-medewerker voor onderwijsaanbieder 101A001', [
    grant('rio-beheren-onderwijsaanbieder', '101A001', A),
    grant('rio-beheren-aangeboden-opleiding', '101A001', A),
  ]),
  eh('osr', 'Iris Dekker', 'OSR-toegang voor De Linde', [grant('osr-toegang', A, A)]),
  eh('verantwoording', 'Joost van Dijk', 'Medewerker verantwoording (EH3)', [
    grant('medewerker-verantwoording', A, A),
  ]),
  eh(
    'verantwoording-eh2',
    'Joost van Dijk',
    'Dezelfde medewerker verantwoording, ingelogd op EH2',
    [],
    {
      pseudonym: 'EH-VERANTWOORDING',
      niveau: 'EH2',
    },
  ),
  eh('helpdesk', 'Karin Peters', 'Alleen machtiging Mijn Helpdesk po, geen rollen', []),
  eh('nieuw', 'Lars Hendriks', 'Nieuwe gebruiker zonder rollen', []),
  eh(
    'helpdesk-legacy',
    'Jan de Vries',
    'Oud Mijn Helpdesk-account jdevries, nog niet gekoppeld',
    [],
    {
      seedIdentity: false,
    },
  ),
  eh('token-gebruiker', 'Petra Bakker', 'Medewerker bekostiging met Mijn DUO-token pbakker', [
    grant('medewerker-bekostiging', A, A),
  ]),
  eh(
    'administratiekantoor',
    'Ruud Vermeulen',
    'Administratiekantoor (ketenmachtiging) voor De Linde',
    [grant('medewerker-bekostiging', A, A)],
    { intermediairKvk: ADMINISTRATIEKANTOOR_KVK },
  ),
  eh(
    'bekostiging-b',
    'Sanne Willems',
    'Medewerker bekostiging van Het Anker',
    [grant('medewerker-bekostiging', B, B)],
    {
      kvk: BESTUUR_B.kvk,
    },
  ),
  eh(
    'beheerder-po-b',
    'Tom van Leeuwen',
    'Beheerder po van Het Anker',
    [
      grant('beheerder-po', B, B),
      grant('beheerder-rio-algemeen', BESTUUR_B.onderwijsbestuurcode, B),
      grant('beheerder-rio-selfservice', BESTUUR_B.onderwijsbestuurcode, B),
    ],
    { kvk: BESTUUR_B.kvk },
  ),
  {
    kind: 'duo',
    id: 'servicedesk',
    naam: 'Ursula Koster',
    omschrijving: 'DUO security servicedesk',
    subject: 'servicedesk',
    rol: 'duo-security-servicedesk',
  },
  {
    kind: 'duo',
    id: 'helpdeskmedewerker',
    naam: 'Vincent Prins',
    omschrijving: 'Helpdesk DUO Primair Onderwijs',
    subject: 'helpdeskmedewerker',
    rol: 'duo-helpdeskmedewerker',
  },
  {
    kind: 'duo',
    id: 'behandelaar',
    naam: 'Frank de Graaf',
    omschrijving: 'DUO behandelaar bekostiging',
    subject: 'behandelaar',
    rol: 'duo-behandelaar-bekostiging',
  },
  {
    kind: 'duo',
    id: 'rod-behandelaar',
    naam: 'Saskia Bos',
    omschrijving: 'DUO behandelaar ROD (handmatige mutaties)',
    subject: 'rod-behandelaar',
    rol: 'duo-behandelaar-rod',
  },
  {
    kind: 'duo',
    id: 'osr-beheerder',
    naam: 'Joost van Dam',
    omschrijving: 'Kennisnet beheerder OSR',
    subject: 'osr-beheerder',
    rol: 'kennisnet-osr-beheerder',
  },
  {
    kind: 'duo',
    id: 'xbrl-behandelaar',
    naam: 'Ingrid Mulder',
    omschrijving: 'DUO behandelaar jaarverantwoording',
    subject: 'xbrl-behandelaar',
    rol: 'duo-behandelaar-xbrl',
  },
  {
    kind: 'duo',
    id: 'redacteur',
    naam: 'Mark Willems',
    omschrijving: 'DUO redacteur portaal',
    subject: 'redacteur',
    rol: 'duo-redacteur',
  },
]

export const DEMO_PERSONA_IDS = DEMO_PERSONAS.map((p) => p.id)

export function getDemoPersona(id: string): DemoPersona | undefined {
  return DEMO_PERSONAS.find((p) => p.id === id)
}
