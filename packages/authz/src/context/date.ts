/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** Whether `value` is a calendar date `YYYY-MM-DD` (month and day in range). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value)
}

/** 01:00 UTC on the last Sunday of `month` (0-based): when EU summer time starts or ends. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

let cachedTime = NaN
let cachedDate = ''

/**
 * The calendar date in the Netherlands at `now`. Dates in the rules ("vanaf 1 februari")
 * are Dutch calendar days, whatever the server's or browser's time zone; computed from
 * the EU summer-time rule so no Intl time-zone data is needed.
 *
 * @example dutchDate(new Date('2022-01-31T23:30:00Z')) // '2022-02-01'
 */
export function dutchDate(now: Date): IsoDate {
  const t = now.getTime()
  if (t === cachedTime) return cachedDate
  const year = now.getUTCFullYear()
  const summer = t >= lastSundayOneUtc(year, 2) && t < lastSundayOneUtc(year, 9)
  const date = new Date(t + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10)
  // One entry is enough: a request decides many permissions at the same instant.
  cachedTime = t
  cachedDate = date
  return date
}
