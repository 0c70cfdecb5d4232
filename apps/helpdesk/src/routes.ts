import type { RouteRecordRaw } from 'vue-router'

/** Routes below `/helpdesk/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'helpdesk', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'meldingen',
    name: 'helpdesk-meldingen',
    component: () => import('./pages/meldingen/MeldingenPage.vue'),
  },
  {
    path: 'meldingen/nieuw',
    name: 'helpdesk-melding-nieuw',
    component: () => import('./pages/meldingen/NieuweMeldingPage.vue'),
  },
  {
    path: 'meldingen/:id',
    name: 'helpdesk-melding',
    component: () => import('./pages/meldingen/MeldingDetailPage.vue'),
  },
  {
    path: 'contact',
    name: 'helpdesk-contact',
    component: () => import('./pages/contact/ContactPage.vue'),
  },
  {
    path: 'archief',
    name: 'helpdesk-archief',
    component: () => import('./pages/archief/ArchiefPage.vue'),
  },
  {
    path: 'werkvoorraad',
    name: 'helpdesk-werkvoorraad',
    component: () => import('./pages/werkvoorraad/WerkvoorraadPage.vue'),
  },
  {
    path: 'werkvoorraad/:id',
    name: 'helpdesk-werkvoorraad-melding',
    component: () => import('./pages/werkvoorraad/WerkvoorraadDetailPage.vue'),
  },
]
