import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import DuoCheckboxGroup from './DuoCheckboxGroup.vue'
import DuoRadioGroup from './DuoRadioGroup.vue'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'
import { vModel } from '../test/helpers-model'

afterEach(() => {
  document.body.innerHTML = ''
})

const options = [
  { value: '12AB', label: 'OBS De Linde', description: 'Utrecht' },
  { value: '34CD', label: 'OBS Het Kompas' },
]

describe('DuoCheckboxGroup', () => {
  it('groups the boxes under a legend; the first box carries the group id', () => {
    const group = mount(DuoCheckboxGroup, {
      props: { id: 'scholen', legend: 'Voor welke scholen?', options, modelValue: [] },
    })
    expect(group.find('fieldset legend').text()).toBe('Voor welke scholen?')
    const ids = group.findAll('input[type="checkbox"]').map((i) => i.attributes('id'))
    expect(ids).toEqual(['scholen', 'scholen-2'])
    expect(group.find('label[for="scholen"]').text()).toBe('OBS De Linde')
    expect(group.find('#scholen').attributes('aria-describedby')).toBe('scholen-uitleg')
    expect(group.find('#scholen-uitleg').text()).toBe('Utrecht')
  })

  it('reports the checked values as a list', async () => {
    const group: VueWrapper = mount(DuoCheckboxGroup, {
      props: { id: 'scholen', legend: 'Scholen', options, ...vModel<string[]>([], () => group) },
    })
    await group.find('#scholen-2').setValue(true)
    await group.find('#scholen').setValue(true)
    await group.find('#scholen-2').setValue(false)
    expect(group.emitted('update:modelValue')).toEqual([[['34CD']], [['34CD', '12AB']], [['12AB']]])
  })

  it('ties the group error to the fieldset and marks every box invalid', () => {
    const group = mount(DuoCheckboxGroup, {
      props: {
        id: 'scholen',
        legend: 'Scholen',
        description: 'Kies er één of meer',
        error: 'Kies ten minste één school.',
        required: true,
        options,
        modelValue: [],
      },
    })
    expect(group.find('fieldset').attributes('aria-describedby')).toBe(
      'scholen-uitleg scholen-fout',
    )
    expect(group.find('legend').text()).toBe('Scholen (verplicht)')
    expect(group.findAll('input').map((i) => i.attributes('aria-invalid'))).toEqual([
      'true',
      'true',
    ])
  })

  it('has no obvious accessibility errors', async () => {
    const group = mount(DuoCheckboxGroup, {
      attachTo: document.body,
      props: { id: 'scholen', legend: 'Scholen', error: 'Kies er een', options, modelValue: [] },
    })
    await expectGeenAxeFouten(group.element)
  })
})

describe('DuoRadioGroup', () => {
  const soorten = [
    { value: 'nieuw', label: { nl: 'Een nieuwe school', en: 'A new school' } },
    { value: 'wijziging', label: { nl: 'Een wijziging', en: 'A change' } },
  ]

  it('is one radio group, with its required and invalid state', () => {
    const group = mount(DuoRadioGroup, {
      props: {
        id: 'soort',
        legend: 'Wat wilt u aanvragen?',
        options: soorten,
        modelValue: '',
        required: true,
        error: 'Kies wat u wilt aanvragen.',
      },
    })
    const fieldset = group.find('fieldset')
    expect(fieldset.attributes('role')).toBe('radiogroup')
    expect(fieldset.attributes('aria-required')).toBe('true')
    expect(fieldset.attributes('aria-invalid')).toBe('true')
    expect(fieldset.attributes('aria-describedby')).toBe('soort-fout')
    expect(group.findAll('input[type="radio"]').map((r) => r.attributes('name'))).toEqual([
      'soort',
      'soort',
    ])
  })

  it('reports the choice and follows a language switch', async () => {
    const portal = portalMet('nl')
    const group = mount(DuoRadioGroup, {
      ...portal,
      props: { id: 'soort', legend: { nl: 'Soort', en: 'Kind' }, options: soorten, modelValue: '' },
    })
    await group.find('#soort-2').setValue(true)
    expect(group.emitted('update:modelValue')).toEqual([['wijziging']])
    portal.locale.value = 'en'
    await group.vm.$nextTick()
    expect(group.find('legend').text()).toBe('Kind')
    expect(group.findAll('label').map((l) => l.text())).toEqual(['A new school', 'A change'])
  })

  it('has no obvious accessibility errors', async () => {
    const group = mount(DuoRadioGroup, {
      attachTo: document.body,
      props: {
        id: 'soort',
        legend: 'Soort',
        options: soorten,
        modelValue: 'nieuw',
        required: true,
        error: 'Kies er een',
      },
    })
    await expectGeenAxeFouten(group.element)
  })
})
