import { describe, expect, it } from 'vitest'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import { getBestuur, getBestuurByKvk, listBesturen } from './organisations'
import { makeBestuur } from './test-fixtures'

describe.each(dialectsUnderTest)('organisations (%s)', (dialect) => {
  const t = useTestDb(dialect)

  it('returns the bestuur tree with schools and vestigingscodes, sorted', async () => {
    const b = await makeBestuur(t.db, { osr: true })
    await t.db
      .insertInto('school')
      .values([
        {
          instellingscode: '34CD',
          bestuursnummer: b.bestuursnummer,
          naam: 'Kompas',
          onderwijsaanbiedercode: '101A002',
        },
        {
          instellingscode: '12AB',
          bestuursnummer: b.bestuursnummer,
          naam: 'Regenboog',
          onderwijsaanbiedercode: '101A001',
        },
      ])
      .execute()
    await t.db
      .insertInto('vestiging')
      .values([
        { vestigingscode: '34CD01', instellingscode: '34CD', naam: 'K2', plaats: 'Bunnik' },
        { vestigingscode: '34CD00', instellingscode: '34CD', naam: 'K1', plaats: 'Zeist' },
        { vestigingscode: '12AB00', instellingscode: '12AB', naam: 'R', plaats: 'Zeist' },
      ])
      .execute()

    const tree = await getBestuur(t.db, b.bestuursnummer)
    expect(tree).toEqual({
      bestuursnummer: b.bestuursnummer,
      kvk: b.kvk,
      onderwijsbestuurcode: b.onderwijsbestuurcode,
      naam: `Bestuur ${b.bestuursnummer}`,
      osrOvereenkomstGetekend: true,
      scholen: [
        {
          instellingscode: '12AB',
          naam: 'Regenboog',
          vestigingscodes: ['12AB00'],
          onderwijsaanbiedercode: '101A001',
        },
        {
          instellingscode: '34CD',
          naam: 'Kompas',
          vestigingscodes: ['34CD00', '34CD01'],
          onderwijsaanbiedercode: '101A002',
        },
      ],
    })
    expect(await getBestuurByKvk(t.db, b.kvk)).toEqual(tree)
  })

  it('gives a bestuur without schools an empty list and false OSR flag', async () => {
    const b = await makeBestuur(t.db)
    const tree = await getBestuur(t.db, b.bestuursnummer)
    expect(tree?.scholen).toEqual([])
    expect(tree?.osrOvereenkomstGetekend).toBe(false)
  })

  it('returns null for unknown besturen and lists the known ones', async () => {
    expect(await getBestuur(t.db, '00000')).toBeNull()
    expect(await getBestuurByKvk(t.db, '00000000')).toBeNull()
    expect((await listBesturen(t.db)).length).toBeGreaterThanOrEqual(2)
  })
})
