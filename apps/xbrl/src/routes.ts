import type { RouteRecordRaw } from 'vue-router'

/** Routes below `/xbrl/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'xbrl', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'aanleveren',
    name: 'xbrl-aanleveren',
    component: () => import('./pages/aanleveren/AanleverenPage.vue'),
  },
  {
    path: 'overzicht',
    name: 'xbrl-overzicht',
    component: () => import('./pages/aanleveringen/AanleveringenPage.vue'),
  },
  {
    path: 'aanleveringen/:id',
    name: 'xbrl-aanlevering',
    component: () => import('./pages/aanlevering/AanleveringPage.vue'),
  },
  {
    path: 'aanleveringen/:id/voorbeeld',
    name: 'xbrl-voorbeeld',
    component: () => import('./pages/voorbeeld/VoorbeeldPage.vue'),
  },
  {
    path: 'behandeling',
    name: 'xbrl-behandeling',
    component: () => import('./pages/behandeling/BehandelingPage.vue'),
  },
  {
    path: 'behandeling/:id',
    name: 'xbrl-behandeling-aanlevering',
    component: () => import('./pages/behandeling/BehandelingDetailPage.vue'),
  },
]
