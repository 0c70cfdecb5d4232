import { createRouter, createWebHistory, type Router } from 'vue-router'
import HomePage from './pages/HomePage.vue'
import NotFoundPage from './pages/NotFoundPage.vue'
import LoginHelpPage from './pages/hulp/LoginHelpPage.vue'
import NoMachtigingPage from './pages/hulp/NoMachtigingPage.vue'
import LoginPage from './pages/inloggen/LoginPage.vue'
import AccountLinkPage from './pages/inloggen/AccountLinkPage.vue'
import SectionHost from './frame/SectionHost.vue'
import SectionPending from './frame/SectionPending.vue'
import type { SectionEntry } from './sections/types'

export function createPortalRouter(): Router {
  return createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'home', component: HomePage },
      { path: '/hulp/inloggen', name: 'hulp-inloggen', component: LoginHelpPage },
      { path: '/hulp/geen-machtiging', name: 'geen-machtiging', component: NoMachtigingPage },
      { path: '/inloggen', name: 'inloggen', component: LoginPage },
      { path: '/account/koppelen', name: 'koppelen', component: AccountLinkPage },
      { path: '/:pathMatch(.*)*', name: 'niet-gevonden', component: NotFoundPage },
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}

/**
 * Adds one route per section: `/<id>/...` shows the SectionHost, whose pending child matches
 * everything until the section's own routes are added beside it (they then rank higher).
 */
export function addSectionRoutes(router: Router, entries: SectionEntry[]): void {
  for (const entry of entries) {
    const name = `section-${entry.id}`
    if (router.hasRoute(name)) continue
    router.addRoute({
      path: `/${entry.id}`,
      name,
      component: SectionHost,
      props: { sectionId: entry.id },
      children: [{ path: ':rest(.*)*', name: `${name}-pending`, component: SectionPending }],
    })
  }
}
