import { computed, type App } from 'vue'
import type { Router } from 'vue-router'
import { createPortalContext, providePortal } from '@duo/portal-sdk'
import type { I18n } from 'vue-i18n'
import { useSessionStore } from './stores/session'
import { portalFetch } from './api/portal-fetch'

/** Gives every section the portal context: user, `can` bound to @duo/authz, fetch, clock. */
export function installPortalContext(app: App, router: Router, i18n: I18n<object, object, object, string, false>): void {
  const session = useSessionStore()
  providePortal(
    app,
    createPortalContext({
      user: computed(() => session.user),
      locale: computed(() => i18n.global.locale.value as 'nl' | 'en'),
      fetch: portalFetch,
      now: session.now,
      navigate: async (path) => {
        const section = router.currentRoute.value.path.split('/')[1]
        await router.push(`/${section}/${path}`)
      },
    }),
  )
}
