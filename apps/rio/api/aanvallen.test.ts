/** The platform's attacks on every route of RIO: oversized and broken bodies, unknown and foreign ids. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, probeerAanvallen } from '@duo/server-kit/testing'
import { A, B, RIO_ROLLEN, metRollen, rioTestApp, tel, type RioTestApp } from './test-support'

describe.each(dialectsUnderTest)('RIO under attack (%s)', (dialect) => {
  let t: RioTestApp
  beforeAll(async () => {
    t = await rioTestApp(dialect)
    await metRollen(
      t,
      'nieuw',
      RIO_ROLLEN.map((r) => [r, A.code] as const),
    )
  }, 60_000)
  afterAll(() => t.close())

  it('holds on every route, and bestuur B’s codes answer like unknown ones', async () => {
    const voor = await tel(t)
    const problemen = await probeerAanvallen(t, {
      sectie: 'rio',
      als: 'nieuw',
      vreemdeIds: { code: B.vlinder, referentie: 'RIO-40567-000001' },
    })
    expect(problemen).toEqual([])
    expect(await tel(t)).toEqual(voor)
  })
})
