/**
 * Password hashing for the legacy Mijn Helpdesk po accounts.
 *
 * Why scrypt: it is memory-hard (N=2^15, r=8 costs 32 MiB per hash, which makes GPU/ASIC guessing
 * expensive), it is built into Node 20's `crypto`, so no native addon to compile or audit.
 * Argon2id would be the first choice, but Node 20 has no built-in argon2 (it arrived in Node 24).
 *
 * Encoded as `scrypt$N$r$p$salt$hash`, salt and hash base64url, so parameters can be raised later
 * (`needsRehash`) without invalidating stored hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import pLimit from 'p-limit'

/**
 * At most this many hashes at once: scrypt runs on libuv's thread pool (4 threads by default),
 * which file and DNS work share; a flood of logins must not starve every other request.
 */
const GELIJKTIJDIG = 2
/** Hashes waiting beyond this answer "busy" at once instead of queueing without end. */
const MAX_WACHTEND = 32
const hashes = pLimit(GELIJKTIJDIG)

/** Thrown when too many password checks are waiting: the caller answers 503 with Retry-After. */
class TeDrukFout extends Error {
  constructor() {
    super('Te veel wachtwoordcontroles tegelijk')
    this.name = 'TeDrukFout'
  }
}

const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, saltBytes: 16, keyBytes: 64 } as const

/** Upper bounds for parameters read from storage, so a corrupt row cannot exhaust memory. */
const MAX_N = 2 ** 20
const MAX_R = 32
const MAX_P = 16

function scryptAsync(
  password: string,
  salt: Buffer,
  keylen: number,
  opts: ScryptOptions,
): Promise<Buffer> {
  if (hashes.pendingCount >= MAX_WACHTEND) return Promise.reject(new TeDrukFout())
  return hashes(() => scryptNow(password, salt, keylen, opts))
}

function scryptNow(
  password: string,
  salt: Buffer,
  keylen: number,
  opts: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 128 * N * r bytes are needed; Node's default maxmem (32 MiB) is exactly too small for N=2^15.
    const maxmem = 128 * (opts.N ?? 0) * (opts.r ?? 0) * 2
    scrypt(password.normalize('NFC'), salt, keylen, { ...opts, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    )
  })
}

/**
 * @example
 * const stored = await hashPassword('Welkom-2021!') // 'scrypt$32768$8$1$…$…'
 */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, saltBytes, keyBytes } = SCRYPT_PARAMS
  const salt = randomBytes(saltBytes)
  const key = await scryptAsync(password, salt, keyBytes, { N, r, p })
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

interface Parsed {
  N: number
  r: number
  p: number
  salt: Buffer
  key: Buffer
}

function parse(encoded: string): Parsed | null {
  const parts = encoded.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map((x) => (/^\d+$/.test(x!) ? Number(x) : NaN)) as [
    number,
    number,
    number,
  ]
  const salt = Buffer.from(parts[4]!, 'base64url')
  const key = Buffer.from(parts[5]!, 'base64url')
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0
  if (!powerOfTwo || N > MAX_N || !(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) return null
  if (salt.length < 8 || key.length < 16) return null
  return { N, r, p, salt, key }
}

let dummyHash: Promise<string> | undefined

/**
 * Checks a password against a stored hash in constant time. With `null` (unknown user, or an
 * account without password) it still does the full work and returns false, so response time does
 * not tell whether a username exists.
 */
export async function verifyPassword(password: string, encoded: string | null): Promise<boolean> {
  const parsed = encoded ? parse(encoded) : null
  if (!parsed) {
    dummyHash ??= hashPassword('dummy-password-for-timing')
    const dummy = parse(await dummyHash)!
    await scryptAsync(password, dummy.salt, dummy.key.length, dummy)
    return false
  }
  const key = await scryptAsync(password, parsed.salt, parsed.key.length, parsed)
  return timingSafeEqual(key, parsed.key)
}

/** True when the stored hash uses weaker parameters than the current ones. */
export function needsRehash(encoded: string): boolean {
  const parsed = parse(encoded)
  if (!parsed) return true
  const { N, r, p, keyBytes } = SCRYPT_PARAMS
  return parsed.N < N || parsed.r < r || parsed.p < p || parsed.key.length < keyBytes
}
