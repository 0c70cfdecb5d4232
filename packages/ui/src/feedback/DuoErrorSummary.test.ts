import { afterEach, describe, expect, it } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { ApiFout } from '@duo/portal-sdk/errors'
import DuoErrorSummary from './DuoErrorSummary.vue'
import { ErrorSummary } from '../index'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

const fouten = [
  { veld: 'email', nl: 'Vul een geldig e-mailadres in', en: 'Enter a valid e-mail address' },
  { veld: 'naam', nl: 'Vul uw naam in', en: 'Enter your name' },
]
const items = (w: ReturnType<typeof mount>) =>
  w
    .findAll('li')
    .map((li) => [li.find('a').exists() ? li.find('a').attributes('href') : null, li.text()])

describe('DuoErrorSummary', () => {
  it('shows field errors in the current language, linked to their fields', () => {
    const w = mount(DuoErrorSummary, {
      props: { fouten, veldIds: { email: 'contact-email', naam: 'contact-naam' } },
    })
    expect(w.find('h2').text()).toBe('Controleer uw invoer')
    expect(items(w)).toEqual([
      ['#contact-email', 'Vul een geldig e-mailadres in'],
      ['#contact-naam', 'Vul uw naam in'],
    ])
  })

  it('re-renders everything in the new language when it switches, never mixing', async () => {
    const portal = portalMet('nl')
    const w = mount(DuoErrorSummary, {
      ...portal,
      props: { fouten: [fouten[0]!], fout: new ApiFout(400, 'x', 'nl', 'en', [fouten[1]!]) },
    })
    portal.locale.value = 'en'
    await nextTick()
    expect(w.find('h2').text()).toBe('Please check your input')
    expect(items(w)).toEqual([
      ['#email', 'Enter a valid e-mail address'],
      ['#naam', 'Enter your name'],
    ])
    expect(w.text()).not.toMatch(/Vul|Controleer/)
  })

  it('shows the message of an ApiFout that names no field, without a link', () => {
    const w = mount(DuoErrorSummary, {
      props: {
        fout: new ApiFout(409, 'bestaat-al', 'Deze rol heeft hij al.', 'He already has this role.'),
      },
    })
    expect(items(w)).toEqual([[null, 'Deze rol heeft hij al.']])
  })

  it('recognises an ApiFout by its shape, as one from another bundle is no instance', () => {
    const body = { code: 'ongeldige-invoer', nl: 'Controleer', en: 'Check', velden: [fouten[1]] }
    const w = mount(DuoErrorSummary, { props: { fout: body, veldIds: () => 'x-naam' } })
    expect(items(w)).toEqual([['#x-naam', 'Vul uw naam in']])
  })

  it('renders nothing without errors', () => {
    const w = mount(DuoErrorSummary, { props: { fouten: [] } })
    expect(w.find('[role="alert"]').exists()).toBe(false)
  })

  it('takes focus when errors appear, but not when only the language switches', async () => {
    const portal = portalMet('nl')
    const w = mount(DuoErrorSummary, { ...portal, attachTo: document.body, props: { fouten: [] } })
    await w.setProps({ fouten })
    await nextTick()
    expect(document.activeElement).toBe(w.find('[role="alert"]').element)
    const elders = document.body.appendChild(document.createElement('button'))
    elders.focus()
    portal.locale.value = 'en'
    await nextTick()
    await nextTick()
    expect(document.activeElement).toBe(elders)
  })

  it('takes focus again for a new send with the same errors', async () => {
    const w = mount(DuoErrorSummary, { attachTo: document.body, props: { fouten } })
    await nextTick()
    const elders = document.body.appendChild(document.createElement('button'))
    elders.focus()
    await w.setProps({ fouten: [...fouten] })
    await nextTick()
    expect(document.activeElement).toBe(w.find('[role="alert"]').element)
  })

  it('does not take focus when a page hands over its translated errors anew on a switch', async () => {
    const portal = portalMet('nl')
    // As pages with vue-i18n do: a computed that translates, so a switch makes a new list.
    const Pagina = defineComponent(() => {
      const lijst = computed(() => [
        { field: 'naam', message: portal.locale.value === 'nl' ? 'Vul in' : 'Fill in' },
      ])
      return () => h(ErrorSummary, { errors: lijst.value })
    })
    const w = mount(Pagina, { ...portal, attachTo: document.body })
    await nextTick()
    const elders = document.body.appendChild(document.createElement('button'))
    elders.focus()
    portal.locale.value = 'en'
    await nextTick()
    await nextTick()
    expect(w.text()).toContain('Fill in')
    expect(document.activeElement).toBe(elders)
  })

  it('focuses the field when its link is followed', async () => {
    const Form = defineComponent(
      () => () =>
        h('form', [
          h(DuoErrorSummary, { fouten: [fouten[1]!] }),
          h('label', { for: 'naam' }, 'Naam'),
          h('input', { id: 'naam' }),
        ]),
    )
    const w = mount(Form, { attachTo: document.body })
    await nextTick()
    expect(document.activeElement?.getAttribute('role')).toBe('alert')
    await w.find('a').trigger('click')
    expect(document.activeElement?.id).toBe('naam')
  })

  it('keeps the older form (translated errors and own title) working as ErrorSummary', () => {
    const w = mount(ErrorSummary, {
      props: { title: 'Er ging iets mis', errors: [{ field: 'a', message: 'A klopt niet' }] },
    })
    expect(w.find('h2').text()).toBe('Er ging iets mis')
    expect(items(w)).toEqual([['#a', 'A klopt niet']])
  })

  it('has no obvious accessibility errors', async () => {
    const w = mount(DuoErrorSummary, {
      attachTo: document.body,
      props: { fouten, fout: new ApiFout(500, 'x', 'Serverfout', 'Server error') },
    })
    await expectGeenAxeFouten(w.element)
  })
})
