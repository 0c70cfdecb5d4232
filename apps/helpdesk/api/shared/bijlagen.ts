/**
 * Attachments of meldingen and reacties: every file is checked by its content first (nothing
 * is stored when one is wrong), then stored under a server-made name in the helpdesk's folder.
 */
import type { Context } from 'hono'
import {
  downloadHeaders,
  nietGevonden,
  metBijlagen as metBijlagenVan,
  uploadLimit,
  type BestandenService,
  type BijlageRegels,
  type NieuweBijlage,
} from '@duo/server-kit'
import type { HelpdeskDb } from '../tables'
import { getBijlage, type Melding } from '../meldingen/store'

export const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
const MAX_BIJLAGEN = 5
/** Room for the form fields and multipart overhead on top of the files themselves. */
export const bijlagenLimit = () => uploadLimit(MAX_BIJLAGEN * MAX_BIJLAGE_BYTES + 256 * 1024)
const SOORT = 'bijlagen'
/** What this section accepts as attachments. */
const REGELS: BijlageRegels = {
  extensies: ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'csv'],
  maxBytes: MAX_BIJLAGE_BYTES,
  maxAantal: MAX_BIJLAGEN,
  soort: SOORT,
}

export { alsLijst } from '@duo/server-kit'

/** Runs `write` with the checked and stored attachments (removed again when it fails). */
export const metBijlagen = <T>(
  bestanden: BestandenService,
  files: File[],
  write: (bijlagen: NieuweBijlage[]) => Promise<T>,
) => metBijlagenVan(bestanden, files, REGELS, write)

/** Sends an attachment of a melding the caller has already authorised. */
export async function downloadBijlage(
  c: Context,
  db: HelpdeskDb,
  bestanden: BestandenService,
  melding: Melding,
  bijlageId: string,
) {
  const bijlage = await getBijlage(db, melding.id, bijlageId)
  if (!bijlage) throw nietGevonden()
  const bytes = await bestanden.lees(SOORT, bijlage.opslagNaam)
  return c.body(
    bytes as Uint8Array<ArrayBuffer>,
    200,
    downloadHeaders(bijlage.contentType, bijlage.bestandsnaam, bytes.byteLength),
  )
}
