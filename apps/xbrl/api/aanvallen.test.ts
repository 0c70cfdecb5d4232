import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, probeerAanvallen } from '@duo/server-kit/testing'
import {
  B_INGEDIEND,
  verantwoordingB,
  xbrlTestApp,
  type XbrlTestApp,
  A_CONCEPT,
} from './test-support'

describe.each(dialectsUnderTest)('every XBRL route under attack (%s)', (dialect) => {
  let t: XbrlTestApp
  beforeAll(async () => {
    t = await xbrlTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('holds against oversized and broken bodies, unknown ids and another bestuur’s ids', async () => {
    expect(
      await probeerAanvallen(t, {
        sectie: 'xbrl',
        als: 'verantwoording',
        vreemdeIds: { id: B_INGEDIEND },
      }),
    ).toEqual([])
    // And the other way round: bestuur B on De Linde's concept.
    const b = await verantwoordingB(t)
    expect(
      await probeerAanvallen(t, { sectie: 'xbrl', als: b, vreemdeIds: { id: A_CONCEPT } }),
    ).toEqual([])
    expect(
      await probeerAanvallen(t, {
        sectie: 'xbrl',
        als: 'xbrl-behandelaar',
        vreemdeIds: { id: A_CONCEPT },
      }),
    ).toEqual([])
  })
})
