import type { Reason, ReasonCode, reasons as reasonTexts } from './reason/reasons.ts'
import type { RoleId } from './catalogue/roles.ts'
import type { PermissionId } from './catalogue/permissions.ts'
import type { Message } from './result.ts'
import type { CodeKind, ParseErrorCode } from './kenmerk/parse.ts'
import type { parseErrorText } from './kenmerk/parse-texts.ts'

/**
 * The texts of `@duo/authz`, in Dutch and English: the reason of every decision, what each
 * role is for and what each permission lets someone do. They live in `@duo/authz/teksten`.
 * The `.` entry in Node (and anywhere but a browser bundle) registers them itself; a browser
 * bundle of `.` leaves them out, and the app loads them with its own messages and registers
 * them (`registerAuthzTexts`) before it shows a reason, a role's description or a permission.
 */
export interface AuthzTexts {
  /** Only `@duo/authz/teksten` makes one; its contents are no API. */
  readonly __authzTexts: true
}

/** What `AuthzTexts` holds (internal). */
export interface Texts {
  /** Per reason: the reason, code and texts, from what happened. */
  reasons: typeof reasonTexts
  /** Per role: what it is for. */
  roleDescriptions: Readonly<Record<RoleId, { nl: string; en: string }>>
  /** Per permission: what it lets someone do. */
  permissionLabels: Readonly<Record<PermissionId, { nl: string; en: string }>>
  /** Why a code (bestuursnummer, KvK-nummer, …) was refused. */
  parseErrors: typeof parseErrorText
}

type Key = keyof Texts['reasons']

/** The code of each reason: known without its texts. */
const CODES: { [K in Key]: ReasonCode } = {
  grantAllowed: 'toegestaan',
  machtigingAllowed: 'toegestaan',
  loginAllowed: 'toegestaan',
  revokeAllowed: 'toegestaan',
  assignAllowed: 'toegestaan',
  notLoggedIn: 'niet-ingelogd',
  otherOrganisation: 'andere-organisatie',
  unknownOrganisation: 'onbekende-organisatie',
  noMachtiging: 'geen-machtiging',
  niveauTooLow: 'niveau-te-laag',
  roleMissing: 'rol-ontbreekt',
  kenmerkOutsideBestuur: 'kenmerk-buiten-bestuur',
  roleMissingForSchool: 'rol-ontbreekt',
  kenmerkDoesNotCover: 'kenmerk-dekt-niet',
  kenmerkInvalid: 'kenmerk-ongeldig',
  permissionNotYet: 'nog-niet-beschikbaar',
  roleNotYet: 'nog-niet-beschikbaar',
  grantExpired: 'grant-verlopen',
  grantNotYet: 'grant-nog-niet-geldig',
  grantInvalid: 'grant-ongeldig',
  osrAgreementMissing: 'osr-overeenkomst-ontbreekt',
  beheerderNoData: 'geen-data-toegang',
  noSelfDataRole: 'geen-data-toegang',
  targetIsBeheerder: 'geen-data-toegang',
  notAdminForRole: 'geen-beheerder-voor-rol',
  onlyServicedesk: 'alleen-servicedesk',
  automatic: 'automatisch-toegekend',
  internalRole: 'niet-toekenbaar',
  onlyDuo: 'alleen-duo',
  unknown: 'onbekend',
}

let registered: Texts | null = null

/**
 * Gives `@duo/authz` its texts (`authzTexts` of `@duo/authz/teksten`). Node does so by itself;
 * a browser app calls it once it has loaded them, before it shows a reason or a description.
 * Until then a reason reads "Geen toegang (code)." and a description is empty.
 * @example
 * const { authzTexts } = await import('@duo/authz/teksten')
 * registerAuthzTexts(authzTexts)
 */
export function registerAuthzTexts(texts: AuthzTexts): void {
  registered = texts as unknown as Texts
}

const NO_TEXT = Object.freeze({ nl: '', en: '' })

/** What a role is for, from the registered texts. */
export function roleDescription(id: RoleId): { nl: string; en: string } {
  return registered?.roleDescriptions[id] ?? NO_TEXT
}

/** What a permission lets someone do, from the registered texts. */
export function permissionLabel(id: PermissionId): { nl: string; en: string } {
  return registered?.permissionLabels[id] ?? NO_TEXT
}

/** A message whose texts are read when asked for, from the registered texts (or a fallback). */
function later<C extends string>(
  code: C,
  texts: () => { nl: string; en: string } | null,
  fallback: { nl: string; en: string },
): Message<C> {
  let done: { nl: string; en: string } | null = null
  const text = (lang: 'nl' | 'en') => (done ??= texts())?.[lang] ?? fallback[lang]
  return {
    code,
    get nl() {
      return text('nl')
    },
    get en() {
      return text('en')
    },
  }
}

/** Why a code was refused: its texts now when registered, else when they are read. */
export function parseError(
  code: ParseErrorCode,
  kind: CodeKind,
  value: string,
): Message<ParseErrorCode> {
  const texts = () => registered?.parseErrors(code, kind, value) ?? null
  const now = texts()
  return now
    ? { code, ...now }
    : later(code, texts, { nl: `Ongeldige invoer (${code}).`, en: `Invalid input (${code}).` })
}

/** What a reason says before the texts are registered. */
function fallback(code: ReasonCode): { nl: string; en: string } {
  return code === 'toegestaan'
    ? { nl: 'Toegestaan.', en: 'Allowed.' }
    : { nl: `Geen toegang (${code}).`, en: `No access (${code}).` }
}

function reason(key: Key) {
  const format = (args: unknown[]): Reason | null =>
    registered ? (registered.reasons[key] as (...a: unknown[]) => Reason)(...args) : null
  return (...args: unknown[]): Reason => {
    const now = format(args)
    if (now) return now
    // No texts yet: the code now, the texts when they are read (once registered by then).
    const code = CODES[key]
    return later(code, () => format(args), fallback(code))
  }
}

/** Every reason by what happened: its code, with the texts of the registered `AuthzTexts`. */
export const reasons = Object.fromEntries(
  (Object.keys(CODES) as Key[]).map((key) => [key, reason(key)]),
) as unknown as Texts['reasons']
