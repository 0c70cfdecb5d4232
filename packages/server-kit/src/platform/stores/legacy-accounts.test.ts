import { describe, expect, it } from 'vitest'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import {
  createLegacyAccount,
  findByGebruikersnaam,
  findLinkedTo,
  isLocked,
  linkLegacyAccount,
  LOCKOUT_MS,
  markTotpStepUsed,
  recordFailure,
  reserveAttempt,
  resetFailures,
} from './legacy-accounts'
import { makeBestuur, makePersoon } from './test-fixtures'

const T0 = new Date('2022-02-01T09:00:00Z')

describe.each(dialectsUnderTest)('legacy accounts (%s)', (dialect) => {
  const t = useTestDb(dialect)

  const account = async (gebruikersnaam: string) => {
    const b = await makeBestuur(t.db)
    return createLegacyAccount(t.db, {
      soort: 'helpdesk-wachtwoord',
      gebruikersnaam,
      passwordHash: 'scrypt$…',
      bestuursnummer: b.bestuursnummer,
      naam: 'Jan',
    })
  }

  it('finds an account by username, ignoring case and spaces', async () => {
    const a = await account('JdeVries')
    expect(a.gebruikersnaam).toBe('jdevries')
    expect((await findByGebruikersnaam(t.db, '  JDEVRIES '))?.id).toBe(a.id)
    expect(await findByGebruikersnaam(t.db, 'onbekend')).toBeNull()
  })

  /** One attempt as the login does it: claim a slot, then (the check failed) record it. */
  async function fout(id: string, at = T0) {
    const slot = await reserveAttempt(t.db, id, at)
    return slot.ok ? recordFailure(t.db, id, at) : { lockedUntil: slot.lockedUntil }
  }

  it('locks for 15 minutes on the 5th failure', async () => {
    const a = await account('lock1')
    for (let i = 1; i <= 4; i++) expect(await fout(a.id)).toEqual({ lockedUntil: null })
    const fifth = await fout(a.id)
    expect(fifth.lockedUntil).toBe(new Date(T0.getTime() + LOCKOUT_MS).toISOString())
    const locked = (await findByGebruikersnaam(t.db, 'lock1'))!
    expect(isLocked(locked, new Date(T0.getTime() + LOCKOUT_MS - 1))).toBe(true)
    expect(isLocked(locked, new Date(T0.getTime() + LOCKOUT_MS))).toBe(false)
    // After the lock a new count starts.
    expect(await reserveAttempt(t.db, a.id, new Date(T0.getTime() + LOCKOUT_MS))).toEqual({
      ok: true,
    })
  })

  it('lets no more than five parallel attempts reach the password check', async () => {
    const a = await account('lock2')
    const slots = await Promise.all(
      Array.from({ length: 60 }, () => reserveAttempt(t.db, a.id, T0)),
    )
    expect(slots.filter((s) => s.ok)).toHaveLength(5)
    // The others found the account locked at once: a right password among them is never checked.
    expect(slots.filter((s) => !s.ok)).toHaveLength(55)
    expect(isLocked((await findByGebruikersnaam(t.db, 'lock2'))!, T0)).toBe(true)
  })

  it('resets the count after a successful login', async () => {
    const a = await account('reset1')
    for (let i = 0; i < 4; i++) await fout(a.id)
    await resetFailures(t.db, a.id)
    for (let i = 0; i < 4; i++) expect(await fout(a.id)).toEqual({ lockedUntil: null })
  })

  it('links once to a person', async () => {
    const a = await account('link1')
    const p = await makePersoon(t.db)
    const q = await makePersoon(t.db)
    expect(await linkLegacyAccount(t.db, a.id, p.id, T0)).toBe(true)
    expect(await linkLegacyAccount(t.db, a.id, q.id, T0)).toBe(false)
    const linked = await findLinkedTo(t.db, p.id)
    expect(linked.map((x) => [x.id, x.gekoppeldOp])).toEqual([[a.id, T0.toISOString()]])
  })

  it('accepts each TOTP time step once, and no older one', async () => {
    const a = await account('totp1')
    expect(await markTotpStepUsed(t.db, a.id, 100)).toBe(true)
    expect(await markTotpStepUsed(t.db, a.id, 100)).toBe(false)
    expect(await markTotpStepUsed(t.db, a.id, 99)).toBe(false)
    expect(await markTotpStepUsed(t.db, a.id, 101)).toBe(true)
  })
})
