import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql, type Kysely } from 'kysely'
import { createTestDb, dialectsUnderTest } from '../platform/db/test-db'
import type { DbHandle } from '../platform/db/create-db'
import { compacteerZoekindexen, zoekIndex, zoekWoorden } from './zoek'
import { pagineer } from './lijst'

const notitieZoek = zoekIndex({ tabel: 'test_notitie', kolommen: ['titel', 'referentie'] })

interface Notitie {
  id: string
  titel: string
  referentie: string | null
  datum: string
}

describe('zoekWoorden', () => {
  it('keeps letters and digits, joins the parts of a referentie, drops FTS syntax', () => {
    expect(zoekWoorden('  Storing  bij INLOGGEN ')).toEqual(['storing', 'bij', 'inloggen'])
    expect(zoekWoorden('HD-2022-4F7A2C')).toEqual(['hd', '2022', '4f7a2c'])
    expect(zoekWoorden('"a" OR b* NEAR(c)')).toEqual(['a', 'or', 'b', 'near', 'c'])
    expect(zoekWoorden('%_\\')).toEqual([])
  })
})

describe.each(dialectsUnderTest)('full-text search (%s)', (dialect) => {
  let h: DbHandle
  let db: Kysely<{ test_notitie: Notitie }>
  const zoek = async (tekst: string) => {
    const { q } = await notitieZoek.van(db, 'n', tekst)
    const rijen = await q.select(['n.id']).orderBy('n.id').execute()
    return rijen.map((r) => r.id)
  }

  beforeAll(async () => {
    h = await createTestDb(dialect)
    db = h.db as unknown as Kysely<{ test_notitie: Notitie }>
    await db.schema
      .createTable('test_notitie')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('titel', 'text', (c) => c.notNull())
      .addColumn('referentie', 'text')
      .addColumn('datum', 'text', (c) => c.notNull())
      .execute()
    await db
      .insertInto('test_notitie')
      .values([
        {
          id: 'a',
          titel: 'Storing bij het inloggen',
          referentie: 'HD-2022-4F7A2C',
          datum: '2022-01-01',
        },
        { id: 'b', titel: 'Vraag over de bekostiging', referentie: null, datum: '2022-01-02' },
        { id: 'c', titel: 'Café in de école', referentie: 'HD-2022-00AB11', datum: '2022-01-03' },
      ])
      .execute()
    // Made after the first rows: the index is filled from what the table already holds.
    await notitieZoek.maak(db)
  }, 60_000)
  afterAll(() => h.close())

  it('finds every word in any column, whole words, case and accents folded', async () => {
    expect(await zoek('storing')).toEqual(['a'])
    expect(await zoek('INLOGGEN storing')).toEqual(['a'])
    expect(await zoek('storing bekostiging')).toEqual([])
    expect(await zoek('ecole cafe')).toEqual(['c'])
    expect(await zoek('stor')).toEqual([])
  })

  it('finds a referentie whole and by its parts', async () => {
    expect(await zoek('HD-2022-4F7A2C')).toEqual(['a'])
    expect(await zoek('4f7a2c')).toEqual(['a'])
    expect(await zoek('hd 2022')).toEqual(['a', 'c'])
    expect(await zoek('HD-2022')).toEqual(['a', 'c'])
    expect(await zoek('hd20224f7a2c')).toEqual(['a'])
  })

  it('treats search syntax as words, and an empty search as every row', async () => {
    expect(await zoek('"storing" OR bekostiging*')).toEqual([])
    expect(await zoek('NEAR(storing')).toEqual([])
    expect(await zoek('  %  ')).toEqual(['a', 'b', 'c'])
  })

  it('follows inserts, updates and deletes', async () => {
    await db
      .insertInto('test_notitie')
      .values({ id: 'd', titel: 'Nieuwe storing', referentie: null, datum: '2022-01-04' })
      .execute()
    expect(await zoek('storing')).toEqual(['a', 'd'])
    await db.updateTable('test_notitie').set({ titel: 'Opgelost' }).where('id', '=', 'd').execute()
    expect(await zoek('storing')).toEqual(['a'])
    expect(await zoek('opgelost')).toEqual(['d'])
    await db.deleteFrom('test_notitie').where('id', '=', 'd').execute()
    expect(await zoek('opgelost')).toEqual([])
  })

  it('pages a search with many matches by keyset, the same rows as without the index', async () => {
    const veel = Array.from({ length: 1_200 }, (_, i) => ({
      id: `m${String(i).padStart(5, '0')}`,
      titel: i % 2 ? 'Melding over rooster' : 'Melding over rooster en storing',
      referentie: null,
      datum: `2023-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    }))
    for (let i = 0; i < veel.length; i += 200)
      await db
        .insertInto('test_notitie')
        .values(veel.slice(i, i + 200))
        .execute()
    // PostgreSQL decides from the column's statistics once it has them, else by counting.
    if (dialect === 'postgres') await sql`ANALYZE test_notitie`.execute(db)
    const { q, telbaar } = await notitieZoek.van(db, 'n', 'rooster')
    expect(telbaar).toBe(false)
    const zeldzaam = await notitieZoek.van(db, 'n', 'storing inloggen')
    expect(zeldzaam.telbaar).toBe(true)
    expect((await zeldzaam.q.select('n.id').execute()).map((r) => r.id)).toEqual(['a'])
    const volgorde = [
      { kolom: 'n.datum', richting: 'desc' as const },
      { kolom: 'n.id', richting: 'desc' as const },
    ]
    const eerste = await pagineer(q.selectAll('n'), volgorde, { aantal: 50 })
    expect(eerste.rijen.map((r) => r.id)).toEqual(
      veel
        .slice(-50)
        .reverse()
        .map((r) => r.id),
    )
    const tweede = await pagineer(q.selectAll('n'), volgorde, { aantal: 50, na: eerste.volgende! })
    expect(tweede.rijen[0]!.id).toBe(veel[veel.length - 51]!.id)
    // Both words: only the even rows.
    const beide = await notitieZoek.van(db, 'n', 'rooster storing')
    const rijen = await pagineer(beide.q.selectAll('n'), volgorde, { aantal: 10 })
    expect(rijen.rijen.map((r) => r.id)).toEqual(
      veel
        .filter((_, i) => i % 2 === 0)
        .slice(-10)
        .reverse()
        .map((r) => r.id),
    )
  })

  it('keeps the index compact: merges its segments, finds the same rows, then has nothing to do', async () => {
    // Many small transactions: on SQLite each one leaves a segment of its own.
    for (let i = 0; i < 40; i++)
      await db
        .insertInto('test_notitie')
        .values({
          id: `s${String(i).padStart(3, '0')}`,
          titel: `Segment ${i} storing`,
          referentie: `SG-2024-${String(i).padStart(4, '0')}`,
          datum: '2024-01-01',
        })
        .execute()
    const voor = [await zoek('storing'), await zoek('SG-2024-0007'), await zoek('rooster storing')]
    const stappen = await compacteerZoekindexen(db, 1_000)
    if (dialect === 'sqlite') {
      expect(stappen).toBeGreaterThan(0)
      await sql`insert into test_notitie_zoek(test_notitie_zoek) values ('integrity-check')`.execute(
        db,
      )
    } else expect(stappen).toBe(0)
    expect([
      await zoek('storing'),
      await zoek('SG-2024-0007'),
      await zoek('rooster storing'),
    ]).toEqual(voor)
    expect(voor[1]).toEqual(['s007'])
    expect(await compacteerZoekindexen(db, 1_000)).toBe(0)
  })
})
