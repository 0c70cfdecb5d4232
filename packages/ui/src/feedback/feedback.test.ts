import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiFout, geenVerbinding } from '@duo/portal-sdk/errors'
import DuoErrorState from './DuoErrorState.vue'
import DuoEmptyState from './DuoEmptyState.vue'
import DuoStatusLabel from './DuoStatusLabel.vue'
import DuoLiveRegion from './DuoLiveRegion.vue'
import DuoProgressBar from './DuoProgressBar.vue'
import { veldFout } from './fouten'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('DuoErrorState', () => {
  it('shows the ApiFout in the current language and follows a switch', async () => {
    const portal = portalMet('nl')
    const w = mount(DuoErrorState, { ...portal, props: { error: geenVerbinding() } })
    expect(w.find('[role="alert"]').text()).toContain('Er is geen verbinding met de server.')
    portal.locale.value = 'en'
    await nextTick()
    expect(w.text()).toContain('There is no connection with the server.')
    expect(w.find('button').text()).toBe('Try again')
  })

  it('asks to try again', async () => {
    const w = mount(DuoErrorState, { props: { error: new ApiFout(503, 'x', 'Weg', 'Gone') } })
    await w.find('button').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })

  it('says something general for anything else thrown, and can leave out the button', () => {
    const w = mount(DuoErrorState, {
      props: { error: new TypeError('x is undefined'), retry: false },
    })
    expect(w.text()).toBe('Er ging iets mis. Probeer het later opnieuw.')
    expect(w.find('button').exists()).toBe(false)
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoErrorState, {
      attachTo: document.body,
      props: { error: geenVerbinding(), title: 'Laden mislukt' },
    })
    await expectGeenAxeFouten(w.element)
  })
})

describe('DuoEmptyState', () => {
  it('says there are no results, in the current language, or what it is told', async () => {
    const portal = portalMet('nl')
    const w = mount(DuoEmptyState, { ...portal })
    expect(w.text()).toBe('Geen resultaten')
    portal.locale.value = 'en'
    await nextTick()
    expect(w.text()).toBe('No results')
    await w.setProps({ title: { nl: 'Geen meldingen', en: 'No reports' } })
    expect(w.text()).toBe('No reports')
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoEmptyState, {
      attachTo: document.body,
      slots: { default: 'Wis de filters.' },
    })
    await expectGeenAxeFouten(w.element)
  })
})

describe('DuoStatusLabel', () => {
  it('always shows its text, with a shape for the tone', () => {
    const w = mount(DuoStatusLabel, { props: { tone: 'success', label: 'Afgehandeld' } })
    expect(w.text()).toContain('Afgehandeld')
    expect(w.classes()).toContain('duo-status--success')
    expect(w.find('[aria-hidden="true"]').text()).toBe('✓')
  })

  it('takes its text from the slot too', () => {
    const w = mount(DuoStatusLabel, { props: { tone: 'warning' }, slots: { default: 'Wacht' } })
    expect(w.text()).toContain('Wacht')
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoStatusLabel, {
      attachTo: document.body,
      props: { tone: 'error', label: 'Afgewezen' },
    })
    await expectGeenAxeFouten(w.element)
  })
})

describe('DuoLiveRegion', () => {
  it('is there before any message and shows a message politely, without a second live region', async () => {
    const w = mount(DuoLiveRegion)
    expect(w.attributes('role')).toBe('status')
    expect(w.text()).toBe('')
    await w.setProps({ message: 'Opgeslagen' })
    await flushPromises()
    expect(w.text()).toBe('Opgeslagen')
    expect(w.element.querySelectorAll('[role], [aria-live]').length).toBe(0)
  })

  it('announces a repeat of the same words again (emptied first)', async () => {
    const w = mount(DuoLiveRegion, { props: { message: { nl: 'Opgeslagen', en: 'Saved' } } })
    await w.setProps({ message: { nl: 'Opgeslagen', en: 'Saved' } })
    expect(w.text()).toBe('')
    await flushPromises()
    expect(w.text()).toBe('Opgeslagen')
  })

  it('warns when it is placed inside another live region', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const Fout = defineComponent(
      () => () => h('div', { 'aria-live': 'polite' }, [h(DuoLiveRegion)]),
    )
    mount(Fout, { attachTo: document.body })
    expect(warn).toHaveBeenCalledOnce()
    mount(DuoLiveRegion, { attachTo: document.body })
    expect(warn).toHaveBeenCalledOnce()
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoLiveRegion, { attachTo: document.body, props: { message: 'Verwijderd' } })
    await expectGeenAxeFouten(w.element)
  })
})

describe('DuoProgressBar', () => {
  it('binds the value to aria-valuenow and announces quarter steps only', async () => {
    const portal = portalMet('nl')
    const w = mount(DuoProgressBar, { ...portal, props: { value: 37.4 } })
    const balk = w.find('[role="progressbar"]')
    expect(balk.attributes('aria-valuenow')).toBe('37')
    expect(balk.attributes('aria-valuetext')).toBe('37% verstuurd')
    expect(w.find('[role="status"]').text()).toBe('25% verstuurd')
    const label = w.find(`[id="${balk.attributes('aria-labelledby')}"]`)
    expect(label.text()).toBe('Bezig met versturen')
    await w.setProps({ value: 140 })
    expect(w.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('100')
    portal.locale.value = 'en'
    await nextTick()
    expect(w.find('[role="status"]').text()).toBe('100% sent')
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoProgressBar, { attachTo: document.body, props: { value: 50 } })
    await expectGeenAxeFouten(w.element)
  })
})

describe('veldFout', () => {
  it('picks one field of an ApiFout in both languages', () => {
    const fout = new ApiFout(400, 'x', 'n', 'e', [{ veld: 'email', nl: 'Ongeldig', en: 'Invalid' }])
    expect(veldFout(fout, 'email')).toEqual({ nl: 'Ongeldig', en: 'Invalid' })
    expect(veldFout(fout, 'naam')).toBeUndefined()
    expect(veldFout(new Error('x'), 'email')).toBeUndefined()
  })
})
