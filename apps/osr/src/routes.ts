import type { RouteRecordRaw } from 'vue-router'
import type { PermissionId } from '@duo/authz'

/**
 * The bestuur's pages open for everyone of a bestuur (a permission that comes with logging in),
 * so the page itself can say why not: a bestuur without the overeenkomst OSR reads what it means
 * and how to arrange it, instead of only "you need the role OSR-toegang". DUO staff are refused
 * by the shell. The API decides on every request anyway.
 */
const bestuurspagina = { permission: 'beheer.eigen-rollen.raadplegen' satisfies PermissionId }

/** Routes below `/osr/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'osr', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'overeenkomst',
    name: 'osr-overeenkomst',
    meta: bestuurspagina,
    component: () => import('./pages/overeenkomst/OvereenkomstPage.vue'),
  },
  {
    path: 'las',
    name: 'osr-las',
    meta: bestuurspagina,
    component: () => import('./pages/las/LasPage.vue'),
  },
  {
    path: 'mandaten',
    name: 'osr-mandaten',
    meta: bestuurspagina,
    component: () => import('./pages/mandaten/MandatenPage.vue'),
  },
  {
    path: 'mandaten/nieuw',
    name: 'osr-mandaat-nieuw',
    meta: bestuurspagina,
    component: () => import('./pages/mandaten/NieuwMandaatPage.vue'),
  },
  {
    path: 'mandaten/:id',
    name: 'osr-mandaat',
    meta: bestuurspagina,
    component: () => import('./pages/mandaten/MandaatPage.vue'),
  },
  {
    path: 'register/aanvragen',
    name: 'osr-register-aanvragen',
    component: () => import('./pages/register/AanvragenPage.vue'),
  },
  {
    path: 'register/systemen',
    name: 'osr-register-systemen',
    component: () => import('./pages/register/SystemenPage.vue'),
  },
]
