/**
 * Refusing input the beheer API checks itself (beyond its zod schemas): the platform's 400
 * `ongeldige-invoer` with every problem per field, summed up in one sentence per language.
 */
import { ongeldigeInvoer, type VeldFout } from '@duo/server-kit'

export function ongeldig(velden: VeldFout[]) {
  return ongeldigeInvoer(
    velden,
    `Controleer uw invoer: ${velden.map((v) => v.nl).join(' ')}`,
    `Please check your input: ${velden.map((v) => v.en).join(' ')}`,
  )
}
