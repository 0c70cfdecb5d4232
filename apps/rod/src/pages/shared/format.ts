/** Dates, moments, numbers and sizes as Dutch (or English) readers expect them. */
import type { Locale } from '@duo/portal-sdk'

const TZ = 'Europe/Amsterdam'
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB')

/** A calendar day `YYYY-MM-DD` as "15 april 2024". */
export function datum(dag: string | null | undefined, locale: Locale): string {
  if (!dag) return ''
  return new Date(`${dag}T12:00:00Z`).toLocaleDateString(tag(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

/** A moment as "15 april 2024, 10:05", in Dutch time. */
export function tijdstip(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return ''
  return new Date(iso).toLocaleString(tag(locale), {
    timeZone: TZ,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** 1234 as "1.234" (nl) or "1,234" (en). */
export const getal = (n: number, locale: Locale) => n.toLocaleString(tag(locale))

/** A share as "12%" (nl "12%", en "12%"), 0 when there is nothing to share. */
export const procent = (deel: number, geheel: number, locale: Locale) =>
  (geheel ? deel / geheel : 0).toLocaleString(tag(locale), {
    style: 'percent',
    maximumFractionDigits: 0,
  })

export function grootte(bytes: number, locale: Locale): string {
  const fmt = (n: number) => n.toLocaleString(tag(locale), { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`
  return `${fmt(bytes / 1024 / 1024)} MB`
}

/** A pupil's full name: "Noah van der Meer". */
export const volledigeNaam = (l: {
  voornamen: string
  voorvoegsel: string | null
  achternaam: string
}) => [l.voornamen, l.voorvoegsel, l.achternaam].filter(Boolean).join(' ')

/** A PGN in groups, as on a letter: "1234.56.789". */
export const pgnLeesbaar = (pgn: string) => `${pgn.slice(0, 4)}.${pgn.slice(4, 6)}.${pgn.slice(6)}`
