import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DuoTextField from './DuoTextField.vue'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('DuoTextField', () => {
  it('ties label, description and error to the input for screen readers', () => {
    const field = mount(DuoTextField, {
      props: {
        id: 'kenmerk',
        label: 'Kenmerk',
        description: 'Bijvoorbeeld 12AB',
        error: 'Onbekend kenmerk',
        modelValue: '12ab',
      },
    })
    const input = field.find('input')
    expect(field.find('label').attributes('for')).toBe('kenmerk')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('kenmerk-uitleg kenmerk-fout')
    expect(field.find('#kenmerk-fout').text()).toBe('Fout: Onbekend kenmerk')
    expect(field.find('.utrecht-form-field').classes()).toContain('utrecht-form-field--invalid')
  })

  it('keeps what was typed and reports it', async () => {
    const field = mount(DuoTextField, { props: { id: 'naam', label: 'Naam', modelValue: '' } })
    await field.find('input').setValue('Anouk')
    expect(field.emitted('update:modelValue')).toEqual([['Anouk']])
    expect(field.find('input').attributes('aria-invalid')).toBeUndefined()
    expect(field.find('input').attributes('aria-describedby')).toBeUndefined()
  })

  it('marks a required field in the label and on the input', () => {
    const field = mount(DuoTextField, {
      props: { id: 'naam', label: 'Naam', modelValue: '', required: true },
    })
    expect(field.find('label').text()).toBe('Naam (verplicht)')
    expect(field.find('input').attributes('required')).toBeDefined()
  })

  it('passes other attributes to the input, not to the wrapper', () => {
    const field = mount(DuoTextField, {
      props: { id: 'zoek', label: 'Zoek', modelValue: '' },
      attrs: { maxlength: '100', 'data-testid': 'zoekveld' },
    })
    expect(field.find('input').attributes('maxlength')).toBe('100')
    expect(field.find('[data-testid="zoekveld"]').element.tagName).toBe('INPUT')
  })

  it('shows an error given in both languages in the current one, and follows a switch', async () => {
    const portal = portalMet('nl')
    const field = mount(DuoTextField, {
      ...portal,
      props: {
        id: 'email',
        label: { nl: 'E-mailadres', en: 'E-mail address' },
        error: { nl: 'Vul een geldig e-mailadres in', en: 'Enter a valid e-mail address' },
        modelValue: 'x',
        required: true,
      },
    })
    expect(field.find('#email-fout').text()).toBe('Fout: Vul een geldig e-mailadres in')
    portal.locale.value = 'en'
    await field.vm.$nextTick()
    expect(field.find('#email-fout').text()).toBe('Error: Enter a valid e-mail address')
    expect(field.find('label').text()).toBe('E-mail address (required)')
  })

  it('has no obvious accessibility errors', async () => {
    const field = mount(DuoTextField, {
      attachTo: document.body,
      props: {
        id: 'naam',
        label: 'Naam',
        description: 'Zoals in het handelsregister',
        error: 'Vul de naam in',
        modelValue: '',
        required: true,
      },
    })
    await expectGeenAxeFouten(field.element)
  })
})
