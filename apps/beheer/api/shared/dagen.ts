/** Calendar days (`YYYY-MM-DD`, Dutch time) as the beheer API takes them. */
import { dutchDate } from '@duo/authz'

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A real calendar day `YYYY-MM-DD` (no 31 February). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T12:00:00Z`)
  return d.toISOString().slice(0, 10) === value
}

/** The first moment of a Dutch calendar day. */
export function startOfDutchDay(day: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${day}T00:00:00${offset}`)
    if (dutchDate(d) === day && dutchDate(new Date(d.getTime() - 1)) !== day) return d
  }
  return new Date(`${day}T00:00:00+01:00`)
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
