/**
 * Mounts a beheer component as the shell would: i18n with this section's messages under
 * `beheer`, a router, and a portal context with a harness user and a fake API.
 */
import { isRef, ref, watch, type Ref } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { createRouter, createMemoryHistory } from 'vue-router'
import { createPortalContext, PORTAL_CONTEXT, type PortalUser } from '@duo/portal-sdk'
import { HARNESS_USERS } from '@duo/section-kit/harness'
import nl from '../i18n/nl.json'
import en from '../i18n/en.json'

export { flushPromises }

interface FakeCall {
  method: string
  path: string
  body: unknown
}

type Handler = (call: FakeCall) => { status?: number; json: unknown } | undefined

/** A fake API: answers by `METHOD /path` (errors in the portal's shape), records every call. */
export function fakeBff(routes: Record<string, Handler | unknown>) {
  const calls: FakeCall[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    )
    const method = (init?.method ?? 'GET').toUpperCase()
    let body: unknown = init?.body
    if (typeof body === 'string') body = JSON.parse(body)
    const call = { method, path: url.pathname, body }
    calls.push(call)
    const route = routes[`${method} ${url.pathname}`]
    const answer =
      typeof route === 'function'
        ? (route as Handler)(call)
        : route === undefined
          ? undefined
          : { json: route }
    if (!answer)
      return new Response(
        JSON.stringify({ code: 'niet-gevonden', nl: 'Niet gevonden', en: 'Not found' }),
        { status: 404 },
      )
    return new Response(JSON.stringify(answer.json), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    })
  }
  return { fetch, calls }
}

const newRouter = () =>
  createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })

/** A router at a URL (with its query), for a page that reads its state from the URL. */
export async function routerAt(path: string) {
  const router = newRouter()
  await router.push(path)
  await router.isReady()
  return router
}

/** The DUO security servicedesk, as the BFF describes staff (no bestuur, internal role). */
export const SERVICEDESK: PortalUser = {
  persoon: { id: 'p-desk', naam: 'Sanne de Vries' },
  soort: 'duo-medewerker',
  organisatie: null,
  grants: [{ role: 'duo-security-servicedesk', kenmerk: 'DUO', from: null, until: null }],
  machtigingen: [],
  niveau: null,
  bestuur: null,
}

export function harnessUser(id: string): PortalUser {
  const found = HARNESS_USERS.find((u) => u.id === id)
  if (!found) throw new Error(`Geen harness-gebruiker ${id}`)
  return found.user
}

export function mountWithPortal<C>(
  component: C,
  options: {
    user?: PortalUser
    fetch: typeof fetch
    props?: Record<string, unknown>
    now?: Date
    /** The language; a ref lets the test switch it while the page is mounted. */
    locale?: 'nl' | 'en' | Ref<'nl' | 'en'>
    /** A router already at the page's URL (`routerAt`). */
    router?: ReturnType<typeof createRouter>
  },
) {
  const locale = isRef(options.locale) ? options.locale : ref(options.locale ?? 'nl')
  const i18n = createI18n({
    legacy: false,
    locale: locale.value,
    fallbackLocale: 'nl',
    messages: { nl: { beheer: nl }, en: { beheer: en } },
  })
  // As in the shell: one language for vue-i18n and the portal context.
  watch(locale, (l) => (i18n.global.locale.value = l), { flush: 'sync' })
  const router = options.router ?? newRouter()
  const context = createPortalContext({
    user: ref(options.user ?? harnessUser('alles')),
    locale,
    fetch: options.fetch,
    now: () => options.now ?? new Date('2022-03-01T10:00:00+01:00'),
    navigate: async () => {},
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component
  return mount(component as any, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [i18n, router], provide: { [PORTAL_CONTEXT as symbol]: context } },
  })
}
