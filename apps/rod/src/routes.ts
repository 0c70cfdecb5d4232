import type { RouteRecordRaw } from 'vue-router'

/** Routes below `/rod/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'rod', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'dashboard-bestuur',
    name: 'rod-dashboard-bestuur',
    component: () => import('./pages/dashboard/DashboardPage.vue'),
    props: { soort: 'bestuur' },
  },
  {
    path: 'dashboard-school',
    name: 'rod-dashboard-school',
    component: () => import('./pages/dashboard/DashboardPage.vue'),
    props: { soort: 'school' },
  },
  {
    path: 'bestanden',
    name: 'rod-bestanden',
    component: () => import('./pages/bestanden/BestandenPage.vue'),
  },
  {
    path: 'kwaliteitscontrole',
    name: 'rod-kwaliteitscontrole',
    component: () => import('./pages/kwaliteitscontrole/KwaliteitscontrolePage.vue'),
  },
  {
    path: 'kwaliteitscontrole/:instellingscode/:week',
    name: 'rod-kwaliteitscontrole-week',
    component: () => import('./pages/kwaliteitscontrole/KwaliteitscontroleWeekPage.vue'),
  },
  {
    path: 'leerlingdossier',
    name: 'rod-leerlingdossier',
    component: () => import('./pages/leerlingdossier/ZoekPage.vue'),
  },
  {
    path: 'leerlingdossier/:instellingscode/:leerlingId',
    name: 'rod-leerlingdossier-leerling',
    component: () => import('./pages/leerlingdossier/DossierPage.vue'),
  },
  {
    path: 'handmatige-mutatie',
    name: 'rod-handmatige-mutatie',
    component: () => import('./pages/handmatige-mutatie/VerzoekenPage.vue'),
  },
  {
    path: 'handmatige-mutatie/nieuw/:instellingscode/:leerlingId',
    name: 'rod-handmatige-mutatie-nieuw',
    component: () => import('./pages/handmatige-mutatie/NieuwVerzoekPage.vue'),
  },
  {
    path: 'handmatige-mutatie/:id',
    name: 'rod-handmatige-mutatie-verzoek',
    component: () => import('./pages/handmatige-mutatie/VerzoekPage.vue'),
  },
  {
    path: 'werkvoorraad',
    name: 'rod-werkvoorraad',
    component: () => import('./pages/werkvoorraad/WerkvoorraadPage.vue'),
  },
  {
    path: 'werkvoorraad/:id',
    name: 'rod-werkvoorraad-verzoek',
    component: () => import('./pages/werkvoorraad/WerkvoorraadVerzoekPage.vue'),
  },
]
