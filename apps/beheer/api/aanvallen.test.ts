/** Every route of beheer under the same attacks: oversized and malformed bodies, unknown and foreign ids. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, probeerAanvallen } from '@duo/server-kit/testing'
import { B, beheerTestApp, type BeheerTestApp } from './test-support'

describe.each(dialectsUnderTest)('beheer under attack (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it("holds for bestuur A's beheerder on bestuur B's grants, and for the servicedesk", async () => {
    const grantVanB = (await t.platformOf('beheer').rollen.vanBestuur(B))[0]!.id
    expect(
      await probeerAanvallen(t, {
        sectie: 'beheer',
        als: 'beheerder-po',
        vreemdeIds: { id: grantVanB },
      }),
    ).toEqual([])
    expect(await probeerAanvallen(t, { sectie: 'beheer', als: 'servicedesk' })).toEqual([])
  })
})
