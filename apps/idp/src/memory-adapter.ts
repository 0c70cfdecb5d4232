import type { Adapter, AdapterPayload } from 'oidc-provider'

/**
 * In-memory storage for one broker instance. Intentional: the test broker keeps no state
 * across restarts (sessions, codes and grants disappear with the process). Each broker
 * gets its own store, so several brokers in one process (tests) never share state.
 */
interface Entry {
  value: unknown
  expiresAt: number
}

const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
])

class Store {
  #map = new Map<string, Entry>()
  #writes = 0

  get<T>(key: string): T | undefined {
    const entry = this.#map.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= Date.now()) {
      this.#map.delete(key)
      return undefined
    }
    return entry.value as T
  }

  set(key: string, value: unknown, expiresIn?: number): void {
    const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity
    this.#map.set(key, { value, expiresAt })
    if (++this.#writes % 500 === 0) this.sweep()
  }

  delete(key: string): void {
    this.#map.delete(key)
  }

  sweep(): void {
    const now = Date.now()
    for (const [key, entry] of this.#map) if (entry.expiresAt <= now) this.#map.delete(key)
  }
}

export function createMemoryAdapterFactory(): (model: string) => Adapter {
  const store = new Store()

  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`
    const grantKey = (grantId: string) => `grant:${grantId}`

    return {
      async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
        store.set(key(id), payload, expiresIn)
        if (model === 'Session' && payload.uid)
          store.set(`sessionUid:${payload.uid}`, id, expiresIn)
        if (payload.userCode) store.set(`userCode:${payload.userCode}`, id, expiresIn)
        if (GRANTABLE.has(model) && payload.grantId) {
          const members = store.get<Set<string>>(grantKey(payload.grantId)) ?? new Set<string>()
          members.add(key(id))
          store.set(grantKey(payload.grantId), members)
        }
      },
      async find(id: string) {
        return store.get<AdapterPayload>(key(id))
      },
      async findByUid(uid: string) {
        const id = store.get<string>(`sessionUid:${uid}`)
        return id ? store.get<AdapterPayload>(key(id)) : undefined
      },
      async findByUserCode(userCode: string) {
        const id = store.get<string>(`userCode:${userCode}`)
        return id ? store.get<AdapterPayload>(key(id)) : undefined
      },
      async consume(id: string) {
        const payload = store.get<AdapterPayload>(key(id))
        if (payload) payload.consumed = Math.floor(Date.now() / 1000)
      },
      async destroy(id: string) {
        store.delete(key(id))
      },
      async revokeByGrantId(grantId: string) {
        const members = store.get<Set<string>>(grantKey(grantId))
        for (const member of members ?? []) store.delete(member)
        store.delete(grantKey(grantId))
      },
    }
  }
}
