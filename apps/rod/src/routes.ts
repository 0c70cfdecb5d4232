import type { RouteRecordRaw } from 'vue-router'
import { FeaturePage } from '@duo/ui'
import meta from './section.meta'

/** Routes below `/rod/`. Pages load on first visit, from this section's own origin. */
export const routes: RouteRecordRaw[] = [
  { path: '', name: 'rod', component: () => import('./pages/landing/LandingPage.vue') },
  ...meta.nav
    .filter((item) => item.path)
    .map((item) => ({
      path: item.path,
      name: `rod-${item.path.replace('/', '-')}`,
      component: FeaturePage,
      props: { item },
      meta: { permission: item.permission },
    })),
]
