/**
 * Bijlagen of a bezwaar: every file is checked by its content first (nothing is stored when one
 * is wrong), then stored under a server-made name in this section's folder.
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
import type { BekostigingDb } from '../tables'
import { haalBijlage } from '../bezwaren/store'

const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
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

/** Sends a bijlage of a bezwaar the caller has already authorised. */
export async function downloadBijlage(
  c: Context,
  db: BekostigingDb,
  bestanden: BestandenService,
  bezwaarId: string,
  bijlageId: string,
) {
  const b = await haalBijlage(db, bezwaarId, bijlageId)
  if (!b) throw nietGevonden('Deze bijlage bestaat niet.', 'This attachment does not exist.')
  const bytes = await bestanden.lees(SOORT, b.opslag_naam)
  return c.body(
    bytes as Uint8Array<ArrayBuffer>,
    200,
    downloadHeaders(b.content_type, b.bestandsnaam, bytes.byteLength),
  )
}
