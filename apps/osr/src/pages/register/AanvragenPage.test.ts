import { beforeAll, describe, expect, it } from 'vitest'
import { bestuurder, fakeBff, flushPromises, kennisnet, mountOsr } from '../../testing/mount'

const aanvraag = (extra: Record<string, unknown> = {}) => ({
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  referentie: 'OSR-2022-AAAAAAAA',
  bestuursnummer: '40567',
  bestuurNaam: 'Stichting Katholiek Onderwijs Het Anker',
  status: 'ingediend',
  aangevraagdDoor: 'Tom van Leeuwen',
  aangevraagdOp: '2022-05-20T08:00:00.000Z',
  ondertekenaar: { naam: 'K. Bosman', functie: 'Voorzitter', email: 'k@hetanker.example.nl' },
  toelichting: null,
  behandeldDoor: null,
  behandeldOp: null,
  redenAfwijzing: null,
  ...extra,
})

describe('Kennisnet’s queue of requests', () => {
  // The page's first load compiles it: done here, where a slow machine has the time.
  beforeAll(() => import('./AanvragenPage.vue'), 60_000)

  it('records a signature on a day between the request and today', async () => {
    let getekend = false
    const bff = fakeBff({
      'GET /api/osr/register/aanvragen': () => ({
        aanvragen: [
          getekend ? aanvraag({ status: 'getekend', behandeldDoor: 'Joost van Dam' }) : aanvraag(),
        ],
      }),
      'POST /api/osr/register/aanvragen/aaaaaaaa-0000-4000-8000-000000000001/tekenen': () => {
        getekend = true
        return {}
      },
    })
    const { wrapper } = await mountOsr('register/aanvragen', { user: kennisnet, fetch: bff.fetch })
    expect(wrapper.find('h1').text()).toBe('Aanvragen overeenkomst OSR')
    const kaart = wrapper.find('[data-testid="open-aanvraag"]')
    expect(kaart.text()).toContain(
      'Stichting Katholiek Onderwijs Het Anker (40567) — OSR-2022-AAAAAAAA',
    )
    const datum = kaart.find('input[type="date"]')
    await datum.setValue('2022-06-02')
    await kaart.findAll('form')[0]!.trigger('submit')
    await flushPromises()
    expect(getekend).toBe(false)
    await datum.setValue('2022-05-30')
    await kaart.findAll('form')[0]!.trigger('submit')
    await flushPromises()
    expect(getekend).toBe(true)
    expect(bff.calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      getekendOp: '2022-05-30',
    })
    expect(wrapper.text()).toContain(
      'De ondertekening van Stichting Katholiek Onderwijs Het Anker is vastgelegd.',
    )
    expect(wrapper.find('[data-testid="open-aanvraag"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('is refused, with the reason, to people of a bestuur', async () => {
    const { wrapper } = await mountOsr('register/aanvragen', {
      user: bestuurder(['beheerder-po', 'osr-toegang']),
      fetch: fakeBff({}).fetch,
    })
    expect(wrapper.find('[role="alert"]').text()).toContain('Kennisnet')
    wrapper.unmount()
  })
})
