import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { STATUSSEN } from '../tables'
import { xbrlTestApp, type XbrlTestApp } from '../test-support'
import { seedXbrlDemo } from '.'

describe.each(dialectsUnderTest)('the XBRL demo data (%s)', (dialect) => {
  let t: XbrlTestApp
  beforeAll(async () => {
    t = await xbrlTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  const rijen = async () =>
    (await t
      .platformOf('xbrl')
      .db.selectFrom('xbrl_aanlevering' as never)
      .select(['id' as never, 'status' as never])
      .execute()) as Array<{ id: string; status: string }>

  it('covers every status, for both besturen', async () => {
    const statussen = new Set((await rijen()).map((r) => r.status))
    for (const s of STATUSSEN.filter((x) => x !== 'gevalideerd' && x !== 'in-behandeling'))
      expect(statussen).toContain(s)
  })

  it('is idempotent: a second run adds nothing', async () => {
    const voor = await rijen()
    await seedXbrlDemo(t.platformOf('xbrl') as never)
    expect(await rijen()).toEqual(voor)
  })

  it('follows the clock: after the term, the open year is shown as submitted and accepted', async () => {
    const laat = await xbrlTestApp(dialect, '2022-11-20T10:00:00+01:00')
    try {
      const body = await (
        await laat.request('GET', '/api/xbrl/jaarverantwoordingen', { as: 'verantwoording' })
      ).json()
      const j2021 = body.verslagjaren.find((v: { verslagjaar: number }) => v.verslagjaar === 2021)
      expect(j2021).toMatchObject({ open: false, laatste: { status: 'geaccepteerd' } })
      expect(body.verslagjaren[0]).toMatchObject({ verslagjaar: 2022, open: true, laatste: null })
    } finally {
      await laat.close()
    }
  })
})
