import { describe, expect, it } from 'vitest'
import { createAuthCache } from './cache'

const entry = (bestuursnummer: string) => ({
  grants: [],
  bestuur: {
    bestuursnummer,
    kvk: '1',
    onderwijsbestuurcode: '1B1',
    naam: 'x',
    osrOvereenkomstGetekend: false,
    scholen: [],
  },
})
const key = {
  persoonId: 'p',
  rechtenTeller: 1,
  methode: 'eherkenning',
  actsForKvk: '1',
  now: new Date('2022-03-01T10:00:00Z'),
}

describe('the authorisation cache', () => {
  it('keys on the grants counter and the Dutch day, so a change or a new day misses', () => {
    const cache = createAuthCache()
    cache.set(cache.key(key), entry('41234'))
    expect(cache.get(cache.key(key))).toBeDefined()
    expect(cache.get(cache.key({ ...key, rechtenTeller: 2 }))).toBeUndefined()
    // 23:30 UTC on 1 March is already 2 March in the Netherlands.
    expect(cache.get(cache.key({ ...key, now: new Date('2022-03-01T23:30:00Z') }))).toBeUndefined()
  })

  it('forgets a bestuur whose tree changed, and keeps at most `max` entries', () => {
    const cache = createAuthCache({ max: 2 })
    cache.set('a', entry('41234'))
    cache.set('b', entry('40567'))
    cache.vergeetBestuur('41234')
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')).toBeDefined()
    cache.set('c', entry('1'))
    cache.set('d', entry('2'))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('d')).toBeDefined()
  })

  it('lets an entry expire', () => {
    const cache = createAuthCache({ ttlMs: -1 })
    cache.set('a', entry('41234'))
    expect(cache.get('a')).toBeUndefined()
  })
})
