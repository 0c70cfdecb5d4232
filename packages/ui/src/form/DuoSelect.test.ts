import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DuoSelect from './DuoSelect.vue'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

const options = [
  { value: 'vraag', label: { nl: 'Vraag', en: 'Question' } },
  { value: 'storing', label: { nl: 'Storing', en: 'Outage' } },
]

describe('DuoSelect', () => {
  it('offers an empty first choice and the options, and reports the choice', async () => {
    const field = mount(DuoSelect, {
      props: {
        id: 'categorie',
        label: 'Categorie',
        placeholder: 'Kies een categorie',
        options,
        modelValue: '',
      },
    })
    const opties = field.findAll('option').map((o) => [o.attributes('value'), o.text()])
    expect(opties).toEqual([
      ['', 'Kies een categorie'],
      ['vraag', 'Vraag'],
      ['storing', 'Storing'],
    ])
    await field.find('select').setValue('storing')
    expect(field.emitted('update:modelValue')).toEqual([['storing']])
  })

  it('ties its error and description to the select', () => {
    const field = mount(DuoSelect, {
      props: {
        id: 'categorie',
        label: 'Categorie',
        description: 'Waar gaat uw vraag over?',
        error: 'Kies een categorie.',
        options,
        modelValue: '',
      },
    })
    const select = field.find('select')
    expect(select.attributes('aria-invalid')).toBe('true')
    expect(select.attributes('aria-describedby')).toBe('categorie-uitleg categorie-fout')
    expect(field.find('#categorie-fout').text()).toContain('Kies een categorie.')
  })

  it('names the options in the current language and follows a switch', async () => {
    const portal = portalMet('nl')
    const field = mount(DuoSelect, {
      ...portal,
      props: { id: 'categorie', label: 'Categorie', options, modelValue: 'vraag' },
    })
    expect(field.find('option').text()).toBe('Vraag')
    portal.locale.value = 'en'
    await field.vm.$nextTick()
    expect(field.findAll('option').map((o) => o.text())).toEqual(['Question', 'Outage'])
  })

  it('has no obvious accessibility errors', async () => {
    const field = mount(DuoSelect, {
      attachTo: document.body,
      props: {
        id: 'categorie',
        label: 'Categorie',
        error: 'Kies een categorie.',
        placeholder: 'Kies',
        required: true,
        options,
        modelValue: '',
      },
    })
    await expectGeenAxeFouten(field.element)
  })
})
