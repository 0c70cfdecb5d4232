/**
 * Drafts of forms in the browser's sessionStorage, so what someone typed survives a session
 * that expired and a new login in the same tab. Never files (a `File` is not stored), never
 * another person's: a draft is restored only for the person who typed it, and only for the
 * length of a session (sessionStorage itself ends with the tab). The shell removes them all on
 * an explicit logout.
 */

/** Every draft's key starts with this: `duo.concept:<path>#<key>`. */
export const CONCEPT_PREFIX = 'duo.concept:'

/** A draft older than the longest session (8 hours) is never restored. */
export const CONCEPT_MAX_MS = 8 * 60 * 60 * 1000

/** Fired (a `CustomEvent` on window, `detail: { key }`) when a form got its draft back. */
export const CONCEPT_HERSTELD_EVENT = 'duo:concept-hersteld'

interface Opgeslagen {
  v: 1
  persoon: string
  opgeslagenOp: number
  data: unknown
}

/** After a logout on purpose nothing more is stored, not even by a form saving as the page goes. */
let uitgelogd = false

function opslag(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    // Storage can be switched off (privacy settings): then there are simply no drafts.
    return null
  }
}

/** The storage key of a draft: per page (path) and per form on it. */
export function conceptSleutel(key: string, pad: string = globalThis.location?.pathname ?? '/') {
  return `${CONCEPT_PREFIX}${pad}#${key}`
}

/**
 * Only what JSON can hold and a person typed: strings, numbers, booleans, null, and lists and
 * plain objects of them. Files, blobs and functions are left out (`undefined`).
 */
export function alleenTekst(value: unknown): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value
  if (Array.isArray(value)) {
    const items = value.map(alleenTekst).filter((v) => v !== undefined)
    return items
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return undefined
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const clean = alleenTekst(v)
      if (clean !== undefined) out[k] = clean
    }
    return out
  }
  return undefined
}

/** Whether a draft holds nothing worth keeping (only empty texts, lists and `false`). */
export function isLeeg(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return true
  if (Array.isArray(value)) return value.every(isLeeg)
  if (typeof value === 'object') return Object.values(value as object).every(isLeeg)
  return false
}

export function bewaarConcept(
  sleutel: string,
  persoon: string,
  data: unknown,
  now: number = Date.now(),
): void {
  const s = opslag()
  if (!s || uitgelogd) return
  const schoon = alleenTekst(data)
  if (isLeeg(schoon)) return wisConcept(sleutel)
  const waarde: Opgeslagen = { v: 1, persoon, opgeslagenOp: now, data: schoon }
  try {
    s.setItem(sleutel, JSON.stringify(waarde))
  } catch {
    // Full or refused: the draft is a convenience, never a reason for the form to fail.
  }
}

/** The draft for this person, or null; a stale draft or another person's is removed. */
export function leesConcept<T = unknown>(
  sleutel: string,
  persoon: string,
  now: number = Date.now(),
): T | null {
  const s = opslag()
  const raw = s?.getItem(sleutel)
  if (!s || !raw) return null
  let waarde: Opgeslagen | null = null
  try {
    waarde = JSON.parse(raw) as Opgeslagen
  } catch {
    /* unreadable: removed below */
  }
  if (
    !waarde ||
    waarde.v !== 1 ||
    waarde.persoon !== persoon ||
    now - waarde.opgeslagenOp > CONCEPT_MAX_MS
  ) {
    s.removeItem(sleutel)
    return null
  }
  return waarde.data as T
}

export function wisConcept(sleutel: string): void {
  opslag()?.removeItem(sleutel)
}

/**
 * Removes drafts: all of them (logout: nothing is stored after it in this page either), or all
 * but this person's (someone else logged in in this tab: they must never see the previous
 * person's input).
 */
export function wisConcepten(behalveVan?: string): void {
  if (!behalveVan) uitgelogd = true
  const s = opslag()
  if (!s) return
  const sleutels: string[] = []
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i)
    if (k?.startsWith(CONCEPT_PREFIX)) sleutels.push(k)
  }
  for (const k of sleutels) {
    if (behalveVan) {
      try {
        if ((JSON.parse(s.getItem(k) ?? '') as Opgeslagen).persoon === behalveVan) continue
      } catch {
        /* unreadable: removed */
      }
    }
    s.removeItem(k)
  }
}
