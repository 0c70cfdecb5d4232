/** A taxonomy as the validator uses it, built from the XBRL files of its DTS. */

export type TypeKind =
  | 'monetary'
  | 'pure'
  | 'decimal'
  | 'integer'
  | 'string'
  | 'date'
  | 'dateTime'
  | 'gYear'
  | 'boolean'
  | 'other'

export interface Concept {
  /** `{namespace}local`. */
  clark: string
  namespace: string
  name: string
  /** The type's kind, following the type's derivation to an XBRL 2.1 item type. */
  kind: TypeKind
  numeric: boolean
  /** Derived from a type named `formattedExplanationItemType` (escaped XHTML allowed, FR-NL-5.11). */
  formattedExplanation: boolean
  periodType: 'instant' | 'duration' | null
  balance: 'debit' | 'credit' | null
  abstract: boolean
  tuple: boolean
  labels: { nl: string | null; en: string | null }
}

export interface PresentationNetwork {
  role: string
  /** The role's definition (from its roleType), if any. */
  title: string | null
  /** Parent → children in order. */
  children: Map<string, string[]>
  roots: string[]
}

export interface Summation {
  role: string
  total: string
  items: Array<{ concept: string; weight: number }>
}

export interface FactVariable {
  name: string
  concepts: string[]
  fallback: string | null
  bindAsSequence: boolean
  /** Instant at the start or end of the period of another variable's fact (pf:instantDuration). */
  instantDuration: { variable: string; boundary: 'start' | 'end' } | null
  /** Filters this validator does not implement: the assertion is skipped with a warning. */
  unsupported: string[]
}

export interface Assertion {
  id: string
  kind: 'value' | 'existence'
  test: string | null
  variables: FactVariable[]
  severity: 'error' | 'warning'
  messages: { nl: string | null; en: string | null }
}

export interface Taxonomy {
  entryPoint: string
  concepts: Map<string, Concept>
  presentation: PresentationNetwork[]
  calculations: Summation[]
  assertions: Assertion[]
  /** Documents read, for the report. */
  documents: string[]
}
