/**
 * The PGN (persoonsgebonden nummer) of a pupil: a BSN or an onderwijsnummer, both checked by
 * python-stdnum's port `stdnum` (11-proef; an onderwijsnummer starts with 10 and its weighted
 * sum is 5 mod 11). Its ESM build imports without file extensions and does not load in Node,
 * so the CommonJS modules are imported directly.
 */
import * as bsn from 'stdnum/lib/cjs/nl/bsn.js'
import * as onderwijsnummer from 'stdnum/lib/cjs/nl/onderwijsnummer.js'

export type PgnSoort = 'bsn' | 'onderwijsnummer'

/**
 * Which kind of PGN a text is, after removing spaces, dots and dashes; null when it is neither.
 * An onderwijsnummer starts with 10; a BSN that happens to start with 10 is still a BSN when it
 * passes the BSN check.
 */
export function pgnSoort(invoer: string): { soort: PgnSoort; pgn: string } | null {
  const b = bsn.validate(invoer)
  if (b.isValid) return { soort: 'bsn', pgn: b.compact }
  const o = onderwijsnummer.validate(invoer)
  if (o.isValid) return { soort: 'onderwijsnummer', pgn: o.compact }
  return null
}

export const isPgn = (invoer: string) => pgnSoort(invoer) !== null

/** A PGN for logs and audit entries: only the last three digits (`******789`). */
export const maskeerPgn = (pgn: string) => `******${pgn.slice(-3)}`
