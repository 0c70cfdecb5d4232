import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import DuoFilterBar from './DuoFilterBar.vue'
import DuoPagination from './DuoPagination.vue'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

const velden = '<label for="zoek">Zoek</label><input id="zoek" type="search" />'

describe('DuoFilterBar', () => {
  it('is a named search form with the fields in it', () => {
    const w = mount(DuoFilterBar, {
      props: { label: 'Meldingen filteren' },
      slots: { default: velden },
    })
    expect(w.attributes('role')).toBe('search')
    expect(w.attributes('aria-label')).toBe('Meldingen filteren')
    expect(w.find('input#zoek').exists()).toBe(true)
    expect(w.findAll('button').map((b) => b.text())).toEqual(['Zoeken', 'Wissen'])
  })

  it('reports Zoeken (also on Enter) and Wissen', async () => {
    const w = mount(DuoFilterBar, { slots: { default: velden } })
    await w.trigger('submit')
    await w.findAll('button')[1]!.trigger('click')
    expect(w.emitted('submit')).toHaveLength(1)
    expect(w.emitted('reset')).toHaveLength(1)
  })

  it('does nothing while busy, and speaks the current language', async () => {
    const portal = portalMet('en')
    const w = mount(DuoFilterBar, { ...portal, props: { busy: true }, slots: { default: velden } })
    await w.trigger('submit')
    expect(w.emitted('submit')).toBeUndefined()
    expect(w.attributes('aria-label')).toBe('Filter')
    expect(w.findAll('button').map((b) => b.text())).toEqual(['Search', 'Clear'])
    portal.locale.value = 'nl'
    await nextTick()
    expect(w.find('button').text()).toBe('Zoeken')
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoFilterBar, { attachTo: document.body, slots: { default: velden } })
    await expectGeenAxeFouten(w.element)
  })
})

describe('DuoPagination', () => {
  it('shows nothing when everything fits on one page', () => {
    const w = mount(DuoPagination, { props: { page: 1, pageSize: 25, total: 25 } })
    expect(w.find('nav').exists()).toBe(false)
  })

  it('does not move while busy', async () => {
    const w = mount(DuoPagination, { props: { page: 1, pageSize: 10, total: 30, busy: true } })
    await w.findAll('button')[1]!.trigger('click')
    expect(w.emitted('update:page')).toBeUndefined()
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoPagination, {
      attachTo: document.body,
      props: { page: 2, pageSize: 10, total: 30, label: 'Paginering meldingen' },
    })
    await expectGeenAxeFouten(w.element)
  })
})
