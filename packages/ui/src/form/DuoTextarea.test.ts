import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import DuoTextarea from './DuoTextarea.vue'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('DuoTextarea', () => {
  it('reports what was typed', async () => {
    const field = mount(DuoTextarea, { props: { id: 'bericht', label: 'Bericht', modelValue: '' } })
    await field.find('textarea').setValue('Hallo')
    expect(field.emitted('update:modelValue')).toEqual([['Hallo']])
  })

  it('without a counter lets the browser stop at maxlength', () => {
    const field = mount(DuoTextarea, {
      props: { id: 'bericht', label: 'Bericht', modelValue: '', maxlength: 200 },
    })
    expect(field.find('textarea').attributes('maxlength')).toBe('200')
    expect(field.find('#bericht-teller').exists()).toBe(false)
  })

  it('with a counter says what is left, ties it to the field and says how many too many', async () => {
    const field = mount(DuoTextarea, {
      props: { id: 'bericht', label: 'Bericht', modelValue: 'abc', maxlength: 5, counter: true },
    })
    const textarea = field.find('textarea')
    expect(textarea.attributes('maxlength')).toBeUndefined()
    expect(textarea.attributes('aria-describedby')).toBe('bericht-teller')
    expect(field.find('#bericht-teller').text()).toBe('Nog 2 tekens over')
    await field.setProps({ modelValue: 'abcdefg' })
    expect(field.find('#bericht-teller').text()).toBe('2 tekens te veel')
    expect(field.find('#bericht-teller').classes()).toContain('duo-counter--over')
  })

  it('announces the count only after typing pauses, in the current language', async () => {
    vi.useFakeTimers()
    const portal = portalMet('en')
    const field = mount(DuoTextarea, {
      ...portal,
      props: { id: 'bericht', label: 'Message', modelValue: '', maxlength: 10, counter: true },
    })
    const status = () => field.find('[role="status"]').text()
    await field.setProps({ modelValue: 'a' })
    await field.setProps({ modelValue: 'ab' })
    expect(status()).toBe('')
    vi.advanceTimersByTime(1000)
    await field.vm.$nextTick()
    expect(status()).toBe('8 characters remaining')
  })

  it('has no obvious accessibility errors', async () => {
    const field = mount(DuoTextarea, {
      attachTo: document.body,
      props: {
        id: 'bericht',
        label: 'Bericht',
        description: 'Beschrijf uw vraag',
        error: 'Vul het bericht in.',
        modelValue: '',
        maxlength: 100,
        counter: true,
        required: true,
      },
    })
    await expectGeenAxeFouten(field.element.parentElement!)
  })
})
