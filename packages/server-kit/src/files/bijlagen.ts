/**
 * Receiving attachments (a melding's, a bezwaar's, a mutatie's): every file is checked by its
 * content first — nothing is stored when one is wrong — then stored under a server-made name
 * in the section's own folder; when the write that needs them fails, they are removed again.
 */
import { ongeldigeInvoer } from '../http/errors'
import type { BestandenService } from '../services'
import { keurBestand, type ToegestaneExtensie } from './keuring'

export interface NieuweBijlage {
  bestandsnaam: string
  contentType: string
  grootte: number
  opslagNaam: string
}

export interface BijlageRegels {
  extensies: readonly ToegestaneExtensie[]
  /** Per file. */
  maxBytes: number
  maxAantal: number
  /** The folder (`bestanden` soort); default `bijlagen`. */
  soort?: string
  /** The form field, for the field errors; default `bijlage`. */
  veld?: string
}

/** A form's file field, one file or several, without the empty entry of an empty input. */
export const alsLijst = (f: File | File[] | undefined): File[] =>
  (f === undefined ? [] : Array.isArray(f) ? f : [f]).filter((x) => x.size > 0 || x.name)

/**
 * Checks and stores the files; throws 400 with every problem per file when one is wrong.
 * @example
 * const bijlagen = await ontvangBijlagen(platform.bestanden, alsLijst(input.bijlage), { extensies: ['pdf'], maxBytes: 10 << 20, maxAantal: 5 })
 */
export async function ontvangBijlagen(
  bestanden: BestandenService,
  files: File[],
  regels: BijlageRegels,
): Promise<NieuweBijlage[]> {
  const veld = regels.veld ?? 'bijlage'
  const soort = regels.soort ?? 'bijlagen'
  if (files.length > regels.maxAantal)
    throw ongeldigeInvoer(
      [
        {
          veld,
          nl: `Hoogstens ${regels.maxAantal} bijlagen`,
          en: `At most ${regels.maxAantal} attachments`,
        },
      ],
      `U kunt hoogstens ${regels.maxAantal} bijlagen meesturen.`,
      `You can attach at most ${regels.maxAantal} files.`,
    )
  const gekeurd = await Promise.all(
    files.map(async (f) => {
      const bytes = new Uint8Array(await f.arrayBuffer())
      return { bytes, keuring: keurBestand(f.name, bytes, regels) }
    }),
  )
  const fouten = gekeurd.flatMap(({ keuring }) => (keuring.ok ? [] : [keuring]))
  if (fouten.length)
    throw ongeldigeInvoer(
      fouten.map((f) => ({ veld, nl: f.nl, en: f.en })),
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
        opslagNaam: await bestanden.bewaar(soort, bytes),
      })
    }
  } catch (err) {
    await bestanden.verwijder(
      soort,
      stored.map((s) => s.opslagNaam),
    )
    throw err
  }
  return stored
}

/**
 * Runs `write` with the stored files; removes the files again when it fails.
 * @example
 * const melding = await metBijlagen(bestanden, files, REGELS, (bijlagen) => store.create(db, { …, bijlagen }))
 */
export async function metBijlagen<T>(
  bestanden: BestandenService,
  files: File[],
  regels: BijlageRegels,
  write: (bijlagen: NieuweBijlage[]) => Promise<T>,
): Promise<T> {
  const bijlagen = await ontvangBijlagen(bestanden, files, regels)
  try {
    return await write(bijlagen)
  } catch (err) {
    await bestanden.verwijder(
      regels.soort ?? 'bijlagen',
      bijlagen.map((b) => b.opslagNaam),
    )
    throw err
  }
}
