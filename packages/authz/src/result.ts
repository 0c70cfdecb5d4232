/** A message every user-facing outcome carries, in the product language and in English. */
export interface Message<C extends string = string> {
  code: C
  nl: string
  en: string
}

/**
 * The outcome of a parser: the normalised value, or an error a user can read.
 *
 * @example
 * const r = parseBestuursnummer('41234')
 * if (r.ok) use(r.value)
 * else show(r.error.nl)
 */
export type Result<T, C extends string = string> =
  { ok: true; value: T } | { ok: false; error: Message<C> }
