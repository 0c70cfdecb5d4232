import { beforeAll, describe, expect, it, vi } from 'vitest'
import { apiFoutAntwoord, bestuurder, fakeBff, flushPromises, mountOsr } from '../../testing/mount'
import { LP, MANDAAT, WISE, detail, scholen, systemen } from '../../testing/fixtures'

const api = (post: () => unknown = () => ({ mandaat: { id: MANDAAT } })) =>
  fakeBff({
    'GET /api/osr/scholen': () => scholen(),
    'GET /api/osr/systemen': () => systemen(),
    'POST /api/osr/mandaten': post,
    [`GET /api/osr/mandaten/${MANDAAT}`]: () => detail(),
  })

describe('a new mandaat', () => {
  // The page's first load compiles it: done here, where a slow machine has the time.
  beforeAll(() => import('./NieuwMandaatPage.vue'), 60_000)

  it('proposes the school’s own LAS and only systems qualified for the dienst', async () => {
    const bff = api()
    const { wrapper } = await mountOsr('mandaten/nieuw?school=34CD', {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    expect(wrapper.find('h1').text()).toBe('Nieuw mandaat')
    await wrapper.find('input[value="rod-po"]').setValue(true)
    const systeem = wrapper.find('#mandaat-systeem')
    expect((systeem.element as HTMLSelectElement).value).toBe(WISE)
    expect(systeem.findAll('option')[1]!.text()).toContain('het LAS van deze school')
    await wrapper.find('input[value="oso"]').setValue(true)
    // Wise LAS is not qualified for OSO: it is not offered, and no longer chosen.
    expect(systeem.findAll('option').map((o) => o.attributes('value'))).toEqual(['', LP])
    expect((systeem.element as HTMLSelectElement).value).toBe('')
    wrapper.unmount()
  })

  it('refuses a start date in the past before sending, and keeps what was typed', async () => {
    const bff = api()
    const { wrapper } = await mountOsr('mandaten/nieuw', {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    await wrapper.find('#mandaat-school').setValue('12AB')
    await wrapper.find('input[value="oso"]').setValue(true)
    await wrapper.find('#mandaat-systeem').setValue(LP)
    await wrapper.find('#mandaat-start').setValue('2022-05-31')
    await wrapper.find('#mandaat-einde').setValue('2022-05-01')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#mandaat-start-fout').text()).toContain('niet in het verleden')
    expect(wrapper.find('#mandaat-einde-fout').text()).toContain('niet voor de startdatum')
    expect(bff.calls.some((c) => c.method === 'POST')).toBe(false)
    expect((wrapper.find('#mandaat-school').element as HTMLSelectElement).value).toBe('12AB')
    wrapper.unmount()
  })

  it('sends the mandaat and opens it', async () => {
    const bff = api()
    const { wrapper, router } = await mountOsr('mandaten/nieuw', {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    await wrapper.find('#mandaat-school').setValue('12AB')
    await wrapper.find('input[value="oso"]').setValue(true)
    await wrapper.find('#mandaat-einde').setValue('2023-07-31')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls.find((c) => c.method === 'POST')!.body).toEqual({
      instellingscode: '12AB',
      dienst: 'oso',
      systeemId: LP,
      startdatum: '2022-06-01',
      einddatum: '2023-07-31',
    })
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe(`/osr/mandaten/${MANDAAT}?nieuw=1`),
    )
    await vi.waitFor(() => expect(wrapper.text()).toContain('Het mandaat is gegeven.'))
    wrapper.unmount()
  })

  it('shows an overlap refused by the API, in English after a switch', async () => {
    const bff = api(() =>
      apiFoutAntwoord(409, {
        code: 'overlap',
        nl: 'School 12AB heeft al een mandaat voor OSO.',
        en: 'School 12AB already has a mandaat for OSO.',
      }),
    )
    const { wrapper } = await mountOsr('mandaten/nieuw', {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
      locale: 'en',
    })
    expect(wrapper.find('h1').text()).toBe('New mandaat')
    await wrapper.find('#mandaat-school').setValue('12AB')
    await wrapper.find('input[value="oso"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('School 12AB already has a mandaat for OSO.')
    wrapper.unmount()
  })
})
