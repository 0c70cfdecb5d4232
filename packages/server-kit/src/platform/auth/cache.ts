/**
 * The authorisation context of a request (grants and the bestuur's tree), reused while nothing
 * changed: keyed on the person, their grants counter (read with the session on every request,
 * so a changed grant counts on the very next request on every instance), the login and the
 * Dutch calendar day (a grant's dates). The bestuur's tree (schools, OSR agreement) may be up
 * to `ttlMs` old on another instance; on this one it is dropped when it changes.
 */
import { dutchDate } from '@duo/authz'
import type { BestuurTree, SessionGrant } from '../../auth/types'

export interface AuthCacheEntry {
  grants: SessionGrant[]
  bestuur: BestuurTree | null
}

export interface AuthCache {
  get(key: string): AuthCacheEntry | undefined
  set(key: string, entry: AuthCacheEntry): void
  /** Forget every entry of this bestuur (its tree changed). */
  vergeetBestuur(bestuursnummer: string): void
  key(input: {
    persoonId: string
    rechtenTeller: number
    methode: string
    actsForKvk: string | null
    now: Date
  }): string
}

export function createAuthCache(options: { ttlMs?: number; max?: number } = {}): AuthCache {
  const ttl = options.ttlMs ?? 30_000
  const max = options.max ?? 10_000
  const entries = new Map<string, AuthCacheEntry & { tot: number }>()
  return {
    get(key) {
      const hit = entries.get(key)
      if (!hit) return undefined
      if (hit.tot < Date.now()) {
        entries.delete(key)
        return undefined
      }
      return hit
    },
    set(key, entry) {
      // Oldest first: a Map keeps insertion order, so the first key is the oldest.
      if (entries.size >= max) entries.delete(entries.keys().next().value!)
      entries.set(key, { ...entry, tot: Date.now() + ttl })
    },
    vergeetBestuur(bestuursnummer) {
      for (const [key, e] of entries)
        if (e.bestuur?.bestuursnummer === bestuursnummer) entries.delete(key)
    },
    key: (i) =>
      [i.persoonId, i.rechtenTeller, i.methode, i.actsForKvk ?? '-', dutchDate(i.now)].join('|'),
  }
}
