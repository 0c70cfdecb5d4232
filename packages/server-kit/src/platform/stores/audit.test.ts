import { describe, expect, it } from 'vitest'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import * as audit from './audit'
import { appendAudit, listAudit } from './audit'

describe.each(dialectsUnderTest)('audit (%s)', (dialect) => {
  const t = useTestDb(dialect)

  it('has no way to change or remove entries', () => {
    expect(Object.keys(audit).sort()).toEqual(['appendAudit', 'listAudit'])
  })

  it('appends with increasing seq and lists newest first', async () => {
    const b = '90001'
    const e1 = await appendAudit(
      t.db,
      { actie: 'login', actorOmschrijving: 'A', bestuursnummer: b },
      new Date('2022-01-01T10:00:00Z'),
    )
    const e2 = await appendAudit(
      t.db,
      {
        actie: 'rol.toegekend',
        actorOmschrijving: 'A',
        bestuursnummer: b,
        details: { rol: 'osr-toegang' },
      },
      new Date('2022-01-01T10:00:00Z'),
    )
    expect(e2.seq).toBeGreaterThan(e1.seq)
    const { entries } = await listAudit(t.db, { bestuursnummer: b })
    expect(entries.map((e) => e.id)).toEqual([e2.id, e1.id])
    expect(entries[0]).toMatchObject({
      actie: 'rol.toegekend',
      details: { rol: 'osr-toegang' },
      at: '2022-01-01T10:00:00.000Z',
    })
  })

  it('filters on bestuur, actie and time (from inclusive, to exclusive)', async () => {
    const b = '90002'
    const at = (h: number) => new Date(Date.UTC(2022, 1, 1, h))
    await appendAudit(t.db, { actie: 'login', actorOmschrijving: 'A', bestuursnummer: b }, at(8))
    await appendAudit(
      t.db,
      { actie: 'rol.toegekend', actorOmschrijving: 'A', bestuursnummer: b },
      at(9),
    )
    await appendAudit(
      t.db,
      { actie: 'rol.ingetrokken', actorOmschrijving: 'A', bestuursnummer: b },
      at(10),
    )
    await appendAudit(
      t.db,
      { actie: 'rol.toegekend', actorOmschrijving: 'A', bestuursnummer: '90003' },
      at(9),
    )

    const acties = async (f: audit.AuditFilter) =>
      (await listAudit(t.db, f)).entries.map((e) => e.actie)
    expect(await acties({ bestuursnummer: b, actie: 'rol.toegekend' })).toEqual(['rol.toegekend'])
    expect(await acties({ bestuursnummer: b, from: at(9), to: at(10) })).toEqual(['rol.toegekend'])
    expect(await acties({ bestuursnummer: b, from: at(9) })).toEqual([
      'rol.ingetrokken',
      'rol.toegekend',
    ])
    expect(await acties({ actie: 'rol.toegekend', from: at(9), to: at(10) })).toEqual([
      'rol.toegekend',
      'rol.toegekend',
    ])
    // Any of several actions (an action and its old names).
    expect(await acties({ bestuursnummer: b, actie: ['rol.ingetrokken', 'login'] })).toEqual([
      'rol.ingetrokken',
      'login',
    ])
    expect(await acties({ bestuursnummer: b, actie: [] })).toEqual([])
    // Everything but logins.
    expect(await acties({ bestuursnummer: b, nietActie: ['login'] })).toEqual([
      'rol.ingetrokken',
      'rol.toegekend',
    ])
  })

  it('pages with a cursor', async () => {
    const b = '90004'
    const ids: string[] = []
    for (let i = 0; i < 5; i++)
      ids.push(
        (await appendAudit(t.db, { actie: 'login', actorOmschrijving: `#${i}`, bestuursnummer: b }))
          .id,
      )
    const p1 = await listAudit(t.db, { bestuursnummer: b, limit: 2 })
    const p2 = await listAudit(t.db, { bestuursnummer: b, limit: 2, cursor: p1.nextCursor })
    const p3 = await listAudit(t.db, { bestuursnummer: b, limit: 2, cursor: p2.nextCursor })
    expect([...p1.entries, ...p2.entries, ...p3.entries].map((e) => e.id)).toEqual(ids.reverse())
    expect(p3.nextCursor).toBeNull()
  })

  it('keeps actor, subject and session reference', async () => {
    const e = await appendAudit(t.db, {
      actie: 'account.gekoppeld',
      actorPersoonId: 'p1',
      actorOmschrijving: 'Jan de Vries',
      sessieRef: 'abcdef0123456789',
      onderwerpPersoonId: 'p1',
      bestuursnummer: '90005',
    })
    const { entries } = await listAudit(t.db, { onderwerpPersoonId: 'p1' })
    expect(entries).toEqual([e])
  })
})
