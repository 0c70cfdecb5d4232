/** Deterministic "randomness" for demo data: the same seed gives the same numbers every run. */
import { createHash } from 'node:crypto'

/** mulberry32, seeded from a text: small, fast and good enough for demo counts. */
export function toeval(seed: string) {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0)
  const volgende = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    getal: volgende,
    /** A whole number from `min` to `max` inclusive. */
    tussen: (min: number, max: number) => min + Math.floor(volgende() * (max - min + 1)),
  }
}
