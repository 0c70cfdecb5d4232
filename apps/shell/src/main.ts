import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@duo/ui/styles.css'
import App from './App.vue'
import { createPortalI18n } from './i18n'
import { addSectionRoutes, createPortalRouter } from './router'
import { installPortalContext } from './portal-context'
import { useSectionsStore } from './stores/sections'
import { useSessionStore } from './stores/session'
import { portalFetch } from './api/portal-fetch'
import type { SectionEntry } from './sections/types'
import { singletonReport } from './sections/check-definition'
import { focusHeadingWhenReady } from './frame/focus-heading'
import { useFormKeeper } from './session/form-keeper'
import { useMededelingenStore } from './stores/mededelingen'
import { loadAuthzTexts } from '@duo/portal-sdk'

const app = createApp(App)
const pinia = createPinia()
const i18n = createPortalI18n()
const router = createPortalRouter()
app.use(pinia)
installPortalContext(app, router, i18n)

const sections = useSectionsStore()
const session = useSessionStore()

/** The section list comes from the BFF (same origin); no remote is contacted at start-up. */
async function loadSectionList(): Promise<void> {
  try {
    const res = await portalFetch('/api/sections')
    if (!res.ok) return
    const body = (await res.json()) as { sections: SectionEntry[]; now: string | null }
    session.fixedNow = body.now
    sections.setEntries(body.sections)
    addSectionRoutes(router, body.sections)
  } catch (error) {
    console.warn('[shell] sectielijst niet geladen', error)
  }
}

/**
 * The texts of @duo/authz (the reason of a refused page, …) are no part of its browser bundle:
 * they come with the portal's messages, in parallel with the rest, before any page shows.
 */
async function loadTexts(): Promise<void> {
  await loadAuthzTexts().catch((error: unknown) =>
    console.warn('[shell] teksten van @duo/authz niet geladen', error),
  )
}

const ready = Promise.all([loadSectionList(), session.refresh(), loadTexts()])
// Announcements depend on who is logged in: asked once the session is known, never blocking.
const mededelingen = useMededelingenStore()
void ready.then(() => mededelingen.laad())
let started = false
void ready.then(() => (started = true))
router.beforeEach(async (to) => {
  if (started) return true
  // Every navigation before the section list is in waits for it (the first one, a deep link,
  // or a link followed very early); then a section URL is resolved again against its route.
  await ready
  return to.name === 'niet-gevonden' && router.resolve(to.fullPath).name !== 'niet-gevonden'
    ? to.fullPath
    : true
})
const keeper = useFormKeeper()
let previousHeading: Element | null = null
let stopFocus = () => {}
router.beforeEach(() => {
  previousHeading = document.querySelector('#main h1')
})
router.afterEach((to, from) => {
  document.documentElement.lang = i18n.global.locale.value
  // After an in-app navigation focus goes to the new page's h1, so screen readers start there.
  const main = document.getElementById('main')
  if (main && from.matched.length && to.path !== from.path) {
    stopFocus()
    stopFocus = focusHeadingWhenReady(main, previousHeading)
  }
  // Back on a page whose input was kept when the session ended: put it back.
  void ready.then(() => keeper.restore())
})

app.use(router).use(i18n).mount('#app')
// Diagnostics for support staff and the browser tests: which sections run on shared singletons.
Object.assign(window, {
  __duoPortal: {
    router,
    ready,
    singletons: () =>
      Object.fromEntries(
        Object.entries(sections.loaded).map(([id, def]) => [id, singletonReport(def.runtime)]),
      ),
  },
})
