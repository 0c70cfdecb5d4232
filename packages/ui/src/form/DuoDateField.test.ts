import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DuoDateField from './DuoDateField.vue'
import { expectGeenAxeFouten } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('DuoDateField', () => {
  it('is a native date input limited by min and max', () => {
    const field = mount(DuoDateField, {
      props: {
        id: 'tot',
        label: 'Tot en met',
        modelValue: '',
        min: '2024-01-01',
        max: '2024-12-31',
      },
    })
    const input = field.find('input')
    expect(input.attributes('type')).toBe('date')
    expect(input.attributes('min')).toBe('2024-01-01')
    expect(input.attributes('max')).toBe('2024-12-31')
  })

  it('gives and takes the day as YYYY-MM-DD', async () => {
    const field = mount(DuoDateField, {
      props: { id: 'tot', label: 'Tot en met', modelValue: '2024-03-01' },
    })
    expect((field.find('input').element as HTMLInputElement).value).toBe('2024-03-01')
    await field.find('input').setValue('2024-04-15')
    expect(field.emitted('update:modelValue')).toEqual([['2024-04-15']])
  })

  it('marks an error on the input', () => {
    const field = mount(DuoDateField, {
      props: { id: 'tot', label: 'Tot', modelValue: '', error: 'De dag ligt in het verleden.' },
    })
    expect(field.find('input').attributes('aria-invalid')).toBe('true')
    expect(field.find('input').attributes('aria-describedby')).toBe('tot-fout')
  })

  it('has no obvious accessibility errors', async () => {
    const field = mount(DuoDateField, {
      attachTo: document.body,
      props: { id: 'tot', label: 'Tot', modelValue: '', error: 'Fout', required: true },
    })
    await expectGeenAxeFouten(field.element)
  })
})
