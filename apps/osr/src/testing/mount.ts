/**
 * Mounting an OSR page in a component test, as the shell would: this section's routes and
 * messages, and a portal context for any user (also one whose bestuur has no overeenkomst OSR,
 * which the shared harness users do not cover).
 */
import { computed, defineComponent, h, isRef, ref, watch, type Ref } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { flushPromises, mount } from '@vue/test-utils'
import { createPortalContext, PORTAL_CONTEXT, type PortalUser } from '@duo/portal-sdk'
import section from '../section'

export { flushPromises }
export { fakeBff, apiFoutAntwoord } from '@duo/section-kit/testing'

const BESTUUR = {
  bestuursnummer: '41234',
  kvk: '30123456',
  onderwijsbestuurcode: '101B234',
  naam: 'Stichting Openbaar Onderwijs De Linde',
  osrOvereenkomstGetekend: true,
  scholen: [
    {
      instellingscode: '12AB',
      naam: 'OBS De Regenboog',
      vestigingscodes: ['12AB00'],
      onderwijsaanbiedercode: '101A001',
    },
    {
      instellingscode: '34CD',
      naam: 'OBS Het Kompas',
      vestigingscodes: ['34CD00'],
      onderwijsaanbiedercode: '101A002',
    },
  ],
}

/** A person of bestuur A (or, with `getekend: false`, of a bestuur without the overeenkomst). */
export function bestuurder(rollen: string[], opties: { getekend?: boolean } = {}): PortalUser {
  const bestuur = { ...BESTUUR, osrOvereenkomstGetekend: opties.getekend ?? true }
  return {
    persoon: { id: 'p-test', naam: 'Iris Dekker' },
    soort: 'bestuur-medewerker',
    organisatie: {
      kvk: bestuur.kvk,
      bestuursnummer: bestuur.bestuursnummer,
      naam: bestuur.naam,
      intermediair: null,
    },
    grants: rollen.map((role) => ({ role, kenmerk: '41234', from: null, until: null })),
    machtigingen: ['mijn-duo', 'mijn-helpdesk-po'],
    niveau: 'EH3',
    bestuur,
  }
}

/** Kennisnet's OSR administrator. */
export const kennisnet: PortalUser = {
  persoon: { id: 'p-kn', naam: 'Joost van Dam' },
  soort: 'duo-medewerker',
  organisatie: null,
  grants: [{ role: 'kennisnet-osr-beheerder', kenmerk: 'DUO', from: null, until: null }],
  machtigingen: [],
  niveau: null,
  bestuur: null,
}

export async function mountOsr(
  path: string,
  opties: {
    user: PortalUser
    fetch?: typeof fetch
    locale?: 'nl' | 'en' | Ref<'nl' | 'en'>
    now?: string
  },
) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/osr', children: section.routes }],
  })
  const locale = isRef(opties.locale) ? opties.locale : ref(opties.locale ?? 'nl')
  const i18n = createI18n({
    legacy: false,
    locale: locale.value,
    messages: { nl: { osr: section.messages.nl }, en: { osr: section.messages.en } },
  })
  watch(locale, (l) => (i18n.global.locale.value = l), { flush: 'sync' })
  const portal = createPortalContext({
    user: ref(opties.user),
    locale: computed(() => i18n.global.locale.value as 'nl' | 'en'),
    fetch: opties.fetch ?? (() => Promise.reject(new Error('geen netwerk in deze test'))),
    now: () => new Date(opties.now ?? '2022-06-01T10:00:00+02:00'),
    navigate: async (p) => {
      await router.push(`/osr/${p}`)
    },
  })
  await router.push(`/osr/${path}`)
  await router.isReady()
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    attachTo: document.body,
    global: {
      plugins: [router, i18n, createPinia()],
      provide: { [PORTAL_CONTEXT as symbol]: portal },
    },
  })
  await flushPromises()
  return { wrapper, router }
}
