import { computed, type App } from 'vue'
import type { Router } from 'vue-router'
import { createPortalContext, providePortal } from '@duo/portal-sdk'
import { useSessionStore } from './stores/session'
import { portalFetch } from './api/portal-fetch'

/** Gives every section the portal context: user, `can` bound to @duo/authz, fetch, clock. */
/** What the context needs of i18n: the current locale. */
interface LocaleSource {
  global: { locale: { value: string } }
}

export function installPortalContext(app: App, router: Router, i18n: LocaleSource): void {
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
