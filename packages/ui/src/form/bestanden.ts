import type { Locale, Localized } from '@duo/portal-sdk'
import { TEKSTEN } from '../texts'

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB')

/** A file size as people read it: "850 B", "12,5 kB", "3 MB". */
export function bestandsgrootte(bytes: number, locale: Locale): string {
  const fmt = (n: number) => n.toLocaleString(tag(locale), { maximumFractionDigits: 1 })
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`
  return `${fmt(bytes / 1024 / 1024)} MB`
}

const MIME_NAMEN: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
}

/**
 * The kinds of file an `accept` list allows, for people: ".pdf,.png,application/pdf" → "PDF, PNG".
 * Extensions win; a MIME type counts only when no extension names it.
 */
export function bestandssoorten(accept: string): string {
  const delen = accept
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean)
  const ext = delen.filter((d) => d.startsWith('.')).map((d) => d.slice(1).toUpperCase())
  const mime = delen
    .filter((d) => d.includes('/'))
    .map((d) => MIME_NAMEN[d] ?? d.split('/')[1]!.toUpperCase())
  return [...new Set([...ext, ...(ext.length ? [] : mime)])].join(', ')
}

/** Whether a file matches an `accept` list the way the browser's picker does. */
export function past(file: File, accept: string): boolean {
  const naam = file.name.toLowerCase()
  const type = file.type.toLowerCase()
  return accept
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean)
    .some((d) =>
      d.startsWith('.')
        ? naam.endsWith(d)
        : d.endsWith('/*')
          ? type.startsWith(d.slice(0, -1))
          : type === d,
    )
}

export interface BestandsRegels {
  accept?: string | undefined
  maxBytes?: number | undefined
  maxFiles?: number | undefined
}

/**
 * What is wrong with the chosen files, in both languages, so a page can refuse them before
 * sending (the server checks again, also the content). Empty when all is well.
 * @example
 * const problemen = controleerBestanden(bijlagen.value, { accept: '.pdf', maxBytes: 10 * 2 ** 20, maxFiles: 5 })
 * if (problemen.length) fouten.value.bijlagen = problemen[0]
 */
export function controleerBestanden(files: File[], regels: BestandsRegels): Localized[] {
  const beide = (maak: (t: (typeof TEKSTEN)['nl'], l: Locale) => string): Localized => ({
    nl: maak(TEKSTEN.nl, 'nl'),
    en: maak(TEKSTEN.en, 'en'),
  })
  const problemen: Localized[] = []
  const { accept, maxBytes, maxFiles } = regels
  if (maxFiles !== undefined && files.length > maxFiles)
    problemen.push(beide((t) => t.teVeelBestanden(maxFiles)))
  for (const f of files) {
    if (accept && !past(f, accept))
      problemen.push(beide((t) => t.bestandSoort(f.name, bestandssoorten(accept))))
    else if (f.size === 0) problemen.push(beide((t) => t.bestandLeeg(f.name)))
    else if (maxBytes !== undefined && f.size > maxBytes)
      problemen.push(beide((t, l) => t.bestandTeGroot(f.name, bestandsgrootte(maxBytes, l))))
  }
  return problemen
}
