/** Every route of the helpdesk under the same attacks: oversized and malformed bodies, unknown and foreign ids. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoId, dialectsUnderTest, probeerAanvallen } from '@duo/server-kit/testing'
import { B_DOCUMENT, helpdeskTestApp, type HelpdeskTestApp } from './test-support'

describe.each(dialectsUnderTest)('the helpdesk under attack (%s)', (dialect) => {
  let t: HelpdeskTestApp
  beforeAll(async () => {
    t = await helpdeskTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('holds for a person of bestuur A on bestuur B’s meldingen', async () => {
    const problemen = await probeerAanvallen(t, {
      sectie: 'helpdesk',
      als: 'beheerder-po',
      vreemdeIds: { id: demoId('helpdesk:melding:b-1') },
    })
    expect(problemen).toEqual([])
  })

  it('holds for a person of bestuur A on bestuur B’s documents, and for helpdesk staff', async () => {
    expect(
      await probeerAanvallen(t, {
        sectie: 'helpdesk',
        als: 'helpdesk',
        vreemdeIds: { id: B_DOCUMENT },
      }),
    ).toEqual([])
    expect(await probeerAanvallen(t, { sectie: 'helpdesk', als: 'helpdeskmedewerker' })).toEqual([])
  })
})
