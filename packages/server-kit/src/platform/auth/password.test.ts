import { describe, expect, it } from 'vitest'
import { hashPassword, needsRehash, verifyPassword } from './password'

describe('password', () => {
  it('hashes in the scrypt$N$r$p$salt$hash format with the agreed parameters', async () => {
    const h = await hashPassword('Welkom-2021!')
    const [alg, N, r, p, salt, key] = h.split('$')
    expect([alg, N, r, p]).toEqual(['scrypt', '32768', '8', '1'])
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16)
    expect(Buffer.from(key!, 'base64url')).toHaveLength(64)
    expect(needsRehash(h)).toBe(false)
  })

  it('verifies the right password and rejects others', async () => {
    const h = await hashPassword('Welkom-2021!')
    expect(await verifyPassword('Welkom-2021!', h)).toBe(true)
    expect(await verifyPassword('welkom-2021!', h)).toBe(false)
    expect(await verifyPassword('', h)).toBe(false)
  })

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'))
  })

  it('returns false for a missing or malformed hash, and refuses absurd parameters', async () => {
    expect(await verifyPassword('x', null)).toBe(false)
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
    expect(
      await verifyPassword(
        'x',
        'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA',
      ),
    ).toBe(false)
    expect(
      needsRehash(
        'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ),
    ).toBe(true)
  })

  it('normalises Unicode so the same visible password matches', async () => {
    const h = await hashPassword('Caf\u00e9')
    expect(await verifyPassword('Cafe\u0301', h)).toBe(true)
  })
})
