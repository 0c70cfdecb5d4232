/**
 * The facts of an instance looked up the ways the checks need: by concept, by the context they
 * bind in (entity and period), and at the end of the verslagjaar or over the whole of it.
 */
import type { Fact } from '../types'
import type { Instance } from './collector'
import { contextSleutel, jaarGrenzen, momenten, type Momenten } from './periode'

export interface GebondenFeit {
  fact: Fact
  sleutel: string
  periode: Momenten
  /** The numeric value, or null when the value is not a number (or too long to keep). */
  getal: number | null
}

const GETAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

export class Feiten {
  readonly perConcept = new Map<string, GebondenFeit[]>()

  constructor(instance: Instance) {
    const sleutels = new Map<string, { sleutel: string; periode: Momenten } | null>()
    for (const [id, c] of instance.contexts) {
      const sleutel = contextSleutel(c)
      const periode = momenten(c.period)
      sleutels.set(id, sleutel && !('fout' in periode) ? { sleutel, periode } : null)
    }
    for (const fact of instance.facts) {
      const ctx = fact.contextRef ? sleutels.get(fact.contextRef) : null
      if (!ctx || fact.nil) continue
      const getal = fact.value !== null && GETAL.test(fact.value) ? Number(fact.value) : null
      const lijst = this.perConcept.get(fact.concept) ?? []
      lijst.push({ fact, ...ctx, getal })
      this.perConcept.set(fact.concept, lijst)
    }
  }

  van(concept: string): GebondenFeit[] {
    return this.perConcept.get(concept) ?? []
  }

  /** The fact of a concept for the verslagjaar: the full year (duration) or its end (instant). */
  inJaar(concept: string, jaar: number): GebondenFeit | null {
    const { van, tot } = jaarGrenzen(jaar)
    return (
      this.van(concept).find((f) =>
        f.periode.type === 'instant'
          ? f.periode.op === tot
          : f.periode.type === 'duration' && f.periode.van === van && f.periode.tot === tot,
      ) ?? null
    )
  }
}
