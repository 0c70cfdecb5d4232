import { describe, expect, it } from 'vitest'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import {
  addGrant,
  getGrant,
  grantsFingerprint,
  listActiveGrants,
  listGrantsOfBestuur,
  revokeGrant,
} from './grants'
import { makeBestuur, makePersoon } from './test-fixtures'

describe.each(dialectsUnderTest)('grants (%s)', (dialect) => {
  const t = useTestDb(dialect)

  it('lists active grants in the shape @duo/authz takes', async () => {
    const b = await makeBestuur(t.db)
    const p = await makePersoon(t.db)
    const g = await addGrant(t.db, {
      persoonId: p.id,
      bestuursnummer: b.bestuursnummer,
      role: 'medewerker-bekostiging',
      kenmerk: b.bestuursnummer,
    })
    expect(await listActiveGrants(t.db, p.id)).toEqual([
      {
        id: g.id,
        role: 'medewerker-bekostiging',
        kenmerk: b.bestuursnummer,
        from: null,
        until: null,
        bestuursnummer: b.bestuursnummer,
      },
    ])
  })

  it('respects the validity window in Dutch calendar days, both ends inclusive', async () => {
    const b = await makeBestuur(t.db)
    const p = await makePersoon(t.db)
    await addGrant(t.db, {
      persoonId: p.id,
      bestuursnummer: b.bestuursnummer,
      role: 'osr-toegang',
      kenmerk: b.bestuursnummer,
      from: '2022-02-01',
      until: '2022-02-28',
    })
    const roles = async (at: string) =>
      (await listActiveGrants(t.db, p.id, new Date(at))).map((g) => g.role)
    expect(await roles('2022-01-31T22:59:59Z')).toEqual([]) // 23:59 on 31 January in Amsterdam
    expect(await roles('2022-01-31T23:00:00Z')).toEqual(['osr-toegang']) // 00:00 on 1 February
    expect(await roles('2022-02-28T22:59:59Z')).toEqual(['osr-toegang'])
    expect(await roles('2022-02-28T23:00:00Z')).toEqual([])
    const [g] = await listActiveGrants(t.db, p.id, new Date('2022-02-15T12:00:00Z'))
    expect(g?.from).toBe('2022-02-01')
    expect(g?.until).toBe('2022-02-28')
  })

  it('refuses malformed days and a window that ends before it starts', async () => {
    const b = await makeBestuur(t.db)
    const p = await makePersoon(t.db)
    const base = { persoonId: p.id, bestuursnummer: b.bestuursnummer, role: 'x', kenmerk: 'y' }
    await expect(
      addGrant(t.db, { ...base, from: '2022-02-01', until: '2022-01-31' }),
    ).rejects.toThrow(RangeError)
    await expect(addGrant(t.db, { ...base, from: '2022-02-01T00:00:00Z' })).rejects.toThrow(
      RangeError,
    )
    await expect(addGrant(t.db, { ...base, until: '2022-13-01' })).rejects.toThrow(RangeError)
    const oneDay = await addGrant(t.db, { ...base, from: '2022-03-01', until: '2022-03-01' })
    expect(oneDay.until).toBe('2022-03-01')
  })

  it('revocation keeps the row, records who and when, and happens once', async () => {
    const b = await makeBestuur(t.db)
    const beheerder = await makePersoon(t.db, 'Beheerder')
    const p = await makePersoon(t.db)
    const g = await addGrant(
      t.db,
      {
        persoonId: p.id,
        bestuursnummer: b.bestuursnummer,
        role: 'raadpleger-zaakdossier',
        kenmerk: b.bestuursnummer,
        toegekendDoor: beheerder.id,
      },
      new Date('2022-01-05T10:00:00Z'),
    )
    expect(g.toegekendDoor).toBe(beheerder.id)
    expect(g.toegekendOp).toBe('2022-01-05T10:00:00.000Z')

    expect(
      await revokeGrant(t.db, g.id, { door: beheerder.id, now: new Date('2022-01-06T10:00:00Z') }),
    ).toBe(true)
    expect(await revokeGrant(t.db, g.id, { door: beheerder.id })).toBe(false)
    expect(await revokeGrant(t.db, 'bestaat-niet')).toBe(false)
    expect(await listActiveGrants(t.db, p.id)).toEqual([])

    const kept = await getGrant(t.db, g.id)
    expect(kept).toMatchObject({
      ingetrokkenOp: '2022-01-06T10:00:00.000Z',
      ingetrokkenDoor: beheerder.id,
    })
  })

  it('lists the grants of a bestuur, active by default, all on request', async () => {
    const b = await makeBestuur(t.db)
    const other = await makeBestuur(t.db)
    const p = await makePersoon(t.db, 'Anna')
    const q = await makePersoon(t.db, 'Bert')
    const g1 = await addGrant(t.db, {
      persoonId: p.id,
      bestuursnummer: b.bestuursnummer,
      role: 'medewerker-bekostiging',
      kenmerk: b.bestuursnummer,
    })
    const g2 = await addGrant(t.db, {
      persoonId: q.id,
      bestuursnummer: b.bestuursnummer,
      role: 'medewerker-schoolleiding-rod',
      kenmerk: '12AB',
    })
    const g3 = await addGrant(t.db, {
      persoonId: q.id,
      bestuursnummer: b.bestuursnummer,
      role: 'osr-toegang',
      kenmerk: b.bestuursnummer,
      until: '2020-01-01',
    })
    await addGrant(t.db, {
      persoonId: p.id,
      bestuursnummer: other.bestuursnummer,
      role: 'medewerker-bekostiging',
      kenmerk: other.bestuursnummer,
    })
    await revokeGrant(t.db, g2.id)

    const active = await listGrantsOfBestuur(t.db, b.bestuursnummer)
    expect(active.map((g) => g.id)).toEqual([g1.id])
    expect(active[0]?.persoonNaam).toBe(p.naam)
    const all = await listGrantsOfBestuur(t.db, b.bestuursnummer, { includeInactive: true })
    expect(all.map((g) => g.id).sort()).toEqual([g1.id, g2.id, g3.id].sort())
  })

  it('fingerprints grants independently of order and ids, and changes with them', () => {
    const a = { id: '1', role: 'beheerder-po', kenmerk: '41234', from: null, until: null }
    const b = { id: '2', role: 'osr-toegang', kenmerk: '41234', from: null, until: '2023-01-01' }
    const sameAsA = { ...a, id: '9' }
    expect(grantsFingerprint([a, b])).toBe(grantsFingerprint([b, sameAsA]))
    expect(grantsFingerprint([a, b])).not.toBe(grantsFingerprint([a]))
    expect(grantsFingerprint([a])).not.toBe(grantsFingerprint([{ ...a, kenmerk: '40567' }]))
    expect(grantsFingerprint([])).toMatch(/^[0-9a-f]{32}$/)
  })
})
