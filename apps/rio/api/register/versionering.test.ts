/**
 * Property test (fast-check) of the versioning in the database, through the API: after any
 * sequence of changes (accepted or refused), the state on every date that the production query
 * gives equals replaying the stored changes up to that date; the stored timeline never
 * overlaps; and every version of every accepted change is kept, refused ones add nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { plusDagen } from '../domein/datum'
import type { Mutatie } from '../domein/mutaties'
import { naspelen, tijdlijn } from '../domein/tijdlijn'
import type { RioDb } from '../tables'
import { A, metRollen, rioTestApp, wijzig, type RioTestApp } from '../test-support'
import { standOp } from './store'

const START = '2025-03-01'
const DAGEN = 50
const dag = (n: number) => plusDagen(START, n)
const alleDagen = Array.from({ length: 2 * DAGEN + 2 }, (_, i) => dag(i - 1))

const adres = (n: number) => ({
  postcode: '3701AB',
  huisnummer: n,
  straatnaam: 'Proefstraat',
  plaatsnaam: 'Zeist',
})

/** One change: a few mutaties on the run's three locaties (by sleutel while still new). */
const stap = fc.array(
  fc.record({
    wie: fc.integer({ min: 0, max: 2 }),
    wat: fc.constantFrom('registreer', 'wijzig', 'wijzig', 'beeindig'),
    begin: fc.integer({ min: 0, max: DAGEN }),
    lengte: fc.option(fc.integer({ min: 1, max: DAGEN }), { nil: null }),
    huisnummer: fc.integer({ min: 1, max: 999 }),
  }),
  { minLength: 1, maxLength: 3 },
)

describe.each(dialectsUnderTest)('RIO: versioning in the database (%s)', (dialect) => {
  let t: RioTestApp
  let db: RioDb
  beforeAll(async () => {
    t = await rioTestApp(dialect)
    db = t.platformOf('rio').db as unknown as RioDb
    await metRollen(t, 'nieuw', [['rio-beheren-onderwijslocatiegebruik', A.code]])
  }, 60_000)
  afterAll(() => t.close())

  it('keeps the state on every date equal to replaying the stored changes, with nothing lost', async () => {
    let run = 0
    const aanvaard = { registreer: 0, wijzig: 0, beeindig: 0 }
    await fc.assert(
      fc.asyncProperty(fc.array(stap, { minLength: 1, maxLength: 8 }), async (stappen) => {
        run++
        const codes: Array<string | undefined> = [undefined, undefined, undefined]
        let verwacht = 0
        for (const s of stappen) {
          const mutaties: Mutatie[] = s.flatMap((m): Mutatie[] => {
            const code = codes[m.wie]
            const einddatum = m.lengte === null ? null : dag(m.begin + m.lengte)
            if (!code)
              return m.wat === 'registreer'
                ? [
                    {
                      actie: 'registreer',
                      soort: 'onderwijslocatie',
                      sleutel: `nieuw-r${run}-${m.wie}`,
                      begindatum: dag(m.begin),
                      einddatum,
                      gegevens: adres(m.huisnummer),
                    },
                  ]
                : []
            if (m.wat === 'beeindig')
              return [{ actie: 'beeindig', code, einddatum: dag(m.begin + (m.lengte ?? 1)) }]
            return [
              {
                actie: 'wijzig',
                code,
                begindatum: dag(m.begin),
                einddatum,
                gegevens: adres(m.huisnummer),
              },
            ]
          })
          if (!mutaties.length) continue
          const res = await wijzig(t, 'nieuw', { mutaties })
          expect([201, 400]).toContain(res.status)
          const body = await res.json()
          if (res.status === 201) {
            for (const m of mutaties) aanvaard[m.actie]++
            verwacht += body.wijziging.versies
            for (const c of body.wijziging.codes)
              codes[Number(c.sleutel.split('-').at(-1))] = c.code
          } else expect(['wijziging-geweigerd', 'ongeldige-invoer']).toContain(body.code)
        }
        const eigen = codes.filter((c): c is string => !!c)
        if (!eigen.length) return
        const objecten = await db
          .selectFrom('rio_object')
          .select(['id', 'code'])
          .where('code', 'in', eigen)
          .execute()
        const ids = objecten.map((o) => o.id)
        const rijen = await db
          .selectFrom('rio_versie')
          .selectAll()
          .where('object_id', 'in', ids)
          .execute()
        // Nothing lost, nothing extra: exactly the versions of the accepted changes.
        expect(rijen.length).toBe(verwacht)
        const versies = rijen.map((r) => ({ ...r, bestaat: r.bestaat === 1 }))
        const opgeslagen = await db
          .selectFrom('rio_tijdlijn')
          .selectAll()
          .where('object_id', 'in', ids)
          .orderBy('begindatum')
          .execute()
        for (const o of objecten) {
          const eigenVersies = versies.filter((v) => v.object_id === o.id)
          const segmenten = opgeslagen.filter((s) => s.object_id === o.id)
          // The stored timeline is the one the versions give, and never overlaps.
          expect(segmenten.map((s) => [s.begindatum, s.einddatum, s.versie_id])).toEqual(
            tijdlijn(eigenVersies).map((s) => [s.begindatum, s.einddatum, s.versie.id]),
          )
          for (let i = 1; i < segmenten.length; i++)
            expect(segmenten[i - 1]!.einddatum! <= segmenten[i]!.begindatum).toBe(true)
        }
        for (const d of alleDagen) {
          const stand = (await standOp(db, A.bestuursnummer, d, 'onderwijslocatie')).filter((s) =>
            ids.includes(s.id),
          )
          for (const o of objecten) {
            const gespeeld = naspelen(
              versies.filter((v) => v.object_id === o.id),
              d,
            )
            expect(stand.find((s) => s.id === o.id)?.versieId, `${o.code} op ${d}`).toBe(
              gespeeld?.id,
            )
          }
        }
      }),
      {
        numRuns: 30,
        // Besides the random runs, one that is accepted at every step, so each kind of change is
        // exercised in every run of the suite (random ones alone sometimes end none).
        examples: [
          [
            [
              [{ wie: 0, wat: 'registreer', begin: 0, lengte: null, huisnummer: 1 }],
              [{ wie: 0, wat: 'wijzig', begin: 5, lengte: null, huisnummer: 2 }],
              [{ wie: 0, wat: 'beeindig', begin: 20, lengte: 5, huisnummer: 3 }],
            ],
          ],
        ],
      },
    )
    // The runs exercised every kind of change, not only refusals.
    expect(
      Object.values(aanvaard).every((n) => n > 0),
      JSON.stringify(aanvaard),
    ).toBe(true)
  }, 120_000)
})
