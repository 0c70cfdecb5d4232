/**
 * Calendar days (`YYYY-MM-DD`) and periods of the register. Every period is half open:
 * `[begindatum, einddatum)`, the end date exclusive as in RIO, and `null` as end means
 * "open" (no end known). Plain strings compare in calendar order, so no Date objects are
 * needed except to step a day.
 */
import { dutchDate } from '@duo/authz'

/** A calendar day `YYYY-MM-DD`. */
export type Dag = string

/** A half-open period `[begindatum, einddatum)`; `einddatum` null: open-ended. */
export interface Periode {
  begindatum: Dag
  einddatum: Dag | null
}

/** Whether `s` is an existing calendar day (not 2023-02-30). */
export function isDag(s: unknown): s is Dag {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

function stap(dag: Dag, dagen: number): Dag {
  const d = new Date(`${dag}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + dagen)
  return d.toISOString().slice(0, 10)
}

export const vorigeDag = (dag: Dag): Dag => stap(dag, -1)
export const plusDagen = (dag: Dag, n: number): Dag => stap(dag, n)

/** Today in the Netherlands, from the one clock. */
export const vandaag = (now: Date): Dag => dutchDate(now)

/** Whether the day lies in the period (begin inclusive, end exclusive). */
export function bevat(p: Periode, dag: Dag): boolean {
  return p.begindatum <= dag && (p.einddatum === null || dag < p.einddatum)
}

/** Whether two periods share at least one day. */
export function overlapt(a: Periode, b: Periode): boolean {
  const aVoorB = a.einddatum !== null && a.einddatum <= b.begindatum
  const bVoorA = b.einddatum !== null && b.einddatum <= a.begindatum
  return !aVoorB && !bVoorA
}

/**
 * The periods of `a` not covered by any period of `b` (both lists sorted and without
 * overlap within themselves), for rules such as "an aanbieder always offers an opleiding".
 * @example
 * nietGedekt([{ begindatum: '2020-01-01', einddatum: null }], [{ begindatum: '2021-01-01', einddatum: null }])
 * // [{ begindatum: '2020-01-01', einddatum: '2021-01-01' }]
 */
export function nietGedekt(a: readonly Periode[], b: readonly Periode[]): Periode[] {
  const dekking = samenvoegen(b)
  const uit: Periode[] = []
  for (const p of a) {
    let begin: Dag | null = p.begindatum
    for (const d of dekking) {
      if (begin === null) break
      if (p.einddatum !== null && d.begindatum >= p.einddatum) break
      if (d.einddatum !== null && d.einddatum <= begin) continue
      if (d.begindatum > begin) uit.push({ begindatum: begin, einddatum: d.begindatum })
      begin = d.einddatum === null ? null : d.einddatum > begin ? d.einddatum : begin
    }
    if (begin !== null && (p.einddatum === null || begin < p.einddatum))
      uit.push({ begindatum: begin, einddatum: p.einddatum })
  }
  return uit
}

/** Sorted, with touching or overlapping periods merged into one. */
export function samenvoegen(periodes: readonly Periode[]): Periode[] {
  const gesorteerd = [...periodes].sort((x, y) => (x.begindatum < y.begindatum ? -1 : 1))
  const uit: Periode[] = []
  for (const p of gesorteerd) {
    const laatste = uit.at(-1)
    if (laatste && (laatste.einddatum === null || laatste.einddatum >= p.begindatum)) {
      laatste.einddatum =
        laatste.einddatum === null || p.einddatum === null
          ? null
          : laatste.einddatum > p.einddatum
            ? laatste.einddatum
            : p.einddatum
    } else uit.push({ ...p })
  }
  return uit
}
