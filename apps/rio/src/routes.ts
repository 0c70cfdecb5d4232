import type { RouteRecordRaw } from 'vue-router'

const lijst = () => import('./pages/lijst/RegisterLijstPage.vue')
const wijziging = () => import('./pages/object/WijzigingPage.vue')
// Pages outside the menu: the shell refuses them, with the reason, to who cannot read RIO.
const LEZEN = { permission: 'rio.raadplegen' }

/** Routes below `/rio/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'rio', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'structuur',
    name: 'rio-structuur',
    component: () => import('./pages/structuur/StructuurPage.vue'),
  },
  {
    path: 'onderwijsbestuur',
    name: 'rio-onderwijsbestuur',
    component: () => import('./pages/onderwijsbestuur/OnderwijsbestuurPage.vue'),
  },
  {
    path: 'onderwijsaanbieders',
    name: 'rio-onderwijsaanbieders',
    component: lijst,
    props: { soort: 'onderwijsaanbieder' },
  },
  {
    path: 'onderwijslocaties',
    name: 'rio-onderwijslocaties',
    component: lijst,
    props: { soort: 'onderwijslocatie' },
  },
  {
    path: 'opleidingen',
    name: 'rio-opleidingen',
    component: lijst,
    props: { soort: 'aangeboden-opleiding' },
  },
  {
    path: 'contact',
    name: 'rio-contact',
    component: lijst,
    props: { soort: 'communicatiecontext' },
  },
  {
    path: 'wijzigingen',
    name: 'rio-wijzigingen',
    component: () => import('./pages/wijzigingen/WijzigingenPage.vue'),
  },
  {
    path: 'stappenplan',
    name: 'rio-stappenplan',
    component: () => import('./pages/stappenplan/StappenplanPage.vue'),
  },
  {
    path: 'objecten/:code',
    name: 'rio-object',
    meta: LEZEN,
    component: () => import('./pages/object/ObjectPage.vue'),
  },
  {
    path: 'objecten/:code/wijzigen',
    name: 'rio-object-wijzigen',
    meta: LEZEN,
    component: wijziging,
    props: { modus: 'wijzig' },
  },
  {
    path: 'objecten/:code/beeindigen',
    name: 'rio-object-beeindigen',
    meta: LEZEN,
    component: wijziging,
    props: { modus: 'beeindig' },
  },
  {
    path: 'nieuw/:soort',
    name: 'rio-nieuw',
    meta: LEZEN,
    component: wijziging,
    props: { modus: 'registreer' },
  },
]
