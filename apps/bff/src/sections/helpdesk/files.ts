/**
 * Files of the helpdesk: attachments checked by their content (not their name), stored under
 * server-made names in the data folder (outside any web root), and sent back only as
 * downloads with the type we determined.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
export const MAX_BIJLAGEN = 5
/** Room for the form fields and multipart overhead on top of the files themselves. */
export const MAX_UPLOAD_BYTES = MAX_BIJLAGEN * MAX_BIJLAGE_BYTES + 256 * 1024

export type BijlageType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'text/plain' | 'text/csv'

const EXTENSIONS: Record<string, BijlageType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)

/** What the content is, by its first bytes; text is UTF-8 without control bytes. */
export function sniff(bytes: Uint8Array): 'pdf' | 'png' | 'jpeg' | 'text' | null {
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
  | { ok: true; contentType: BijlageType; bestandsnaam: string }
  | { ok: false; code: 'te-groot' | 'leeg' | 'type'; nl: string; en: string }

/**
 * Whether an upload is allowed: at most 10 MB, and the extension must match what the content
 * really is (PDF, PNG, JPEG, or text for .txt/.csv).
 */
export function keurBijlage(naam: string, bytes: Uint8Array): Keuring {
  const bestandsnaam = veiligeNaam(naam)
  if (bytes.byteLength === 0)
    return {
      ok: false,
      code: 'leeg',
      nl: `${bestandsnaam} is leeg.`,
      en: `${bestandsnaam} is empty.`,
    }
  if (bytes.byteLength > MAX_BIJLAGE_BYTES)
    return {
      ok: false,
      code: 'te-groot',
      nl: `${bestandsnaam} is groter dan 10 MB.`,
      en: `${bestandsnaam} is larger than 10 MB.`,
    }
  const ext = bestandsnaam.toLowerCase().split('.').pop() ?? ''
  const declared = EXTENSIONS[ext]
  const actual = sniff(bytes)
  const matches =
    (declared === 'application/pdf' && actual === 'pdf') ||
    (declared === 'image/png' && actual === 'png') ||
    (declared === 'image/jpeg' && actual === 'jpeg') ||
    ((declared === 'text/plain' || declared === 'text/csv') && actual === 'text')
  if (!declared || !matches) {
    return {
      ok: false,
      code: 'type',
      nl: `${bestandsnaam} is geen PDF, PNG, JPEG, tekst- of CSV-bestand (of de inhoud past niet bij de extensie).`,
      en: `${bestandsnaam} is not a PDF, PNG, JPEG, text or CSV file (or its content does not match its extension).`,
    }
  }
  return { ok: true, contentType: declared, bestandsnaam }
}

/** A file name fit to show and to send back: no path, no control or quote characters, at most 120 characters. */
export function veiligeNaam(naam: string): string {
  const base = naam.split(/[\\/]/).pop() ?? ''
  const clean = base
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/^\.+/, '')
    .trim()
  if (!clean) return 'bestand'
  if (clean.length <= 120) return clean
  const dot = clean.lastIndexOf('.')
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : ''
  return clean.slice(0, 120 - ext.length) + ext
}

/** `attachment` with an ASCII fallback and the exact name in RFC 5987 form. */
export function contentDisposition(bestandsnaam: string): string {
  const ascii =
    bestandsnaam
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_') || 'bestand'
  const encoded = encodeURIComponent(bestandsnaam).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Headers of every file download. */
export function downloadHeaders(
  contentType: string,
  bestandsnaam: string,
  grootte: number,
): Record<string, string> {
  return {
    'Content-Type': contentType.startsWith('text/') ? `${contentType}; charset=utf-8` : contentType,
    'Content-Disposition': contentDisposition(bestandsnaam),
    'Content-Length': String(grootte),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  }
}

/** Where the helpdesk keeps files of one kind. */
export const folderOf = (dataDir: string, kind: 'bijlagen' | 'archief') =>
  join(dataDir, 'helpdesk', kind)

/** Writes bytes under a fresh server-made name; returns that name. */
export async function bewaar(
  dataDir: string,
  kind: 'bijlagen' | 'archief',
  bytes: Uint8Array,
): Promise<string> {
  const folder = folderOf(dataDir, kind)
  await mkdir(folder, { recursive: true })
  const naam = randomUUID()
  await writeFile(join(folder, naam), bytes, { flag: 'wx' })
  return naam
}

const STORED_NAME = /^[0-9a-f-]{36}$/

export async function lees(
  dataDir: string,
  kind: 'bijlagen' | 'archief',
  opslagNaam: string,
): Promise<Uint8Array> {
  if (!STORED_NAME.test(opslagNaam)) throw new Error('ongeldige opslagnaam')
  return readFile(join(folderOf(dataDir, kind), opslagNaam))
}

export async function verwijder(
  dataDir: string,
  kind: 'bijlagen' | 'archief',
  opslagNamen: string[],
): Promise<void> {
  await Promise.all(
    opslagNamen
      .filter((n) => STORED_NAME.test(n))
      .map((n) => rm(join(folderOf(dataDir, kind), n), { force: true })),
  )
}
