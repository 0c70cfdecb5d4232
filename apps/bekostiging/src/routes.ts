import type { RouteRecordRaw } from 'vue-router'

/** Routes below `/bekostiging/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'bekostiging', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'aanvragen',
    name: 'bekostiging-aanvragen',
    component: () => import('./pages/aanvragen/AanvragenPage.vue'),
  },
  {
    path: 'aanvragen/nieuw',
    name: 'bekostiging-aanvraag-kiezen',
    component: () => import('./pages/aanvragen/CategoriePage.vue'),
  },
  {
    path: 'aanvragen/nieuw/:categorie',
    name: 'bekostiging-aanvraag-nieuw',
    component: () => import('./pages/aanvragen/AanvraagFormPage.vue'),
  },
  {
    path: 'aanvragen/:id/bewerken',
    name: 'bekostiging-aanvraag-bewerken',
    component: () => import('./pages/aanvragen/AanvraagFormPage.vue'),
  },
  {
    path: 'aanvragen/:id/bevestiging',
    name: 'bekostiging-aanvraag-bevestiging',
    component: () => import('./pages/aanvragen/BevestigingPage.vue'),
  },
  {
    path: 'aanvragen/:id/bezwaar',
    name: 'bekostiging-aanvraag-bezwaar',
    component: () => import('./pages/aanvragen/BezwaarBeschikkingPage.vue'),
  },
  {
    path: 'raadplegen',
    name: 'bekostiging-raadplegen',
    component: () => import('./pages/raadplegen/RaadplegenPage.vue'),
  },
  {
    path: 'dashboard',
    name: 'bekostiging-dashboard',
    component: () => import('./pages/dashboard/DashboardPage.vue'),
  },
  {
    path: 'vaststelling-tellingen',
    name: 'bekostiging-vaststelling',
    component: () => import('./pages/vaststelling/VaststellingPage.vue'),
  },
  {
    path: 'vaststelling-tellingen/:id/bezwaar',
    name: 'bekostiging-vaststelling-bezwaar',
    component: () => import('./pages/vaststelling/BezwaarVaststellingPage.vue'),
  },
  {
    path: 'zaakdossier',
    name: 'bekostiging-zaakdossier',
    component: () => import('./pages/zaakdossier/ZaakdossierPage.vue'),
  },
  {
    path: 'zaakdossier/aanvragen/:id',
    name: 'bekostiging-zaak-aanvraag',
    component: () => import('./pages/zaakdossier/AanvraagZaakPage.vue'),
  },
  {
    path: 'zaakdossier/bezwaren/:id',
    name: 'bekostiging-zaak-bezwaar',
    component: () => import('./pages/zaakdossier/BezwaarZaakPage.vue'),
  },
  {
    path: 'opleidingen',
    name: 'bekostiging-opleidingen',
    component: () => import('./pages/opleidingen/OpleidingenPage.vue'),
  },
  {
    path: 'behandeling',
    name: 'bekostiging-behandeling',
    component: () => import('./pages/behandeling/WerkvoorraadPage.vue'),
  },
  {
    path: 'behandeling/aanvragen/:id',
    name: 'bekostiging-behandeling-aanvraag',
    component: () => import('./pages/behandeling/BehandelAanvraagPage.vue'),
  },
  {
    path: 'behandeling/bezwaren/:id',
    name: 'bekostiging-behandeling-bezwaar',
    component: () => import('./pages/behandeling/BehandelBezwaarPage.vue'),
  },
]
