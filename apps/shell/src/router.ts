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
      // Around the sections: each page its own chunk, so the first page stays as light as it was.
      {
        path: '/handleidingen',
        name: 'handleidingen',
        component: () => import('./pages/handleidingen/HandleidingenPage.vue'),
      },
      {
        path: '/nieuwsbrief',
        name: 'nieuwsbrief',
        component: () => import('./pages/nieuwsbrief/NieuwsbriefPage.vue'),
      },
      {
        path: '/nieuwsbrief/bevestigen',
        name: 'nieuwsbrief-bevestigen',
        component: () => import('./pages/nieuwsbrief/BevestigenPage.vue'),
      },
      {
        path: '/nieuwsbrief/uitschrijven',
        name: 'nieuwsbrief-uitschrijven',
        component: () => import('./pages/nieuwsbrief/UitschrijvenPage.vue'),
        props: { soort: 'nieuwsbrief' },
      },
      {
        path: '/notificaties/uitzetten',
        name: 'notificaties-uitzetten',
        component: () => import('./pages/nieuwsbrief/UitschrijvenPage.vue'),
        props: { soort: 'notificaties' },
      },
      {
        path: '/instellingen/e-mailberichten',
        name: 'emailberichten',
        component: () => import('./pages/instellingen/EmailberichtenPage.vue'),
      },
      {
        path: '/feedback',
        name: 'feedback',
        component: () => import('./pages/feedback/FeedbackPage.vue'),
      },
      {
        path: '/redactie',
        component: () => import('./pages/redactie/RedactiePage.vue'),
        children: [
          { path: '', name: 'redactie', redirect: '/redactie/mededelingen' },
          {
            path: 'mededelingen',
            name: 'redactie-mededelingen',
            component: () => import('./pages/redactie/MededelingenBeheer.vue'),
          },
          {
            path: 'onderhoud',
            name: 'redactie-onderhoud',
            component: () => import('./pages/redactie/OnderhoudBeheer.vue'),
          },
          {
            path: 'nieuwsbrief',
            name: 'redactie-nieuwsbrief',
            component: () => import('./pages/redactie/NieuwsbriefBeheer.vue'),
          },
          {
            path: 'feedback',
            name: 'redactie-feedback',
            component: () => import('./pages/redactie/FeedbackResultaten.vue'),
          },
        ],
      },
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
