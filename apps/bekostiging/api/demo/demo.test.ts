import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { bekostigingTestApp, stand, type BekostigingTestApp } from '../test-support'
import { AANVRAAG_STATUSSEN } from '../tables'

describe.each(dialectsUnderTest)('bekostiging demo data (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('covers every state of an aanvraag for bestuur A, and is idempotent', async () => {
    const { db } = t.platformOf('bekostiging') as unknown as {
      db: import('../tables').BekostigingDb
    }
    const statussen = await db
      .selectFrom('bekostiging_aanvraag')
      .select('status')
      .distinct()
      .where('bestuursnummer', '=', '41234')
      .execute()
    expect(statussen.map((s) => s.status).sort()).toEqual([...AANVRAAG_STATUSSEN].sort())
    const voor = await stand(t)
    await t.composed.seedDemo()
    expect(await stand(t)).toEqual(voor)
  })

  it('is valid at any clock: a fresh portal in another year has the same shape', async () => {
    const later = await bekostigingTestApp(dialect, '2026-11-28T10:00:00+01:00')
    const ovt = await (
      await later.request('GET', '/api/bekostiging/vaststelling', { as: 'medewerker-bekostiging' })
    ).json()
    expect(ovt.overzichten).toHaveLength(5)
    expect(ovt.overzichten.map((o: { bezwaarOpen: boolean }) => o.bezwaarOpen)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ])
    const zaken = await (
      await later.request('GET', '/api/bekostiging/zaakdossier', { as: 'raadpleger' })
    ).json()
    expect(zaken.totaal).toBe(12)
    await later.close()
  })
})
