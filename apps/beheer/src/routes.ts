import type { RouteRecordRaw } from 'vue-router'
import meta from './section.meta'

const permissionOf = (path: string) => meta.nav.find((item) => item.path === path)?.permission

/** Routes below `/beheer/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'beheer', component: () => import('./pages/landing/LandingPage.vue') },
  {
    path: 'mijn-rollen',
    name: 'beheer-mijn-rollen',
    component: () => import('./pages/mijn-rollen/MijnRollenPage.vue'),
    meta: { permission: permissionOf('mijn-rollen') },
  },
  {
    path: 'autorisaties',
    name: 'beheer-autorisaties',
    component: () => import('./pages/autorisaties/AutorisatiesPage.vue'),
    meta: { permission: permissionOf('autorisaties') },
  },
  {
    path: 'aanmelding',
    name: 'beheer-aanmelding',
    component: () => import('./pages/aanmelding/AanmeldingPage.vue'),
    meta: { permission: permissionOf('aanmelding') },
  },
  {
    path: 'aanmeldingen',
    name: 'beheer-aanmeldingen',
    component: () => import('./pages/werkvoorraad/WerkvoorraadPage.vue'),
    meta: { permission: permissionOf('aanmeldingen') },
  },
  {
    path: 'logboek',
    name: 'beheer-logboek',
    component: () => import('./pages/logboek/LogboekPage.vue'),
    meta: { permission: permissionOf('logboek') },
  },
]
