/**
 * The time versioning of the register. Every change adds versions, never edits one: a version
 * says "from `begindatum` until `einddatum` (exclusive) the object is like this" (or, with
 * `bestaat: false`, "does not exist": how an object ends). Versions are laid over each other
 * in the order they were registered, a later one covering an earlier one where they overlap;
 * what stays visible is the object's timeline, a list of non-overlapping segments.
 */
import { bevat, type Dag } from './datum'

/** What the timeline needs of a version. */
export interface TijdVersie {
  /** Registration order: the change's number within its bestuur, then the place in it. */
  volgnummer: number
  positie: number
  begindatum: Dag
  einddatum: Dag | null
  bestaat: boolean
}

/** A stretch of the timeline where one version holds. */
export interface Segment<V> {
  begindatum: Dag
  einddatum: Dag | null
  versie: V
}

/** Registration order: later changes cover earlier ones. */
function registratieVolgorde(a: TijdVersie, b: TijdVersie): number {
  return a.volgnummer - b.volgnummer || a.positie - b.positie
}

/**
 * The object's timeline: the segments where it exists, each with the version that holds there,
 * sorted and never overlapping. Adjacent stretches of the same version form one segment.
 * @example
 * // v1 from 2020-08-01 (open), then v2 from 2022-08-01 (open):
 * tijdlijn([v1, v2]) // [{ 2020-08-01 → 2022-08-01: v1 }, { 2022-08-01 → open: v2 }]
 */
export function tijdlijn<V extends TijdVersie>(versies: readonly V[]): Segment<V>[] {
  if (versies.length === 0) return []
  const volgorde = [...versies].sort(registratieVolgorde)
  const grenzen = new Set<Dag>()
  for (const v of volgorde) {
    grenzen.add(v.begindatum)
    if (v.einddatum !== null) grenzen.add(v.einddatum)
  }
  const punten = [...grenzen].sort()
  const uit: Segment<V>[] = []
  for (let i = 0; i < punten.length; i++) {
    const begin = punten[i]!
    const einde = punten[i + 1] ?? null
    // The last registered version covering the stretch's first day covers all of it: every
    // version's edges are among the boundaries.
    let winnaar: V | undefined
    for (let j = volgorde.length - 1; j >= 0; j--) {
      const v = volgorde[j]!
      if (bevat(v, begin)) {
        winnaar = v
        break
      }
    }
    if (!winnaar || !winnaar.bestaat) continue
    const vorige = uit.at(-1)
    if (vorige && vorige.versie === winnaar && vorige.einddatum === begin) vorige.einddatum = einde
    else uit.push({ begindatum: begin, einddatum: einde, versie: winnaar })
  }
  return uit
}

/** The segment holding on a day, if the object exists then. */
export function segmentOp<V>(segmenten: readonly Segment<V>[], dag: Dag): Segment<V> | undefined {
  return segmenten.find((s) => bevat(s, dag))
}

/**
 * The version holding on a day by replaying the versions one by one in registration order,
 * each overwriting what it covers: the definition the timeline and the database's
 * "state on a date" must agree with (the property tests check this).
 */
export function naspelen<V extends TijdVersie>(versies: readonly V[], dag: Dag): V | undefined {
  let stand: V | undefined
  for (const v of [...versies].sort(registratieVolgorde)) if (bevat(v, dag)) stand = v
  return stand?.bestaat ? stand : undefined
}

/** Where the object exists at all (its segments merged): its lifetime, with any gaps. */
export function bestaansperiodes<V>(segmenten: readonly Segment<V>[]) {
  const uit: Array<{ begindatum: Dag; einddatum: Dag | null }> = []
  for (const s of segmenten) {
    const laatste = uit.at(-1)
    if (laatste && laatste.einddatum === s.begindatum) laatste.einddatum = s.einddatum
    else uit.push({ begindatum: s.begindatum, einddatum: s.einddatum })
  }
  return uit
}
