import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import type { Kysely } from 'kysely'
import { createTestDb, dialectsUnderTest } from '../platform/db/test-db'
import type { DbHandle } from '../platform/db/create-db'
import { BOVEN_GRENS_MS, lijstParams, pagineer, telBegrensd, type Sleutel } from './lijst'

interface Rij {
  id: string
  groep: string
  datum: string
}

describe('lijstParams', () => {
  const schema = z.object(lijstParams)
  it('caps the page size, refuses what is not a whole number', () => {
    expect(schema.parse({ aantal: '500', pagina: '2' })).toMatchObject({ aantal: 100, pagina: 2 })
    expect(schema.safeParse({ pagina: '0x10' }).success).toBe(false)
    expect(schema.safeParse({ pagina: '0' }).success).toBe(false)
    expect(schema.safeParse({ na: 'a b' }).success).toBe(false)
    expect(schema.safeParse({ zoek: 'x'.repeat(101) }).success).toBe(false)
  })
})

describe.each(dialectsUnderTest)('keyset pages and bounded counts (%s)', (dialect) => {
  let h: DbHandle
  let db: Kysely<{ test_rij: Rij }>
  // 57 rows, several on the same day: the id breaks the ties.
  const alle: Rij[] = Array.from({ length: 57 }, (_, i) => ({
    id: `r${String(i).padStart(3, '0')}`,
    groep: i % 3 === 0 ? 'a' : 'b',
    datum: `2022-01-${String(1 + Math.floor(i / 4)).padStart(2, '0')}`,
  }))
  const q = () => db.selectFrom('test_rij').selectAll()
  const nieuwsteEerst: Sleutel[] = [
    { kolom: 'datum', richting: 'desc' },
    { kolom: 'id', richting: 'desc' },
  ]
  const verwacht = [...alle].sort((x, y) =>
    x.datum === y.datum ? (x.id < y.id ? 1 : -1) : x.datum < y.datum ? 1 : -1,
  )

  beforeAll(async () => {
    h = await createTestDb(dialect)
    db = h.db as unknown as Kysely<{ test_rij: Rij }>
    await db.schema
      .createTable('test_rij')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('groep', 'text', (c) => c.notNull())
      .addColumn('datum', 'text', (c) => c.notNull())
      .execute()
    await db.insertInto('test_rij').values(alle).execute()
  }, 60_000)
  afterAll(() => h.close())

  it('walks forward by `na` and back by `voor` over exactly the rows of the order', async () => {
    const gezien: string[] = []
    const paginas = []
    let p = await pagineer(q(), nieuwsteEerst, { aantal: 10 })
    expect(p.vorige).toBeNull()
    for (;;) {
      paginas.push(p)
      gezien.push(...p.rijen.map((r) => r.id))
      if (!p.volgende) break
      p = await pagineer(q(), nieuwsteEerst, { aantal: 10, na: p.volgende })
    }
    expect(gezien).toEqual(verwacht.map((r) => r.id))
    expect(paginas).toHaveLength(6)
    // Back from the last page: the pages again, in reverse.
    const terug = await pagineer(q(), nieuwsteEerst, { aantal: 10, voor: p.vorige! })
    expect(terug.rijen).toEqual(paginas[4]!.rijen)
    expect(terug.volgende).not.toBeNull()
    // By number (an old link): the same rows as by cursor.
    const derde = await pagineer(q(), nieuwsteEerst, { aantal: 10, pagina: 3 })
    expect(derde.rijen).toEqual(paginas[2]!.rijen)
  })

  it('pages an order with mixed directions', async () => {
    const gemengd: Sleutel[] = [
      { kolom: 'groep', richting: 'asc' },
      { kolom: 'datum', richting: 'desc' },
      { kolom: 'id', richting: 'asc' },
    ]
    const eerste = await pagineer(q(), gemengd, { aantal: 25 })
    const tweede = await pagineer(q(), gemengd, { aantal: 25, na: eerste.volgende! })
    const rest = await pagineer(q(), gemengd, { aantal: 25, na: tweede.volgende! })
    const ids = [...eerste.rijen, ...tweede.rijen, ...rest.rijen].map((r) => r.id)
    const gesorteerd = [...alle]
      .sort((x, y) =>
        x.groep !== y.groep
          ? x.groep < y.groep
            ? -1
            : 1
          : x.datum !== y.datum
            ? x.datum < y.datum
              ? 1
              : -1
            : x.id < y.id
              ? -1
              : 1,
      )
      .map((r) => r.id)
    expect(ids).toEqual(gesorteerd)
    expect(rest.volgende).toBeNull()
  })

  it('refuses a cursor that is not one of this order (400 on the parameter)', async () => {
    const ander = Buffer.from(JSON.stringify(['2022-01-01'])).toString('base64url')
    for (const na of ['niet-een-cursor', ander, Buffer.from('{"a":1}').toString('base64url')])
      await expect(pagineer(q(), nieuwsteEerst, { na })).rejects.toMatchObject({ status: 400 })
  })

  it('remembers for a while that a count passed its cap, and nothing below it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const extra = Array.from({ length: 5 }, (_, i) => ({
        id: `x${i}`,
        groep: 'c',
        datum: '2023-01-01',
      }))
      await db.insertInto('test_rij').values(extra).execute()
      const groepC = () => q().where('groep', '=', 'c')
      expect(await telBegrensd(db, groepC(), 3)).toEqual({ totaal: 3, totaalBegrensd: true })
      // Below the cap every count is read afresh: the same rows, a higher cap, the exact number.
      expect(await telBegrensd(db, groepC(), 10)).toEqual({ totaal: 5, totaalBegrensd: false })
      await db.deleteFrom('test_rij').where('groep', '=', 'c').execute()
      expect(await telBegrensd(db, groepC(), 10)).toEqual({ totaal: 0, totaalBegrensd: false })
      // Past the cap, the same query (same filter, same cap) is known to be long for a while…
      expect(await telBegrensd(db, groepC(), 3)).toEqual({ totaal: 3, totaalBegrensd: true })
      // …but another filter is its own count.
      expect(await telBegrensd(db, q().where('groep', '=', 'd'), 3)).toEqual({
        totaal: 0,
        totaalBegrensd: false,
      })
      vi.setSystemTime(Date.now() + BOVEN_GRENS_MS + 1)
      expect(await telBegrensd(db, groepC(), 3)).toEqual({ totaal: 0, totaalBegrensd: false })
    } finally {
      vi.useRealTimers()
    }
  })

  it('counts no further than asked', async () => {
    expect(await telBegrensd(db, q(), 1000)).toEqual({ totaal: 57, totaalBegrensd: false })
    expect(await telBegrensd(db, q(), 20)).toEqual({ totaal: 20, totaalBegrensd: true })
    expect(await telBegrensd(db, q().where('groep', '=', 'a'), 19)).toEqual({
      totaal: 19,
      totaalBegrensd: false,
    })
  })
})
