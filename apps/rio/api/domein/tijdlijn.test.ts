/**
 * Property tests (fast-check) of the versioning: the timeline agrees with replaying the versions
 * one by one, its segments never overlap, no version that holds anywhere is lost, and a new
 * version changes nothing outside its own period.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bestaansperiodes, naspelen, segmentOp, tijdlijn, type TijdVersie } from './tijdlijn'
import { nietGedekt, plusDagen, samenvoegen, type Periode } from './datum'

const START = '2020-01-01'
const DAGEN = 60
const dag = (n: number) => plusDagen(START, n)
/** Every day a version can touch (begin + length), and one on each side. */
const alleDagen = Array.from({ length: 2 * DAGEN + 4 }, (_, i) => dag(i - 2))

type V = TijdVersie & { nr: number }

const versie = fc
  .record({
    begin: fc.integer({ min: 0, max: DAGEN }),
    lengte: fc.option(fc.integer({ min: 1, max: DAGEN }), { nil: null }),
    bestaat: fc.boolean(),
  })
  .map(({ begin, lengte, bestaat }) => ({
    begindatum: dag(begin),
    einddatum: lengte === null ? null : dag(begin + lengte),
    bestaat,
  }))

/** Versions in registration order (the order of changes), possibly several per change. */
const versies = fc
  .array(versie, { minLength: 0, maxLength: 14 })
  .map((lijst) =>
    lijst.map((v, i): V => ({ ...v, nr: i, volgnummer: Math.floor(i / 2) + 1, positie: i % 2 })),
  )

describe('the timeline of an object', () => {
  it('holds, on every day, the version that replaying the changes up to then gives', () => {
    fc.assert(
      fc.property(versies, (vs) => {
        const segmenten = tijdlijn(vs)
        for (const d of alleDagen) expect(segmentOp(segmenten, d)?.versie).toBe(naspelen(vs, d))
      }),
      { numRuns: 400 },
    )
  })

  it('never has two segments that overlap, and none that is empty', () => {
    fc.assert(
      fc.property(versies, (vs) => {
        const s = tijdlijn(vs)
        for (const seg of s)
          if (seg.einddatum !== null) expect(seg.begindatum < seg.einddatum).toBe(true)
        for (let i = 1; i < s.length; i++) {
          const vorige = s[i - 1]!
          expect(vorige.einddatum).not.toBeNull()
          expect(vorige.einddatum! <= s[i]!.begindatum).toBe(true)
          // Touching stretches of one version are one segment.
          if (vorige.einddatum === s[i]!.begindatum) expect(vorige.versie).not.toBe(s[i]!.versie)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('loses nothing: every version that holds on some day is in the timeline, and only those', () => {
    fc.assert(
      fc.property(versies, (vs) => {
        const inTijdlijn = new Set(tijdlijn(vs).map((s) => s.versie.nr))
        const houdtErgens = new Set(alleDagen.flatMap((d) => naspelen(vs, d)?.nr ?? []))
        // Past the range every open-ended version counts too: look far ahead.
        const ver = naspelen(vs, '2099-01-01')
        if (ver) houdtErgens.add(ver.nr)
        expect([...inTijdlijn].sort()).toEqual([...houdtErgens].sort())
      }),
      { numRuns: 400 },
    )
  })

  it('is the same whatever order the versions are handed in: only registration order counts', () => {
    fc.assert(
      fc.property(versies, fc.integer(), (vs, zaad) => {
        const geschud = [...vs].sort(
          (a, b) => ((a.nr * 7919 + zaad) % 13) - ((b.nr * 7919 + zaad) % 13),
        )
        expect(tijdlijn(geschud).map((s) => [s.begindatum, s.einddatum, s.versie.nr])).toEqual(
          tijdlijn(vs).map((s) => [s.begindatum, s.einddatum, s.versie.nr]),
        )
      }),
    )
  })

  it('changes nothing outside the period of a new version', () => {
    fc.assert(
      fc.property(versies, versie, (vs, nieuw) => {
        const erbij: V = { ...nieuw, nr: 999, volgnummer: 1000, positie: 0 }
        const voor = tijdlijn(vs)
        const na = tijdlijn([...vs, erbij])
        for (const d of alleDagen) {
          const binnen = d >= erbij.begindatum && (erbij.einddatum === null || d < erbij.einddatum)
          if (binnen) expect(segmentOp(na, d)?.versie).toBe(erbij.bestaat ? erbij : undefined)
          else expect(segmentOp(na, d)?.versie).toBe(segmentOp(voor, d)?.versie)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('periods', () => {
  const periode = fc
    .record({
      b: fc.integer({ min: 0, max: DAGEN }),
      l: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
    })
    .map(({ b, l }): Periode => ({ begindatum: dag(b), einddatum: l === null ? null : dag(b + l) }))
  const gedekt = (ps: readonly Periode[], d: string) =>
    ps.some((p) => p.begindatum <= d && (p.einddatum === null || d < p.einddatum))

  it('finds exactly the days of one list that another does not cover', () => {
    fc.assert(
      fc.property(
        fc.array(periode, { maxLength: 5 }),
        fc.array(periode, { maxLength: 5 }),
        (a, b) => {
          const basis = samenvoegen(a)
          const gaten = nietGedekt(basis, b)
          for (const d of alleDagen)
            expect(gedekt(gaten, d)).toBe(gedekt(basis, d) && !gedekt(b, d))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('merges a lifetime from its segments without changing which days it covers', () => {
    fc.assert(
      fc.property(versies, (vs) => {
        const s = tijdlijn(vs)
        const loop = bestaansperiodes(s)
        for (const d of alleDagen) expect(gedekt(loop, d)).toBe(segmentOp(s, d) !== undefined)
      }),
    )
  })
})
