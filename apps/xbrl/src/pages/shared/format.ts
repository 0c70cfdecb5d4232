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

/** A calendar day `YYYY-MM-DD` as "1 juli 2022". */
export function datum(dag: string, locale: Locale): string {
  return new Date(`${dag}T12:00:00Z`).toLocaleDateString(tag(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

/** The last day of a term that ends before `dag` ("tot 1 juli" means up to 30 June). */
export function laatsteDag(dag: string, locale: Locale): string {
  const d = new Date(`${dag}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return datum(d.toISOString().slice(0, 10), locale)
}

/** An amount in euros, Dutch style: "€ 1.234.567" (negative: "€ -1.234"). */
export function bedrag(n: number, locale: Locale): string {
  return n.toLocaleString(tag(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  })
}

/** A ratio with two decimals: "0,12". */
export function kengetal(n: number, locale: Locale): string {
  return n.toLocaleString(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

export function grootte(bytes: number, locale: Locale): string {
  const fmt = (n: number) => n.toLocaleString(tag(locale), { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`
  return `${fmt(bytes / 1024 / 1024)} MB`
}
