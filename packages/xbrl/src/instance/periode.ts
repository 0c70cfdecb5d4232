/**
 * XBRL periods as moments: a date alone means the start of that day in `startDate`, and the
 * end of it (the start of the next day) in `endDate` and `instant` (XBRL 2.1 §4.7.2). So the
 * instant "2020-12-31" and the start of a duration from "2021-01-01" are the same moment.
 */
import type { Context, Period } from '../types'

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/
const DATUMTIJD = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/

/** A moment as `YYYY-MM-DDTHH:MM:SS` (time zones are not used in these instances); null if invalid. */
function moment(waarde: string, rand: 'start' | 'end'): string | null {
  const d = DATUM.exec(waarde)
  if (d) {
    const [j, m, dg] = [Number(d[1]), Number(d[2]), Number(d[3])]
    const datum = new Date(Date.UTC(j, m - 1, dg))
    if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== m - 1 || datum.getUTCDate() !== dg)
      return null
    if (rand === 'end') datum.setUTCDate(datum.getUTCDate() + 1)
    return datum.toISOString().slice(0, 19)
  }
  const t = DATUMTIJD.exec(waarde)
  if (!t) return null
  const datum = new Date(`${waarde.slice(0, 19)}Z`)
  return Number.isNaN(datum.getTime()) ? null : datum.toISOString().slice(0, 19)
}

/** A period normalised to moments, or why it is invalid. */
export type Momenten =
  | { type: 'instant'; op: string }
  | { type: 'duration'; van: string; tot: string }
  | { type: 'forever' }

export function momenten(p: Period | null): Momenten | { fout: { nl: string; en: string } } {
  if (!p) return { fout: { nl: 'de periode ontbreekt', en: 'the period is missing' } }
  if (p.type === 'forever') return { type: 'forever' }
  if (p.type === 'instant') {
    const op = moment(p.instant, 'end')
    return op ? { type: 'instant', op } : ongeldig(p.instant)
  }
  const van = moment(p.start, 'start')
  const tot = moment(p.end, 'end')
  if (!van) return ongeldig(p.start)
  if (!tot) return ongeldig(p.end)
  if (van >= tot)
    return {
      fout: {
        nl: `de begindatum ${p.start} ligt niet voor de einddatum ${p.end}`,
        en: `the start date ${p.start} is not before the end date ${p.end}`,
      },
    }
  return { type: 'duration', van, tot }
}

const ongeldig = (w: string) => ({
  fout: { nl: `'${w}' is geen geldige datum`, en: `'${w}' is not a valid date` },
})

/** The verslagjaar as moments: from 1 January 00:00 to 1 January of the next year 00:00. */
export const jaarGrenzen = (jaar: number) => ({
  van: `${String(jaar).padStart(4, '0')}-01-01T00:00:00`,
  tot: `${String(jaar + 1).padStart(4, '0')}-01-01T00:00:00`,
})

/** Whether a period lies within the verslagjaar (instants at its start or end included). */
export function binnenJaar(m: Momenten, jaar: number): boolean {
  const { van, tot } = jaarGrenzen(jaar)
  if (m.type === 'forever') return false
  if (m.type === 'instant') return m.op >= van && m.op <= tot
  return m.van >= van && m.tot <= tot
}

/** A period as people read it: "2021-01-01 – 2021-12-31" or "31-12-2021". */
export function leesbaar(p: Period | null): string {
  if (!p) return '—'
  if (p.type === 'forever') return 'forever'
  if (p.type === 'instant') return p.instant
  return `${p.start} – ${p.end}`
}

/** The key under which contexts with the same entity and period (s-equal enough here) bind. */
export function contextSleutel(c: Context): string | null {
  const m = momenten(c.period)
  if ('fout' in m) return null
  const periode =
    m.type === 'instant' ? `i${m.op}` : m.type === 'duration' ? `d${m.van}/${m.tot}` : 'f'
  return `${c.scheme ?? ''}|${c.identifier ?? ''}|${periode}|${c.segment || c.scenario ? c.id : ''}`
}
