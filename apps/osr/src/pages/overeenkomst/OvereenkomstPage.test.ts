import { beforeAll, describe, expect, it } from 'vitest'
import { apiFoutAntwoord, bestuurder, fakeBff, flushPromises, mountOsr } from '../../testing/mount'

const status = (extra: Record<string, unknown> = {}) => ({
  bestuur: { bestuursnummer: '41234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  getekend: false,
  overeenkomst: null,
  scholen: [
    { instellingscode: '12AB', naam: 'OBS De Regenboog' },
    { instellingscode: '34CD', naam: 'OBS Het Kompas' },
  ],
  aanvragen: [],
  magAanvragen: true,
  ...extra,
})

describe('the overeenkomst page', () => {
  // The page's first load compiles it: done here, where a slow machine has the time.
  beforeAll(() => import('./OvereenkomstPage.vue'), 60_000)

  it('shows a signed overeenkomst: who signed, when, and the schools it covers', async () => {
    const bff = fakeBff({
      'GET /api/osr/overeenkomst': () =>
        status({
          getekend: true,
          magAanvragen: false,
          overeenkomst: {
            bestuursnummer: '41234',
            getekendOp: '2021-11-15',
            ondertekenaar: {
              naam: 'drs. M. van Straaten',
              functie: 'Voorzitter college van bestuur',
            },
            vastgelegdDoor: 'Joost van Dam',
            vastgelegdOp: '2021-11-17T14:30:00.000Z',
            aanvraagId: null,
          },
        }),
    })
    const { wrapper } = await mountOsr('overeenkomst', {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    expect(wrapper.find('h1').text()).toBe('Overeenkomst OSR')
    expect(wrapper.find('[data-testid="overeenkomst-status"]').text()).toContain(
      'heeft de overeenkomst OSR getekend',
    )
    expect(wrapper.text()).toContain('15 november 2021')
    expect(wrapper.text()).toContain('drs. M. van Straaten, Voorzitter college van bestuur')
    expect(wrapper.findAll('[data-testid="overeenkomst-scholen"] li')).toHaveLength(2)
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })

  it('lets the beheerder po request it: checks every field first, then sends and confirms', async () => {
    let aangevraagd = false
    const bff = fakeBff({
      'GET /api/osr/overeenkomst': () =>
        aangevraagd
          ? status({
              magAanvragen: false,
              aanvragen: [
                {
                  id: 'a1',
                  referentie: 'OSR-2022-ABCDEF12',
                  status: 'ingediend',
                  aangevraagdDoor: 'Tom van Leeuwen',
                  aangevraagdOp: '2022-06-01T08:00:00.000Z',
                  ondertekenaar: { naam: 'K. Bosman', functie: 'Voorzitter', email: 'k@b.nl' },
                  redenAfwijzing: null,
                },
              ],
            })
          : status(),
      'POST /api/osr/overeenkomst/aanvraag': () => {
        aangevraagd = true
        return { aanvraag: { referentie: 'OSR-2022-ABCDEF12' } }
      },
    })
    const { wrapper } = await mountOsr('overeenkomst', {
      user: bestuurder(['beheerder-po'], { getekend: false }),
      fetch: bff.fetch,
    })
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const summary = wrapper.find('[role="alert"][tabindex="-1"]')
    expect(summary.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '#aanvraag-naam',
      '#aanvraag-functie',
      '#aanvraag-email',
    ])
    expect(bff.calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    await wrapper.find('#aanvraag-naam').setValue('K. Bosman')
    await wrapper.find('#aanvraag-functie').setValue('Voorzitter')
    await wrapper.find('#aanvraag-email').setValue('k@b.nl')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const post = bff.calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({
      ondertekenaarNaam: 'K. Bosman',
      ondertekenaarEmail: 'k@b.nl',
    })
    expect(wrapper.text()).toContain('Uw aanvraag is verstuurd (referentie OSR-2022-ABCDEF12)')
    expect(wrapper.find('[data-testid="aanvragen"]').text()).toContain(
      'In behandeling bij Kennisnet',
    )
    expect(document.activeElement?.id).toBe('osr-ok-aanvragen')
    wrapper.unmount()
  })

  it('shows the API’s refusal per field, in the language chosen', async () => {
    const bff = fakeBff({
      'GET /api/osr/overeenkomst': () => status(),
      'POST /api/osr/overeenkomst/aanvraag': () =>
        apiFoutAntwoord(400, {
          code: 'ongeldige-invoer',
          nl: 'Controleer uw invoer',
          en: 'Please check your input',
          velden: [{ veld: 'ondertekenaarEmail', nl: 'Ongeldig adres', en: 'Invalid address' }],
        }),
    })
    const { wrapper } = await mountOsr('overeenkomst', {
      user: bestuurder(['beheerder-po'], { getekend: false }),
      fetch: bff.fetch,
      locale: 'en',
    })
    await wrapper.find('#aanvraag-naam').setValue('K. Bosman')
    await wrapper.find('#aanvraag-functie').setValue('Voorzitter')
    await wrapper.find('#aanvraag-email').setValue('k@b.example')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#aanvraag-email-fout').text()).toContain('Invalid address')
    expect((wrapper.find('#aanvraag-naam').element as HTMLInputElement).value).toBe('K. Bosman')
    wrapper.unmount()
  })

  it('tells someone without the beheerder po role why they cannot see it', async () => {
    const { wrapper } = await mountOsr('overeenkomst', {
      user: bestuurder(['medewerker-bekostiging']),
      fetch: fakeBff({}).fetch,
    })
    expect(wrapper.find('h1').text()).toBe('Overeenkomst OSR')
    expect(wrapper.find('[role="alert"]').text()).toMatch(/OSR-toegang|Beheerder po/)
    wrapper.unmount()
  })
})
