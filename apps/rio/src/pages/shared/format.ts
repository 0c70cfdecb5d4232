import type { Locale } from '@duo/portal-sdk'

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB')

/** A calendar day `YYYY-MM-DD` as "1 augustus 2022" / "1 August 2022". */
export function datum(dag: string | null | undefined, locale: Locale): string {
  if (!dag) return ''
  return new Date(`${dag}T12:00:00Z`).toLocaleDateString(tag(locale), {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

/** A moment as "1 maart 2022, 10:12" in Dutch time. */
export function tijdstip(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(tag(locale), {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
