/**
 * A change checked as a whole, as RIO's service does: the versions it would add, the field
 * problems of its input, and the foutmeldingen (at most 99) of the rules. Nothing is written
 * here; the route writes the versions only when both lists are empty.
 */
import type { VeldFout } from '@duo/server-kit'
import { FOUT, MAX_FOUTMELDINGEN, type Foutmelding } from './foutcodes'
import type { Wijziging } from './mutaties'
import type { Plan } from './plan'
import type { Register, RegisterVersie } from './register'
import { controleerRegels } from './regels'
import { pasToe, type ToepasContext } from './toepassen'

export interface Uitkomst {
  versies: RegisterVersie[]
  veldfouten: VeldFout[]
  foutmeldingen: Foutmelding[]
  /** Every object the change touched (their timelines are rewritten). */
  geraakt: ReadonlySet<string>
}

export function controleer(
  register: Register,
  wijziging: Wijziging,
  plan: Plan,
  ctx: ToepasContext,
): Uitkomst {
  const t = pasToe(register, plan, ctx)
  const regels = t.veldfouten.length
    ? []
    : controleerRegels(register, t.geraakt, wijziging.mutaties)
  const alle = [...plan.fouten, ...t.fouten, ...regels].sort((a, b) => a.mutatie - b.mutatie)
  const foutmeldingen =
    alle.length > MAX_FOUTMELDINGEN
      ? [
          ...alle.slice(0, MAX_FOUTMELDINGEN - 1),
          {
            ...FOUT.teVeel(alle.length - MAX_FOUTMELDINGEN + 1),
            mutatie: -1,
            veld: '',
            sleutelgegeven: null,
          },
        ]
      : alle
  return {
    versies: t.versies,
    veldfouten: t.veldfouten,
    foutmeldingen,
    geraakt: new Set(t.geraakt.keys()),
  }
}
