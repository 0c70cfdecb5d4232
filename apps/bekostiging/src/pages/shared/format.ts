/** Dates, moments and amounts as Dutch (or English) readers expect them. */
import type { Locale } from '@duo/portal-sdk'
import { datumTekst } from '../../../regels/datum'
import { bedragTekst } from '../../../regels/bedragen'

const TZ = 'Europe/Amsterdam'
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB')

/** A moment in Dutch time: "17 januari 2022, 10:05". */
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
export const datum = (dag: string, locale: Locale) => datumTekst(dag, locale)

/** Cents as "€ 1.234,56" (nl) or "€1,234.56" (en). */
export const bedrag = (centen: number, locale: Locale) => bedragTekst(centen, locale)

/** A whole number with Dutch grouping: "1.234". */
export const getal = (n: number, locale: Locale) => n.toLocaleString(tag(locale))

export function grootte(bytes: number, locale: Locale): string {
  const fmt = (n: number) => n.toLocaleString(tag(locale), { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`
  return `${fmt(bytes / 1024 / 1024)} MB`
}

/**
 * An amount typed by a person ("1.234,56", "€ 1234", "1234.5") as cents; null when it is none.
 * A comma is the decimal sign (Dutch); a dot followed by three digits groups thousands.
 */
export function leesBedrag(invoer: string): number | null {
  let s = invoer.replace(/[€\s\u00a0]/g, '')
  if (!s) return null
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.')
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null
  return Math.round(Number(s) * 100)
}
