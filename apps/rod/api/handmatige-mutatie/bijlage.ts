/**
 * The bijlage of a verzoek handmatige mutatie: checked by its content (a PDF must be a PDF),
 * stored under a server-made name, and sent back only through `downloadHeaders`.
 */
import type { Context } from 'hono'
import {
  downloadHeaders,
  keurBestand,
  nietGevonden,
  ongeldigeInvoer,
  uploadLimit,
  type BestandenService,
} from '@duo/server-kit'
import type { VerzoekRow } from './store'

export const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
/** Room for the other form fields and the multipart overhead. */
export const verzoekLimit = () => uploadLimit(MAX_BIJLAGE_BYTES + 64 * 1024)
export const BIJLAGEN = 'bijlagen'
const REGELS = { extensies: ['pdf', 'png', 'jpg', 'jpeg'] as const, maxBytes: MAX_BIJLAGE_BYTES }

export interface OntvangenBijlage {
  naam: string
  type: string
  grootte: number
  opslag: string
}

/** Checks and stores the file (nothing is stored when it is wrong); null without a file. */
export async function ontvang(
  bestanden: BestandenService,
  file: File | undefined,
): Promise<OntvangenBijlage | null> {
  if (!file || (file.size === 0 && !file.name)) return null
  const bytes = new Uint8Array(await file.arrayBuffer())
  const keuring = keurBestand(file.name, bytes, REGELS)
  if (!keuring.ok)
    throw ongeldigeInvoer(
      [{ veld: 'bijlage', nl: keuring.nl, en: keuring.en }],
      keuring.nl,
      keuring.en,
    )
  return {
    naam: keuring.bestandsnaam,
    type: keuring.contentType,
    grootte: bytes.byteLength,
    opslag: await bestanden.bewaar(BIJLAGEN, bytes),
  }
}

/** Sends the bijlage of a verzoek the caller has already authorised. */
export async function stuurBijlage(c: Context, bestanden: BestandenService, verzoek: VerzoekRow) {
  if (!verzoek.bijlage_opslag) throw nietGevonden()
  const { stream, grootte } = await bestanden.leesStroom(BIJLAGEN, verzoek.bijlage_opslag)
  const { Readable } = await import('node:stream')
  return c.body(
    Readable.toWeb(stream) as ReadableStream,
    200,
    downloadHeaders(
      verzoek.bijlage_type ?? 'application/octet-stream',
      verzoek.bijlage_naam ?? 'bijlage',
      grootte,
    ),
  )
}
