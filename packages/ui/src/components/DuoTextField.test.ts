import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DuoTextField from './DuoTextField.vue'

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
    expect(field.find('#kenmerk-fout').text()).toBe('Onbekend kenmerk')
  })

  it('keeps what was typed and reports it', async () => {
    const field = mount(DuoTextField, { props: { id: 'naam', label: 'Naam', modelValue: '' } })
    await field.find('input').setValue('Anouk')
    expect(field.emitted('update:modelValue')).toEqual([['Anouk']])
    expect(field.find('input').attributes('aria-invalid')).toBeUndefined()
  })
})
