import { onBeforeUnmount, reactive, watch } from 'vue'
import {
  CONCEPT_HERSTELD_EVENT,
  NIET_INGELOGD_EVENT,
  SESSIE_PEEK_HEADER,
  type SessieStatus,
} from '@duo/portal-sdk'
import { portalFetch } from '../api/portal-fetch'
import { useSessionStore } from '../stores/session'
import { useAnnouncer } from '../stores/announcer'
import { plan, warnLeadMs, type Planning } from './expiry'
import { HERSTELD, useFormKeeper } from './form-keeper'

const VERLENGD = { nl: 'U blijft ingelogd.', en: 'You stay logged in.' }
/** setTimeout's longest delay; a later moment is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1

/**
 * Watches the session for the whole shell: warns before the idle timeout (the dialog with
 * "Blijf ingelogd"), notices when it ended (the timer ran out, or any call answered 401), and
 * then keeps what was typed and shows the login link. Asking the BFF how long the session lasts
 * never extends it (`SESSIE_PEEK_HEADER`); activity anywhere in the portal does.
 */
export function useSessionWatch() {
  const session = useSessionStore()
  const keeper = useFormKeeper()
  const announcer = useAnnouncer()
  const warning = reactive({ open: false, endsAt: 0, absolute: false, fromDialog: false })
  let timer: ReturnType<typeof setTimeout> | null = null

  const clear = () => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  const at = (moment: number, fn: () => void) => {
    clear()
    timer = setTimeout(fn, Math.min(MAX_DELAY, Math.max(0, moment - Date.now())))
  }
  const lead = () => warnLeadMs(session.sessie?.inactiefSeconden ?? 900)

  function schedule(p: Planning | null) {
    if (p) at(p.warnAt, check)
  }

  async function peek(): Promise<SessieStatus | null> {
    try {
      const res = await portalFetch('/api/sessie', { headers: { [SESSIE_PEEK_HEADER]: '1' } })
      return res.ok ? ((await res.json()) as SessieStatus) : null
    } catch {
      return null
    }
  }

  async function check() {
    if (!session.user || session.verlopen) return
    const status = await peek()
    if (!status) return at(Date.now() + 15_000, check) // no answer: ask again shortly
    const p = plan(status, Date.now())
    if (!p) return expire()
    session.sessie = status
    if (p.endsAt - Date.now() > lead() + 5000) {
      // There was activity since: the end moved.
      warning.open = false
      return schedule(p)
    }
    Object.assign(warning, { open: true, endsAt: p.endsAt, absolute: p.absolute })
    // Right after the end: gone, or extended meanwhile (another tab, a section's call).
    at(p.endsAt + 1000, check)
  }

  async function stayLoggedIn() {
    warning.open = false
    try {
      const res = await portalFetch('/api/sessie/verlengen', { method: 'POST' })
      if (res.status === 401) return expire()
      if (!res.ok) return void check()
      const status = (await res.json()) as SessieStatus
      session.sessie = status
      schedule(plan(status, Date.now()))
      announcer.announce(VERLENGD)
    } catch {
      void check()
    }
  }

  function expire() {
    if (!session.user || session.verlopen) return
    warning.fromDialog = warning.open
    warning.open = false
    clear()
    keeper.keep()
    session.markExpired()
  }

  watch(
    () => session.sessie,
    (status, before) => {
      if (status && status !== before && !warning.open) schedule(plan(status, Date.now()))
    },
    { immediate: true },
  )
  const onUnauthorized = () => expire()
  const onRestored = () => announcer.announce(HERSTELD)
  // Leaving the page while logged out (the login link, closing the tab): keep the latest input.
  const onPageHide = () => session.verlopen && keeper.keep()
  globalThis.addEventListener(NIET_INGELOGD_EVENT, onUnauthorized)
  globalThis.addEventListener(CONCEPT_HERSTELD_EVENT, onRestored)
  globalThis.addEventListener('pagehide', onPageHide)
  onBeforeUnmount(() => {
    clear()
    globalThis.removeEventListener(NIET_INGELOGD_EVENT, onUnauthorized)
    globalThis.removeEventListener(CONCEPT_HERSTELD_EVENT, onRestored)
    globalThis.removeEventListener('pagehide', onPageHide)
  })

  return { warning, stayLoggedIn, expire, check }
}
