import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { PortalUser } from '@duo/portal-sdk'
import { portalFetch } from '../api/portal-fetch'

/** `GET /api/me`: the portal user plus how they logged in and which old accounts they linked. */
export type SessionUser = PortalUser & { methode: string; gekoppeldeAccounts: string[] }

/** Who is logged in, as `GET /api/me` says; null while anonymous. */
export const useSessionStore = defineStore('duo-session', () => {
  const user = ref<SessionUser | null>(null)
  const checked = ref(false)
  /** Set when the BFF runs on a fixed clock (`DUO_NOW`): the UI shows a notice. */
  const fixedNow = ref<string | null>(null)

  async function refresh(): Promise<void> {
    try {
      const res = await portalFetch('/api/me')
      user.value = res.ok ? ((await res.json()) as SessionUser) : null
    } catch {
      user.value = null
    } finally {
      checked.value = true
    }
  }

  const now = () => (fixedNow.value ? new Date(fixedNow.value) : new Date())
  return { user, checked, fixedNow, now, refresh, loggedIn: computed(() => user.value !== null) }
})
