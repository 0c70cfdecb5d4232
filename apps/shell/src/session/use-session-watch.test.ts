import { createApp, defineComponent, h, nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NIET_INGELOGD_EVENT, conceptSleutel, leesConcept } from '@duo/portal-sdk'
import { useSessionStore, type SessionUser } from '../stores/session'
import { useAnnouncer } from '../stores/announcer'
import { useSessionWatch } from './use-session-watch'
import { AUTO_KEY } from './form-keeper'

const T0 = Date.parse('2022-03-01T10:00:00Z')
const status = (idleEndsInMs: number, nu = Date.now()) => ({
  ingelogd: true,
  verlooptOp: new Date(nu + idleEndsInMs).toISOString(),
  absoluutVerlooptOp: new Date(nu + 8 * 3600_000).toISOString(),
  inactiefSeconden: 900,
  nu: new Date(nu).toISOString(),
})
const answers: Array<() => Response> = []
const calls: string[] = []
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init })

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve()
  await nextTick()
}

function mount() {
  const pinia = createPinia()
  setActivePinia(pinia)
  let watch!: ReturnType<typeof useSessionWatch>
  const app = createApp(
    defineComponent({
      setup() {
        watch = useSessionWatch()
        return () => h('div')
      },
    }),
  )
  app.use(pinia)
  const session = useSessionStore()
  session.user = { persoon: { id: 'p1', naam: 'Daan' }, methode: 'eherkenning' } as SessionUser
  session.sessie = status(900_000)
  app.mount(document.createElement('div'))
  return { watch, session, unmount: () => app.unmount() }
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
  sessionStorage.clear()
  answers.length = 0
  calls.length = 0
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push(`${init.method ?? 'GET'} ${url}`)
    return answers.shift()?.() ?? json({})
  })
  document.body.innerHTML = '<main id="main"><form><input id="onderwerp" value=""></form></main>'
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('watching the session', () => {
  it('warns two minutes before the idle end, after checking with the BFF', async () => {
    const { watch } = mount()
    answers.push(() => json(status(120_000)))
    await vi.advanceTimersByTimeAsync(780_000)
    await flush()
    expect(calls).toEqual(['GET /api/sessie'])
    expect(watch.warning.open).toBe(true)
    expect(watch.warning.endsAt).toBeGreaterThan(Date.now() + 119_000)
  })

  it('plans again when there was activity meanwhile', async () => {
    const { watch } = mount()
    answers.push(() => json(status(600_000)))
    await vi.advanceTimersByTimeAsync(780_000)
    await flush()
    expect(watch.warning.open).toBe(false)
  })

  it('"Blijf ingelogd" extends the session with one request and says so', async () => {
    const { watch } = mount()
    answers.push(() => json(status(100_000)))
    await vi.advanceTimersByTimeAsync(800_000)
    await flush()
    answers.push(() => json(status(900_000)))
    await watch.stayLoggedIn()
    expect(calls.at(-1)).toBe('POST /api/sessie/verlengen')
    expect(watch.warning.open).toBe(false)
    expect(useAnnouncer().melding?.nl).toBe('U blijft ingelogd.')
  })

  it('notices the end, keeps what was typed, and keeps showing the page', async () => {
    const { watch, session } = mount()
    ;(document.getElementById('onderwerp') as HTMLInputElement).value = 'Teldatum'
    answers.push(() => json(status(60_000)))
    await vi.advanceTimersByTimeAsync(780_000)
    await flush()
    expect(watch.warning.open).toBe(true)
    answers.push(() => json({ ingelogd: false, verlooptOp: null, nu: new Date().toISOString() }))
    await vi.advanceTimersByTimeAsync(62_000)
    await flush()
    expect(session.verlopen).toBe(true)
    expect(session.user?.persoon.naam).toBe('Daan')
    expect(watch.warning.fromDialog).toBe(true)
    const kept = leesConcept(conceptSleutel(AUTO_KEY, location.pathname), 'p1')
    expect(kept).toEqual({ '#onderwerp': 'Teldatum' })
  })

  it('takes any 401 as the end of the session', async () => {
    const { session, watch } = mount()
    window.dispatchEvent(new CustomEvent(NIET_INGELOGD_EVENT))
    expect(session.verlopen).toBe(true)
    expect(watch.warning.fromDialog).toBe(false)
  })
})
