/**
 * Seeded randomness for the demo register and the benchmarks: the same key gives the same
 * register on every machine and at every start (pure-rand's xoroshiro128+, never Math.random).
 */
import { createHash } from 'node:crypto'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { uniformInt } from 'pure-rand/distribution/uniformInt'

export interface Toeval {
  /** A whole number in [van, tot], both included. */
  getal(van: number, tot: number): number
  /** True with chance p (0–1). */
  kans(p: number): boolean
  kies<T>(uit: readonly T[]): T
  /** Picks by weight: `[[waarde, gewicht], …]`. */
  gewogen<T>(uit: ReadonlyArray<readonly [T, number]>): T
}

/** A generator seeded from a text key (e.g. `rod:12AB`). */
export function toevalVoor(sleutel: string): Toeval {
  const seed = createHash('sha256').update(sleutel).digest().readInt32BE(0)
  const rng = xoroshiro128plus(seed)
  const getal = (van: number, tot: number) => uniformInt(rng, van, tot)
  return {
    getal,
    kans: (p) => getal(0, 999_999) < p * 1_000_000,
    kies: (uit) => {
      if (!uit.length) throw new Error('Kiezen uit een lege lijst')
      return uit[getal(0, uit.length - 1)]!
    },
    gewogen: (uit) => {
      const totaal = uit.reduce((s, [, g]) => s + g, 0)
      let r = getal(1, totaal)
      for (const [waarde, g] of uit) {
        r -= g
        if (r <= 0) return waarde
      }
      return uit[uit.length - 1]![0]
    },
  }
}
