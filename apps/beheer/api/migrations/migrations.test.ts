import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { createTestDb, dialectsUnderTest } from '@duo/server-kit/testing'
import * as m0001 from './0001_beheer_tables'
import * as m0002 from './0002_rolbericht_gezien'

describe.each(dialectsUnderTest)('beheer migrations (%s)', (dialect) => {
  let handle: Awaited<ReturnType<typeof createTestDb>>
  beforeAll(async () => {
    handle = await createTestDb(dialect, { migrate: false })
  })
  afterAll(() => handle.close())

  it('renames the table of dismissed role notices and keeps its rows and key', async () => {
    const db = handle.db as unknown as Kysely<Record<string, Record<string, unknown>>>
    await m0001.up(db)
    await db
      .insertInto('beheer_melding_gezien')
      .values({
        persoon_id: 'p-1',
        rol: 'medewerker-bestuur-rod',
        gezien_op: '2022-02-01T09:00:00.000Z',
      })
      .execute()
    await m0002.up(db)
    expect(await db.selectFrom('beheer_rolbericht_gezien').selectAll().execute()).toEqual([
      { persoon_id: 'p-1', rol: 'medewerker-bestuur-rod', gezien_op: '2022-02-01T09:00:00.000Z' },
    ])
    await expect(
      db
        .insertInto('beheer_rolbericht_gezien')
        .values({ persoon_id: 'p-1', rol: 'medewerker-bestuur-rod', gezien_op: 'x' })
        .execute(),
    ).rejects.toThrow()
    await expect(db.selectFrom('beheer_melding_gezien').selectAll().execute()).rejects.toThrow()
    await m0002.down(db)
    expect(await db.selectFrom('beheer_melding_gezien').selectAll().execute()).toHaveLength(1)
  })
})
