/** The public shapes of `@duo/xbrl`: what goes in and what comes out. */

export type Severity = 'error' | 'warning'

/** The parts of a jaarverantwoording a finding is grouped under (the portal shows them per part). */
export const ONDERDELEN = [
  'bestand',
  'documentinformatie',
  'balans',
  'staat-van-baten-en-lasten',
  'kasstroomoverzicht',
  'kengetallen',
  'toelichting',
  'overig',
] as const
export type Onderdeel = (typeof ONDERDELEN)[number]

/**
 * One finding of the validation: which rule, how bad, where in the file (line and column of
 * the element, 1-based) and about which concept, in Dutch and English.
 */
export interface Bevinding {
  ruleId: string
  severity: Severity
  line: number | null
  column: number | null
  /** The concept as `prefix:Naam` (e.g. `ocw-i:TotaalActiva`), when the finding is about one. */
  concept: string | null
  onderdeel: Onderdeel
  nl: string
  en: string
}

/** Bounds that keep a hostile or broken document from using unbounded memory or time. */
export interface Limits {
  /** Total bytes of the document. */
  maxBytes: number
  /** Nesting depth of elements. */
  maxDepth: number
  /** Attributes on one element. */
  maxAttributes: number
  /** Characters in one text node, attribute value, comment or name. */
  maxTextLength: number
  maxContexts: number
  maxUnits: number
  maxFacts: number
  /** Findings kept per rule (all are counted). */
  maxFindingsPerRule: number
}

/** A fact as the validator keeps it: values longer than `KEPT_VALUE_LENGTH` only as length and hash. */
export interface Fact {
  /** Clark notation `{namespace}local`. */
  concept: string
  /** `prefix:local` as written. */
  name: string
  contextRef: string | null
  unitRef: string | null
  decimals: string | null
  precision: string | null
  nil: boolean
  /** The value, trimmed; null when it was too long to keep (see `length` and `hash`). */
  value: string | null
  length: number
  hash: string
  line: number
  column: number
  /** Escaped XHTML found in the value: element names and style properties. */
  markup: { tags: string[]; styles: string[] } | null
}

export type Period =
  | { type: 'instant'; instant: string }
  | { type: 'duration'; start: string; end: string }
  | { type: 'forever' }

export interface Context {
  id: string
  scheme: string | null
  identifier: string | null
  period: Period | null
  segment: boolean
  scenario: boolean
  line: number
  column: number
}

export interface Unit {
  id: string
  /** Measures in Clark notation; for a divide: numerator then `/` then denominator. */
  measures: string[]
  line: number
  column: number
}

/** A figure of the readable preview: a row of a statement with its value in the verslagjaar. */
export interface OverzichtRegel {
  concept: string
  nl: string
  en: string
  diepte: number
  kop: boolean
  waarde: number | null
  /** A text value (document information), when the fact is not a number. */
  tekst: string | null
}

export interface OverzichtStaat {
  onderdeel: Onderdeel
  nl: string
  en: string
  regels: OverzichtRegel[]
}

export interface Kengetal {
  id: 'rentabiliteit' | 'solvabiliteit-ii' | 'liquiditeit'
  nl: string
  en: string
  /** Computed from the facts; null when a figure it needs is missing or zero. */
  waarde: number | null
  /** As the instance reports it, if it does. */
  gerapporteerd: number | null
  formule: { nl: string; en: string }
}

/** The outcome of one validation. */
export interface ValidationResult {
  valid: boolean
  /** Parsing stopped early (hostile or broken input): the other checks did not run. */
  aborted: boolean
  errors: number
  warnings: number
  /** Findings, capped per rule at `limits.maxFindingsPerRule`. */
  bevindingen: Bevinding[]
  /** Every rule that fired, with how often (also those past the cap). */
  perRule: Record<string, number>
  instance: {
    bytes: number
    schemaRef: string | null
    taxonomy: string | null
    entityIdentifier: string | null
    verslagjaar: number | null
    contexts: number
    units: number
    facts: number
  }
  overzicht: OverzichtStaat[]
  kengetallen: Kengetal[]
}
