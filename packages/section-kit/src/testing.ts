/**
 * Mounting a section page in a test: the section's routes in a memory router, its messages,
 * Pinia, and a portal context for one of the harness users.
 * @example
 * const page = await mountSection(section, 'geen-rollen')
 * expect(page.find('h1').text()).toBe(section.meta.title.nl)
 * @example
 * // Switching the language during a test: pass a ref and set it, as the shell's switch does.
 * const taal = ref<'nl' | 'en'>('nl')
 * const page = await mountSection(section, 'alles', { locale: taal })
 * taal.value = 'en'
 * await nextTick()
 */
import { computed, defineComponent, h, isRef, ref, watch, type Ref } from 'vue'
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
  options: {
    path?: string
    now?: string
    /** The language; a ref lets the test switch it while the page is mounted. */
    locale?: 'nl' | 'en' | Ref<'nl' | 'en'>
    fetch?: typeof fetch
  } = {},
): Promise<VueWrapper> {
  const id = section.meta.id
  const user = ref<PortalUser | null>(HARNESS_USERS.find((u) => u.id === userId)?.user ?? null)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: `/${id}`, children: section.routes }],
  })
  const locale = isRef(options.locale) ? options.locale : ref(options.locale ?? 'nl')
  const i18n = createI18n({
    legacy: false,
    locale: locale.value,
    messages: { nl: { [id]: section.messages.nl }, en: { [id]: section.messages.en } },
  })
  // As in the shell: one language, vue-i18n's, which the portal context reads.
  watch(locale, (l) => (i18n.global.locale.value = l), { flush: 'sync' })
  const portal = createPortalContext({
    user,
    locale: computed(() => i18n.global.locale.value as 'nl' | 'en'),
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

export { fakeBff, apiFoutAntwoord, type Call } from './fake-bff'
export { vertalingsProblemen, GEEN_PROBLEMEN, sleutels, type Boom } from './vertalingen'
