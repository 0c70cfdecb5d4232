import type { Tekst } from '../taal'

/** The order a server-sorted list is asked in. */
export interface Sortering {
  kolom: string
  richting: 'asc' | 'desc'
}

/** One column of a DuoDataTable. */
export interface Kolom<T = Record<string, unknown>> {
  /** Names the column: the default cell shows `row[key]`, slot `cell-<key>` replaces it. */
  key: string
  label: Tekst
  /** Shows a sort button in the header; the server sorts (`update:sort`). */
  sortable?: boolean
  /** The direction a first click sorts in; default 'asc' (use 'desc' for "newest first"). */
  firstSort?: 'asc' | 'desc'
  /** This column names the row (a name, an id): its cells are row headers. */
  rowHeader?: boolean
  /** Numbers and amounts: aligned to the end. */
  numeric?: boolean
  /** The cell's text when there is no slot; default `row[key]`. */
  value?: (row: T) => string | number | null | undefined
  /** No column label in stacked rows (narrow screens), e.g. for a column of buttons. */
  hideLabelStacked?: boolean
}
