/**
 * Every route of the OSR under the same attacks: oversized and malformed bodies, unknown ids, and
 * another bestuur's mandaat and school (answered exactly as unknown ones).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, probeerAanvallen } from '@duo/server-kit/testing'
import { osrTestApp, systeem, type OsrTestApp } from './test-support'

describe.each(dialectsUnderTest)('the OSR under attack (%s)', (dialect) => {
  let t: OsrTestApp
  const mandaatVanB = '0b0b0b0b-0000-4000-8000-00000000000b'
  beforeAll(async () => {
    t = await osrTestApp(dialect)
    // Bestuur B has no overeenkomst and so no mandaten: one written straight into the table.
    await t.osrDb
      .insertInto('osr_mandaat')
      .values({
        id: mandaatVanB,
        bestuursnummer: '40567',
        instellingscode: '56EF',
        dienst: 'rod-po',
        systeem_id: systeem('leerlingplan'),
        startdatum: '2022-01-01',
        einddatum: null,
        ingetrokken_op: null,
        gegeven_op: '2021-12-01T09:00:00.000Z',
        gegeven_door_persoon_id: null,
        gegeven_door_naam: 'Iemand van Het Anker',
        gekopieerd_van: null,
      })
      .execute()
  }, 60_000)
  afterAll(() => t.close())

  it('holds for OSR-toegang of bestuur A on bestuur B’s mandaat and school', async () => {
    expect(
      await probeerAanvallen(t, {
        sectie: 'osr',
        als: 'osr',
        vreemdeIds: { id: mandaatVanB, instellingscode: '56EF' },
      }),
    ).toEqual([])
  })

  it('holds for Kennisnet’s staff and for bestuur B’s beheerder po', async () => {
    expect(await probeerAanvallen(t, { sectie: 'osr', als: 'osr-beheerder' })).toEqual([])
    expect(await probeerAanvallen(t, { sectie: 'osr', als: 'beheerder-po-b' })).toEqual([])
  })
})
