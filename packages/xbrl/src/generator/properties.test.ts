import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { valideer } from '../node/test-support'
import { CONCEPTEN, VERPLICHT } from '../subset/definitie'
import { genereerInstance, type InstanceOpties } from './instance'

const opties = fc.record<InstanceOpties>({
  bestuursnummer: fc.stringMatching(/^[1-9]\d{4}$/),
  naamBestuur: fc.constantFrom(
    'Stichting De Linde',
    'Vereniging Het Anker & Co',
    'Stichting Ons Kompas',
  ),
  verslagjaar: fc.integer({ min: 2015, max: 2030 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
})

const valideerVoor = (o: InstanceOpties, tekst: string, stuk?: number) =>
  valideer(tekst, {
    bestuursnummer: o.bestuursnummer,
    verslagjaar: o.verslagjaar,
    ...(stuk ? { stuk } : {}),
  })

/** Facts whose value a check reads: figures in a calculation, and the document's identifiers. */
const GECONTROLEERD = new Set([
  ...CONCEPTEN.filter((c) => c.type === 'monetary').map((c) => c.naam),
  'Bestuursnummer',
  'Verslagjaar',
])

type Mutatie = 'weglaten' | 'context' | 'nil' | 'waarde'

function muteer(tekst: string, naam: string, mutatie: Mutatie, delta: number): string {
  // The first fact of the concept: for figures with an opening balance, the one of the verslagjaar.
  const feit = new RegExp(
    `( {2}<ocw-i:${naam} )(contextRef="[^"]+")([^>]*>)([^<]*)(</ocw-i:${naam}>\\n)`,
  )
  const alle = new RegExp(feit.source, 'g')
  switch (mutatie) {
    case 'weglaten':
      return tekst.replace(alle, '')
    case 'context':
      return tekst.replace(feit, '$1contextRef="ONBEKEND"$3$4$5')
    case 'nil':
      return tekst.replace(
        feit,
        '$1$2 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"$3$5',
      )
    case 'waarde':
      return tekst.replace(
        feit,
        (_m, a, ctx, b, w: string, c) =>
          `${a}${ctx}${b}${/^-?\d+$/.test(w) ? Number(w) + delta : `${w}0`}${c}`,
      )
  }
}

describe('generated instances (fast-check)', () => {
  it('always validate, whatever the bestuur, the year, the seed or how the bytes are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(opties, fc.integer({ min: 1, max: 70_000 }), async (o, stuk) => {
        const r = await valideerVoor(o, genereerInstance(o), stuk)
        expect(r.bevindingen).toEqual([])
        expect(r.valid).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('report any single mutation of a required fact', async () => {
    const mutaties = fc.constantFrom<Mutatie>('weglaten', 'context', 'nil', 'waarde')
    await fc.assert(
      fc.asyncProperty(
        opties,
        fc.constantFrom(...VERPLICHT),
        mutaties,
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.boolean(),
        async (o, naam, mutatie, delta, negatief) => {
          // A text is required to be there; only identifiers and figures have a value to check.
          fc.pre(mutatie !== 'waarde' || GECONTROLEERD.has(naam))
          const geldig = genereerInstance(o)
          const tekst = muteer(geldig, naam, mutatie, negatief ? -delta : delta)
          expect(tekst).not.toBe(geldig)
          const r = await valideerVoor(o, tekst)
          expect(r.valid).toBe(false)
          expect(r.errors).toBeGreaterThan(0)
        },
      ),
      { numRuns: 120 },
    )
  })
})
