/**
 * Valid PGNs for demo and benchmark pupils: BSNs pass the 11-proef (weights 9..2 and -1, sum
 * divisible by 11), onderwijsnummers start with 10 and their sum is 5 mod 11. Each is checked
 * with `stdnum` before use, and never handed out twice.
 */
import { pgnSoort, type PgnSoort } from '../shared/pgn'
import type { Toeval } from './toeval'

const GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2]

function controlecijfer(acht: number[], rest: number): number | null {
  const som = acht.reduce((s, c, i) => s + c * GEWICHTEN[i]!, 0)
  // som - laatste ≡ rest (mod 11)  →  laatste ≡ som - rest
  const laatste = (((som - rest) % 11) + 11) % 11
  return laatste <= 9 ? laatste : null
}

export function pgnMaker(toeval: Toeval, uitgegeven = new Set<string>()) {
  return function maak(soort: PgnSoort): string {
    for (;;) {
      const acht =
        soort === 'bsn'
          ? [toeval.getal(1, 9), ...Array.from({ length: 7 }, () => toeval.getal(0, 9))]
          : [1, 0, ...Array.from({ length: 6 }, () => toeval.getal(0, 9))]
      if (soort === 'bsn' && acht[0] === 1 && acht[1] === 0) continue
      const laatste = controlecijfer(acht, soort === 'bsn' ? 0 : 5)
      if (laatste === null) continue
      const pgn = [...acht, laatste].join('')
      if (uitgegeven.has(pgn) || pgnSoort(pgn)?.soort !== soort) continue
      uitgegeven.add(pgn)
      return pgn
    }
  }
}
