import { createApp, defineComponent, h, nextTick, reactive, ref, type Ref } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PORTAL_CONTEXT, type PortalContext } from '../context'
import type { PortalUser } from '../contract'
import { CONCEPT_HERSTELD_EVENT, conceptSleutel, leesConcept } from './store'
import { useFormDraft } from './use-form-draft'

const persoon = (id: string) => ({ persoon: { id, naam: id } }) as PortalUser

function mount<T>(user: Ref<PortalUser | null>, setup: () => T) {
  let result!: T
  const app = createApp(
    defineComponent({
      setup() {
        result = setup()
        return () => h('div')
      },
    }),
  )
  app.provide(PORTAL_CONTEXT, { user } as unknown as PortalContext)
  app.mount(document.createElement('div'))
  return { result, unmount: () => app.unmount() }
}

const KEY = () => conceptSleutel('melding')

beforeEach(() => {
  sessionStorage.clear()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('useFormDraft', () => {
  it('saves what is typed and puts it back for the same person on the same page', async () => {
    const user = ref(persoon('p1'))
    const eerste = mount(user, () => {
      const invoer = reactive({ onderwerp: '', omschrijving: '' })
      return { invoer, ...useFormDraft('melding', invoer) }
    })
    eerste.result.invoer.onderwerp = 'Teldatum'
    eerste.result.invoer.omschrijving = 'Welke datum telt?'
    await nextTick()
    vi.advanceTimersByTime(400)
    expect(leesConcept(KEY(), 'p1')).toEqual({
      onderwerp: 'Teldatum',
      omschrijving: 'Welke datum telt?',
    })
    eerste.unmount()

    const gehoord = vi.fn()
    window.addEventListener(CONCEPT_HERSTELD_EVENT, gehoord)
    const tweede = mount(user, () => {
      const invoer = reactive({ onderwerp: '', omschrijving: '' })
      return { invoer, ...useFormDraft('melding', invoer) }
    })
    expect(tweede.result.invoer.onderwerp).toBe('Teldatum')
    expect(tweede.result.hersteld.value).toBe(true)
    expect(gehoord).toHaveBeenCalledOnce()
    window.removeEventListener(CONCEPT_HERSTELD_EVENT, gehoord)
  })

  it('never restores for another person', async () => {
    const user = ref(persoon('p1'))
    const a = mount(user, () => {
      const tekst = ref('')
      return { tekst, ...useFormDraft('melding', { tekst }) }
    })
    a.result.tekst.value = 'vertrouwelijk'
    await nextTick()
    a.unmount() // leaving saves at once
    user.value = persoon('p2')
    const b = mount(user, () => {
      const tekst = ref('')
      return { tekst, ...useFormDraft('melding', { tekst }) }
    })
    expect(b.result.tekst.value).toBe('')
  })

  it('forgets the draft once sent, also when the page leaves right after', async () => {
    const user = ref(persoon('p1'))
    const m = mount(user, () => {
      const invoer = reactive({ onderwerp: '' })
      return { invoer, ...useFormDraft('melding', invoer) }
    })
    m.result.invoer.onderwerp = 'x'
    await nextTick()
    m.result.bewaar()
    expect(leesConcept(KEY(), 'p1')).not.toBeNull()
    m.result.wis()
    m.unmount()
    expect(sessionStorage.getItem(KEY())).toBeNull()
  })

  it('waits for herstel() when the form is first filled from the server', async () => {
    const user = ref(persoon('p1'))
    const a = mount(user, () => {
      const invoer = reactive({ naam: 'Server' })
      return { invoer, ...useFormDraft('contact', invoer) }
    })
    a.result.invoer.naam = 'Getypt'
    await nextTick()
    a.unmount()
    const b = mount(user, () => {
      const invoer = reactive({ naam: '' })
      return { invoer, ...useFormDraft('contact', invoer, { direct: false }) }
    })
    expect(b.result.invoer.naam).toBe('')
    b.result.invoer.naam = 'Server'
    expect(b.result.herstel()).toBe(true)
    expect(b.result.invoer.naam).toBe('Getypt')
  })

  it('does nothing without a logged-in person', async () => {
    const user = ref<PortalUser | null>(null)
    const m = mount(user, () => {
      const invoer = reactive({ a: '' })
      return { invoer, ...useFormDraft('melding', invoer) }
    })
    m.result.invoer.a = 'b'
    await nextTick()
    m.result.bewaar()
    expect(sessionStorage.length).toBe(0)
  })

  it('leaves no draft for a form nobody touched', () => {
    const user = ref(persoon('p1'))
    const m = mount(user, () => useFormDraft('reactie', { status: ref('wacht-op-reactie') }))
    m.unmount()
    expect(sessionStorage.length).toBe(0)
  })

  it('keeps no draft of data only loaded from the server', async () => {
    const user = ref(persoon('p1'))
    const m = mount(user, () => {
      const invoer = reactive({ naam: '' })
      return { invoer, ...useFormDraft('contact', invoer, { direct: false }) }
    })
    m.result.invoer.naam = 'Van de server'
    m.result.herstel()
    await nextTick()
    m.unmount()
    expect(sessionStorage.length).toBe(0)
  })
})
