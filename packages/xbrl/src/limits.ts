import type { Limits } from './types'

/**
 * The default bounds. A real OCW jaarverantwoording is well under 1 MB with a few hundred
 * facts; text blocks with embedded images can make one tens of MB. These leave room for that
 * and stop anything that only a hostile or broken file would need.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 128 * 1024 * 1024,
  maxDepth: 64,
  maxAttributes: 64,
  maxTextLength: 16 * 1024 * 1024,
  maxContexts: 10_000,
  maxUnits: 1_000,
  maxFacts: 200_000,
  maxFindingsPerRule: 50,
})

/** Values longer than this are kept only as their length and a hash (enough to compare duplicates). */
export const KEPT_VALUE_LENGTH = 512

/** "128 MB": a size as people read it. */
export function leesbareGrootte(bytes: number): string {
  const mb = bytes / 1024 / 1024
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`
}
