/**
 * The standalone harness: runs one section in a small fake portal (router, i18n, Pinia and a
 * portal context with a switchable test user), so a section team works without the shell.
 */
import { createApp, ref } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHistory } from 'vue-router'
import { createI18n } from 'vue-i18n'
import {
  createPortalContext,
  loadAuthzTexts,
  providePortal,
  type Locale,
  type PortalUser,
  type SectionDefinition,
} from '@duo/portal-sdk'
import '@duo/ui/styles.css'
import HarnessFrame from './HarnessFrame.vue'
import { HARNESS_USERS } from './users'

export { HARNESS_USERS }

export function startHarness(section: SectionDefinition, selector = '#app'): void {
  const id = section.meta.id
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', redirect: `/${id}/` },
      { path: `/${id}`, children: section.routes },
    ],
  })
  const i18n = createI18n({
    legacy: false,
    locale: 'nl',
    fallbackLocale: 'nl',
    messages: { nl: { [id]: section.messages.nl }, en: { [id]: section.messages.en } },
  })
  const locale = ref<Locale>('nl')
  const user = ref<PortalUser | null>(HARNESS_USERS[0]!.user)
  const app = createApp(HarnessFrame, {
    section: section.meta,
    users: HARNESS_USERS,
    onSelect: (userId: string) => {
      user.value = HARNESS_USERS.find((u) => u.id === userId)?.user ?? null
    },
  })
  providePortal(
    app,
    createPortalContext({
      user,
      locale,
      fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      now: () => new Date(),
      navigate: async (path) => {
        await router.push(`/${id}/${path}`)
      },
    }),
  )
  app.use(createPinia()).use(router).use(i18n)
  // The texts of @duo/authz (the reasons shown on a refused page) before the first page.
  void loadAuthzTexts()
    .catch((error: unknown) => console.warn('[harness] teksten van @duo/authz niet geladen', error))
    .then(() => app.mount(selector))
}
