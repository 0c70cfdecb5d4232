import type { Locale } from '@duo/portal-sdk'

const TZ = 'Europe/Amsterdam'
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB')

/** A moment as Dutch users read it, in Dutch time: "17 januari 2022, 10:05". */
export function tijdstip(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(tag(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** A calendar day `YYYY-MM-DD` as "15 december 2021". */
export function datum(day: string, locale: Locale): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(tag(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

export function grootte(bytes: number, locale: Locale): string {
  const fmt = (n: number) => n.toLocaleString(tag(locale), { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`
  return `${fmt(bytes / 1024 / 1024)} MB`
}
