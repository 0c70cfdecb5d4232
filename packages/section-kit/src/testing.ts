/**
 * Mounting a section page in a test: the section's routes in a memory router, its messages,
 * Pinia, and a portal context for one of the harness users.
 * @example
 * const page = await mountSection(section, 'geen-rollen')
 * expect(page.find('h1').text()).toBe(section.meta.title.nl)
 */
import { defineComponent, h, ref } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { mount, flushPromises, type VueWrapper } from '@vue/test-utils'
import {
  createPortalContext,
  PORTAL_CONTEXT,
  type PortalUser,
  type SectionDefinition,
} from '@duo/portal-sdk'
import { HARNESS_USERS } from './harness/users'

export async function mountSection(
  section: SectionDefinition,
  userId: string,
  options: { path?: string; now?: string; locale?: 'nl' | 'en'; fetch?: typeof fetch } = {},
): Promise<VueWrapper> {
  const id = section.meta.id
  const user = ref<PortalUser | null>(HARNESS_USERS.find((u) => u.id === userId)?.user ?? null)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: `/${id}`, children: section.routes }],
  })
  const locale = options.locale ?? 'nl'
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: { nl: { [id]: section.messages.nl }, en: { [id]: section.messages.en } },
  })
  const portal = createPortalContext({
    user,
    locale: ref(locale),
    fetch: options.fetch ?? (() => Promise.reject(new Error('geen netwerk in deze test'))),
    now: () => new Date(options.now ?? '2026-11-28T10:00:00+01:00'),
    navigate: async (path) => {
      await router.push(`/${id}/${path}`)
    },
  })
  await router.push(`/${id}/${options.path ?? ''}`)
  await router.isReady()
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: {
      plugins: [router, i18n, createPinia()],
      provide: { [PORTAL_CONTEXT as symbol]: portal },
    },
  })
  await flushPromises()
  return wrapper
}
