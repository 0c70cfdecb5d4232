import { beforeAll, describe, expect, it } from 'vitest'
import { bestuurder, fakeBff, flushPromises, mountOsr } from '../../testing/mount'
import { MANDAAT, detail } from '../../testing/fixtures'

describe('a mandaat', () => {
  // The page's first load compiles it: done here, where a slow machine has the time.
  beforeAll(() => import('./MandaatPage.vue'), 60_000)

  it('shows its facts and history, and copies it to the schools chosen', async () => {
    let gekopieerd = false
    const bff = fakeBff({
      [`GET /api/osr/mandaten/${MANDAAT}`]: () => detail(),
      [`POST /api/osr/mandaten/${MANDAAT}/kopie`]: () => {
        gekopieerd = true
        return { mandaten: [] }
      },
    })
    const { wrapper } = await mountOsr(`mandaten/${MANDAAT}`, {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    expect(wrapper.find('h1').text()).toBe('Mandaat OSO (overstapservice) voor OBS De Regenboog')
    expect(wrapper.find('[data-testid="mandaat-status"]').text()).toContain('Actief')
    expect(wrapper.text()).toContain('vanaf 1 juni 2022')
    expect(wrapper.text()).toContain('Mandaat gegeven')
    // Nothing chosen: said at the group, nothing sent.
    await wrapper.findAll('form')[0]!.trigger('submit')
    await flushPromises()
    expect(wrapper.find('#kopie-scholen-fout').text()).toContain('ten minste één school')
    await wrapper.find('input[value="78GH"]').setValue(true)
    await wrapper.findAll('form')[0]!.trigger('submit')
    await flushPromises()
    expect(gekopieerd).toBe(true)
    expect(bff.calls.find((c) => c.method === 'POST')!.body).toEqual({ scholen: ['78GH'] })
    expect(wrapper.text()).toContain('Het mandaat is gekopieerd naar OBS De Vlieger.')
    wrapper.unmount()
  })

  it('revokes only after the question is answered, then shows the new state', async () => {
    let ingetrokken = false
    const bff = fakeBff({
      [`GET /api/osr/mandaten/${MANDAAT}`]: () =>
        ingetrokken
          ? detail({ status: 'ingetrokken', ingetrokkenOp: '2022-06-01T09:00:00.000Z' })
          : detail(),
      [`POST /api/osr/mandaten/${MANDAAT}/intrekken`]: () => {
        ingetrokken = true
        return {}
      },
    })
    const { wrapper } = await mountOsr(`mandaten/${MANDAAT}`, {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    const knop = wrapper.findAll('button').find((b) => b.text() === 'Intrekken')!
    await knop.trigger('click')
    await flushPromises()
    const dialoog = wrapper.find('[role="alertdialog"]')
    expect(dialoog.text()).toContain('LeerlingPlan kan dan direct geen gegevens meer uitwisselen')
    await dialoog
      .findAll('button')
      .find((b) => b.text() === 'Annuleren')!
      .trigger('click')
    await flushPromises()
    expect(ingetrokken).toBe(false)
    await knop.trigger('click')
    await flushPromises()
    await wrapper
      .find('[role="alertdialog"]')
      .findAll('button')
      .find((b) => b.text() === 'Intrekken')!
      .trigger('click')
    await flushPromises()
    expect(ingetrokken).toBe(true)
    expect(wrapper.find('[data-testid="mandaat-status"]').text()).toContain('Ingetrokken')
    expect(wrapper.text()).toContain('Het mandaat is ingetrokken.')
    expect(wrapper.find('#osr-acties').exists()).toBe(false)
    wrapper.unmount()
  })

  it('offers no changes to someone who may only look, nor for an ended mandaat', async () => {
    const bff = fakeBff({
      [`GET /api/osr/mandaten/${MANDAAT}`]: () => detail({ status: 'beeindigd' }),
    })
    const { wrapper } = await mountOsr(`mandaten/${MANDAAT}`, {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    expect(wrapper.find('#osr-acties').exists()).toBe(false)
    wrapper.unmount()
  })
})
