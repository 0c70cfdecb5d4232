/**
 * The shell–section contract: the only thing that crosses the border between the shell and a
 * section. Pure data types and checks, no Vue: the BFF imports this file too (via
 * `@duo/portal-sdk/contract`) to validate the `section.json` a section's build emits.
 */
import type { Bestuur, Dienst, PermissionId } from '@duo/authz'

/**
 * Version of this contract, `major.minor`. A section built against another major is refused
 * by the shell before any of its code runs; a newer minor of the same major is accepted.
 */
export const CONTRACT_VERSION = '1.1'

/** The header every state-changing call carries; the BFF refuses JSON writes without it (CSRF). */
export const CSRF_HEADER = 'X-DUO-CSRF'

/**
 * Sent (value `1`) when the shell only asks how long the session still lasts
 * (`GET /api/sessie`): such a request does not count as activity, so asking never keeps an idle
 * session alive. Since 1.1.
 */
export const SESSIE_PEEK_HEADER = 'X-DUO-Sessie-Peek'

/**
 * The window event (a `CustomEvent`) fired when a call to the BFF answers 401: the session is
 * gone. The shell listens, keeps what was typed and offers a login link back to the page. The
 * portal's `fetch` and `uploadForm` fire it; a section never needs to. Since 1.1.
 */
export const NIET_INGELOGD_EVENT = 'duo:niet-ingelogd'

/** How long the session lasts, as `GET /api/sessie` (and `sessie` in `/api/me`) says. Since 1.1. */
export interface SessieStatus {
  ingelogd: boolean
  /** When the session ends without activity (idle timeout), ISO; null when not logged in. */
  verlooptOp: string | null
  /** When the session ends whatever the activity (absolute timeout), ISO. */
  absoluutVerlooptOp: string | null
  /** The idle timeout in seconds. */
  inactiefSeconden: number | null
  /** The server's time (real time, never the fixed demo clock), to correct the browser's. */
  nu: string
}

/**
 * A section's id: lower case, also its path (`/<id>`), its API's path (`/api/<id>`) and its
 * migration namespace. The portal knows its sections only from the BFF's section list.
 */
export const SECTION_ID_PATTERN = /^[a-z][a-z0-9-]{1,30}$/
export type SectionId = string

export type Locale = 'nl' | 'en'
export type Localized = Record<Locale, string>

/** One entry of a section's sub-navigation. */
export interface NavItem {
  /** Path below the section's root, '' for the landing page. */
  path: string
  label: Localized
  /** Permission(s) needed to see this item (any of them); none: anyone who may open the section. */
  permission?: PermissionId | PermissionId[]
  /** One line on what the page is for, shown on the landing page. */
  description?: Localized
}

/**
 * The descriptive part of a section: what the BFF's section list carries without loading any
 * code. Emitted by the section's build as `section.json` beside `mf-manifest.json`.
 */
export interface SectionMeta {
  id: SectionId
  contractVersion: string
  /** Version of the section's own build, shown in diagnostics. */
  version: string
  title: Localized
  description: Localized
  /** The eHerkenning service (machtiging) the section belongs to; null for portal-wide sections. */
  dienst: Dienst | null
  nav: NavItem[]
}

/**
 * Why a section could not be used, in words a user understands. `gedeelde-versie` (since
 * 1.1): the section was built against a version of a shared singleton (`@duo/ui`,
 * `@duo/portal-sdk`, Vue, …) that this portal does not provide (see `checkSharedVersions`).
 */
export interface Incompatibility {
  code: 'contract-major' | 'contract-onleesbaar' | 'gedeelde-versie'
  nl: string
  en: string
}

/** Checks a section's contract version against this one; null when compatible. */
export function checkContractVersion(
  sectionVersion: unknown,
  portalVersion = CONTRACT_VERSION,
): Incompatibility | null {
  const parse = (v: unknown) =>
    typeof v === 'string' && /^\d+\.\d+$/.test(v) ? v.split('.').map(Number) : null
  const section = parse(sectionVersion)
  const portal = parse(portalVersion)
  if (!section || !portal) {
    return {
      code: 'contract-onleesbaar',
      nl: 'Deze sectie vermeldt geen geldige contractversie.',
      en: 'This section does not state a valid contract version.',
    }
  }
  if (section[0] !== portal[0]) {
    return {
      code: 'contract-major',
      nl: `Deze sectie is gebouwd voor portaalcontract ${String(sectionVersion)}, het portaal biedt ${portalVersion}.`,
      en: `This section was built for portal contract ${String(sectionVersion)}, the portal offers ${portalVersion}.`,
    }
  }
  return null
}

/** Structural check of a `section.json`, returning readable problems (empty when valid). */
export function validateSectionMeta(value: unknown): string[] {
  const problems: string[] = []
  const isLocalized = (v: unknown) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Localized).nl === 'string' &&
    typeof (v as Localized).en === 'string'
  if (typeof value !== 'object' || value === null) return ['section.json is geen object']
  const meta = value as Record<string, unknown>
  if (typeof meta.id !== 'string' || !SECTION_ID_PATTERN.test(meta.id))
    problems.push(`ongeldige sectie-id ${String(meta.id)}`)
  if (typeof meta.contractVersion !== 'string') problems.push('contractVersion ontbreekt')
  if (typeof meta.version !== 'string') problems.push('version ontbreekt')
  if (!isLocalized(meta.title)) problems.push('title moet nl en en hebben')
  if (!isLocalized(meta.description)) problems.push('description moet nl en en hebben')
  if (meta.dienst !== null && meta.dienst !== 'mijn-duo' && meta.dienst !== 'mijn-helpdesk-po') {
    problems.push('dienst moet mijn-duo, mijn-helpdesk-po of null zijn')
  }
  if (!Array.isArray(meta.nav)) problems.push('nav moet een lijst zijn')
  else
    meta.nav.forEach((item: unknown, i) => {
      const nav = item as NavItem
      if (typeof nav?.path !== 'string' || !isLocalized(nav.label))
        problems.push(`nav[${i}] is ongeldig`)
      if (nav?.description !== undefined && !isLocalized(nav.description))
        problems.push(`nav[${i}].description is ongeldig`)
    })
  return problems
}

/** The person as the BFF's `GET /api/me` describes them; the shell hands it to every section. */
export interface PortalUser {
  persoon: { id: string; naam: string }
  /** 'bestuur-medewerker' logs in with eHerkenning; 'duo-medewerker' is DUO's own staff. */
  soort: 'bestuur-medewerker' | 'duo-medewerker'
  organisatie: {
    kvk: string
    bestuursnummer: string
    naam: string
    /** Set on a ketenmachtiging: the intermediary acting for the bestuur. */
    intermediair: { kvk: string; naam?: string } | null
  } | null
  grants: Array<{
    id?: string
    role: string
    kenmerk: string
    from: string | null
    until: string | null
  }>
  machtigingen: Dienst[]
  niveau: 'EH2' | 'EH2+' | 'EH3' | 'EH4' | null
  /** The organisation tree of the bestuur acted for, so `can()` can scope to a school. */
  bestuur: Bestuur | null
}

/**
 * A return path after login or linking: only a path of this portal (`/…`), never another site
 * (`//other.example`, `/\other.example`), a scheme, or the login routes themselves. The BFF and
 * the shell apply the same rule.
 * @example veiligTerugpad('//evil.example/') // '/'
 */
export function veiligTerugpad(value: unknown): string {
  return typeof value === 'string' &&
    /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value) &&
    !value.startsWith('/auth/')
    ? value
    : '/'
}
