/** Dates as Dutch users read them, in Dutch time, in the page's language. */
import type { Locale } from '@duo/portal-sdk'

const TZ = 'Europe/Amsterdam'
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB')

/** A moment: "17 januari 2022, 10:05". */
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

/** A calendar day `YYYY-MM-DD`: "15 december 2021". */
export function datum(day: string, locale: Locale): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(tag(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

/** Today in the Netherlands, `YYYY-MM-DD`, from the portal's clock. */
export function vandaag(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

/** A period "1 augustus 2022 t/m 31 juli 2023", or "vanaf 1 augustus 2022". */
export function periode(
  start: string,
  einde: string | null,
  locale: Locale,
  t: (key: string, named: Record<string, string>) => string,
): string {
  return einde
    ? t('osr.periode.vanTot', { van: datum(start, locale), tot: datum(einde, locale) })
    : t('osr.periode.vanaf', { van: datum(start, locale) })
}
