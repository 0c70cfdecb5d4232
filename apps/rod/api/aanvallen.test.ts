/** Every route of ROD under the same attacks: oversized and malformed bodies, unknown and foreign ids. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, probeerAanvallen } from '@duo/server-kit/testing'
import { bestuurBMetRodRollen, rodDb, rodTestApp, type RodTestApp } from './test-support'

describe.each(dialectsUnderTest)('ROD under attack (%s)', (dialect) => {
  let t: RodTestApp
  let vreemd: Record<string, string>
  beforeAll(async () => {
    t = await rodTestApp(dialect)
    await bestuurBMetRodRollen(t)
    // Objects of bestuur B: a pupil of 56EF, a verzoek of 56EF, and a file of bestuur B.
    const pupil = await rodDb(t)
      .selectFrom('rod_inschrijving')
      .select('leerling_id')
      .where('instellingscode', '=', '56EF')
      .executeTakeFirstOrThrow()
    const verzoek = await rodDb(t)
      .selectFrom('rod_mutatieverzoek')
      .select('id')
      .where('bestuursnummer', '=', '40567')
      .executeTakeFirstOrThrow()
    vreemd = { leerlingId: pupil.leerling_id, id: verzoek.id, instellingscode: '56EF' }
  }, 90_000)
  afterAll(() => t.close())

  it('holds for every ROD role of bestuur A on bestuur B’s pupils, verzoeken and school', async () => {
    for (const als of ['schooladmin-34cd', 'schoolleiding-12ab', 'bestuur-rod'])
      expect(await probeerAanvallen(t, { sectie: 'rod', als, vreemdeIds: vreemd }), als).toEqual([])
  })

  it('holds for DUO staff and for a person of bestuur B', async () => {
    expect(await probeerAanvallen(t, { sectie: 'rod', als: 'rod-behandelaar' })).toEqual([])
    expect(await probeerAanvallen(t, { sectie: 'rod', als: 'bekostiging-b' })).toEqual([])
  })
})
