import { describe, expect, it } from 'vitest'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import {
  addDuoMedewerker,
  findByEherkenning,
  findDuoMedewerker,
  findOrCreateByEherkenning,
} from './people'

describe.each(dialectsUnderTest)('people (%s)', (dialect) => {
  const t = useTestDb(dialect)

  it('creates a person on the first eHerkenning login and finds it again on the next', async () => {
    const login = {
      kvk: '30111111',
      actingSubjectId: 'EH-ANNA',
      intermediairKvk: null,
      naam: 'Anna',
    }
    const first = await findOrCreateByEherkenning(t.db, login, new Date('2022-01-10T09:00:00Z'))
    expect(first.isNew).toBe(true)
    expect(first.persoon.naam).toBe('Anna')
    const second = await findOrCreateByEherkenning(
      t.db,
      { ...login, naam: 'Andere naam' },
      new Date('2022-01-11T09:00:00Z'),
    )
    expect(second).toEqual({ persoon: first.persoon, isNew: false })
    const row = await t.db
      .selectFrom('eherkenning_identiteit')
      .selectAll()
      .where('acting_subject_id', '=', 'EH-ANNA')
      .executeTakeFirstOrThrow()
    expect(row.first_seen_at).toBe('2022-01-10T09:00:00.000Z')
    expect(row.last_seen_at).toBe('2022-01-11T09:00:00.000Z')
  })

  it('keys on the (KvK, pseudonym) pair: same pseudonym for another KvK is another person', async () => {
    const a = await findOrCreateByEherkenning(t.db, {
      kvk: '30222222',
      actingSubjectId: 'EH-BOB',
      naam: 'Bob',
    })
    const b = await findOrCreateByEherkenning(t.db, {
      kvk: '30333333',
      actingSubjectId: 'EH-BOB',
      naam: 'Bob',
    })
    expect(a.persoon.id).not.toBe(b.persoon.id)
  })

  it('a ketenmachtiging keeps the same person and records the intermediary', async () => {
    const direct = await findOrCreateByEherkenning(t.db, {
      kvk: '30444444',
      actingSubjectId: 'EH-CEES',
      naam: 'Cees',
    })
    const via = await findOrCreateByEherkenning(t.db, {
      kvk: '30444444',
      actingSubjectId: 'EH-CEES',
      intermediairKvk: '30999999',
      naam: 'Cees',
    })
    expect(via.persoon.id).toBe(direct.persoon.id)
    const row = await t.db
      .selectFrom('eherkenning_identiteit')
      .select('intermediair_kvk')
      .where('acting_subject_id', '=', 'EH-CEES')
      .executeTakeFirstOrThrow()
    expect(row.intermediair_kvk).toBe('30999999')
  })

  it('simultaneous first logins of one pair end up as one person', async () => {
    const login = { kvk: '30555555', actingSubjectId: 'EH-RACE', naam: 'Race' }
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => findOrCreateByEherkenning(t.db, login)),
    )
    expect(new Set(results.map((r) => r.persoon.id)).size).toBe(1)
    expect(results.filter((r) => r.isNew)).toHaveLength(1)
    const persons = await t.db
      .selectFrom('persoon')
      .select('id')
      .where('naam', '=', 'Race')
      .execute()
    expect(persons).toHaveLength(1)
  })

  it('findByEherkenning does not create', async () => {
    expect(await findByEherkenning(t.db, '30666666', 'EH-NIEMAND')).toBeNull()
  })

  it('finds DUO staff by subject', async () => {
    const m = await addDuoMedewerker(t.db, {
      subject: 'sub-1',
      rol: 'duo-helpdeskmedewerker',
      naam: 'Vera',
    })
    expect(await findDuoMedewerker(t.db, 'sub-1')).toEqual(m)
    expect(m.persoon.naam).toBe('Vera')
    expect(await findDuoMedewerker(t.db, 'sub-2')).toBeNull()
  })
})
