/**
 * Uploads are checked by what they are (their first bytes), not by the name the browser sent;
 * names are made safe to show and to send back.
 */

export type BestandSoort = 'pdf' | 'png' | 'jpeg' | 'text'

export type ToegestaneExtensie = 'pdf' | 'png' | 'jpg' | 'jpeg' | 'txt' | 'csv'

const TYPES: Record<ToegestaneExtensie, { contentType: string; soort: BestandSoort }> = {
  pdf: { contentType: 'application/pdf', soort: 'pdf' },
  png: { contentType: 'image/png', soort: 'png' },
  jpg: { contentType: 'image/jpeg', soort: 'jpeg' },
  jpeg: { contentType: 'image/jpeg', soort: 'jpeg' },
  txt: { contentType: 'text/plain', soort: 'text' },
  csv: { contentType: 'text/csv', soort: 'text' },
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)

/** What the content is, by its first bytes; text is UTF-8 without control bytes. */
export function sniff(bytes: Uint8Array): BestandSoort | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf' // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  for (const b of bytes) {
    // NUL and other C0 controls except tab, LF, CR, FF: binary.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return null
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'text'
  } catch {
    return null
  }
}

export type Keuring =
  | { ok: true; contentType: string; bestandsnaam: string }
  | { ok: false; code: 'te-groot' | 'leeg' | 'type'; nl: string; en: string }

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/**
 * Whether an upload is allowed: not empty, not too large, and the extension must be allowed
 * and match what the content really is.
 * @example
 * const keuring = keurBestand(file.name, bytes, { extensies: ['pdf'], maxBytes: 5 * 1024 * 1024 })
 * if (!keuring.ok) throw ongeldigeInvoer([{ veld: 'bijlage', nl: keuring.nl, en: keuring.en }])
 */
export function keurBestand(
  naam: string,
  bytes: Uint8Array,
  regels: { extensies: readonly ToegestaneExtensie[]; maxBytes: number },
): Keuring {
  const bestandsnaam = veiligeNaam(naam)
  if (bytes.byteLength === 0)
    return {
      ok: false,
      code: 'leeg',
      nl: `${bestandsnaam} is leeg.`,
      en: `${bestandsnaam} is empty.`,
    }
  if (bytes.byteLength > regels.maxBytes)
    return {
      ok: false,
      code: 'te-groot',
      nl: `${bestandsnaam} is groter dan ${mb(regels.maxBytes)}.`,
      en: `${bestandsnaam} is larger than ${mb(regels.maxBytes)}.`,
    }
  const ext = bestandsnaam.toLowerCase().split('.').pop() ?? ''
  const allowed = (regels.extensies as readonly string[]).includes(ext)
  const declared = allowed ? TYPES[ext as ToegestaneExtensie] : undefined
  if (!declared || sniff(bytes) !== declared.soort) {
    const lijst = [...new Set(regels.extensies.map((e) => e.toUpperCase()))].join(', ')
    return {
      ok: false,
      code: 'type',
      nl: `${bestandsnaam} is geen toegestaan bestand (${lijst}), of de inhoud past niet bij de extensie.`,
      en: `${bestandsnaam} is not an allowed file (${lijst}), or its content does not match its extension.`,
    }
  }
  return { ok: true, contentType: declared.contentType, bestandsnaam }
}

// Controls, quotes and path characters, plus bidirectional overrides and zero-width marks
// that make "factuur\u202Efdp.txt" look like "factuurtxt.pdf".
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const ONVEILIG = /[\u0000-\u001f\u007f"<>|:*?\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** A file name fit to show and to send back: no path, no control, bidi or quote characters, at most 120 characters. */
export function veiligeNaam(naam: string): string {
  const base = naam.split(/[\\/]/).pop() ?? ''
  const clean = base.normalize('NFC').replace(ONVEILIG, '').replace(/^\.+/, '').trim()
  if (!clean) return 'bestand'
  if (clean.length <= 120) return clean
  const dot = clean.lastIndexOf('.')
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : ''
  return clean.slice(0, 120 - ext.length) + ext
}
