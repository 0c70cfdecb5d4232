/**
 * Bijlagen of a bezwaar: every file is checked by its content first (nothing is stored when one
 * is wrong), then stored under a server-made name in this section's folder.
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
import type { BekostigingDb } from '../tables'
import { haalBijlage } from '../bezwaren/store'

const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
const MAX_BIJLAGEN = 5
/** Room for the form fields and multipart overhead on top of the files themselves. */
export const bijlagenLimit = () => uploadLimit(MAX_BIJLAGEN * MAX_BIJLAGE_BYTES + 256 * 1024)
const SOORT = 'bijlagen'
const REGELS = {
  extensies: ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'csv'] as const,
  maxBytes: MAX_BIJLAGE_BYTES,
}

export interface NieuweBijlage {
  bestandsnaam: string
  contentType: string
  grootte: number
  opslagNaam: string
}

/** A form's `bijlage` field, one file or several, without the empty entry of an empty input. */
export const alsLijst = (f: File | File[] | undefined) =>
  (f === undefined ? [] : Array.isArray(f) ? f : [f]).filter((x) => x.size > 0 || x.name)

async function ontvang(bestanden: BestandenService, files: File[]): Promise<NieuweBijlage[]> {
  if (files.length > MAX_BIJLAGEN)
    throw ongeldigeInvoer(
      [
        {
          veld: 'bijlage',
          nl: `Hoogstens ${MAX_BIJLAGEN} bijlagen`,
          en: `At most ${MAX_BIJLAGEN} attachments`,
        },
      ],
      `U kunt hoogstens ${MAX_BIJLAGEN} bijlagen meesturen.`,
      `You can attach at most ${MAX_BIJLAGEN} files.`,
    )
  const gekeurd = await Promise.all(
    files.map(async (f) => {
      const bytes = new Uint8Array(await f.arrayBuffer())
      return { bytes, keuring: keurBestand(f.name, bytes, REGELS) }
    }),
  )
  const fouten = gekeurd.flatMap(({ keuring }) => (keuring.ok ? [] : [keuring]))
  if (fouten.length)
    throw ongeldigeInvoer(
      fouten.map((f) => ({ veld: 'bijlage', nl: f.nl, en: f.en })),
      fouten.map((f) => f.nl).join(' '),
      fouten.map((f) => f.en).join(' '),
    )
  const stored: NieuweBijlage[] = []
  try {
    for (const { bytes, keuring } of gekeurd) {
      if (!keuring.ok) continue
      stored.push({
        bestandsnaam: keuring.bestandsnaam,
        contentType: keuring.contentType,
        grootte: bytes.byteLength,
        opslagNaam: await bestanden.bewaar(SOORT, bytes),
      })
    }
  } catch (err) {
    await bestanden.verwijder(
      SOORT,
      stored.map((s) => s.opslagNaam),
    )
    throw err
  }
  return stored
}

/** Runs `write` with the stored files; removes the files again when it fails. */
export async function metBijlagen<T>(
  bestanden: BestandenService,
  files: File[],
  write: (bijlagen: NieuweBijlage[]) => Promise<T>,
): Promise<T> {
  const bijlagen = await ontvang(bestanden, files)
  try {
    return await write(bijlagen)
  } catch (err) {
    await bestanden.verwijder(
      SOORT,
      bijlagen.map((b) => b.opslagNaam),
    )
    throw err
  }
}

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
