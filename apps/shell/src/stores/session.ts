import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { wisConcepten, type PortalUser, type SessieStatus } from '@duo/portal-sdk'
import { portalFetch } from '../api/portal-fetch'

/** `GET /api/me`: the portal user plus how they logged in and which old accounts they linked. */
export type SessionUser = PortalUser & {
  methode: string
  gekoppeldeAccounts: string[]
  sessie?: SessieStatus
}

/**
 * Who is logged in, as `GET /api/me` says; null while anonymous. When the session ends while
 * a page is open, `verlopen` turns true and `user` stays: the page keeps showing what the
 * person was doing (and typing), while the header and a notice say they must log in again.
 */
export const useSessionStore = defineStore('duo-session', () => {
  const user = ref<SessionUser | null>(null)
  const checked = ref(false)
  const verlopen = ref(false)
  /** When the session ends, as the BFF last said. */
  const sessie = ref<SessieStatus | null>(null)
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
    verlopen.value = false
    sessie.value = user.value?.sessie ?? null
    // Drafts of anyone else who used this tab are never shown to this person.
    if (user.value) wisConcepten(user.value.persoon.id)
  }

  function markExpired() {
    if (!user.value || verlopen.value) return
    verlopen.value = true
    sessie.value = null
  }

  const now = () => (fixedNow.value ? new Date(fixedNow.value) : new Date())
  return {
    user,
    checked,
    verlopen,
    sessie,
    fixedNow,
    now,
    refresh,
    markExpired,
    loggedIn: computed(() => user.value !== null && !verlopen.value),
  }
})
