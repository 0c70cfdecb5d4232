import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { aanvraag, fakeBff } from '../../testing/fixtures'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

const zaak = (status: string) => ({
  aanvraag: aanvraag({
    status,
    referentie: 'BB-2022-000007',
    ontvangenDag: '2022-02-10',
    uitersteBeslisdatum: '2022-06-10',
    ingangsdatum: '2022-03-01',
    ingediendDoor: 'Ruud Vermeulen via ketenmachtiging KvK 30999999',
  }),
  beschikking: null,
  bezwaar: null,
  tijdlijn: [
    {
      id: 's1',
      soort: 'ingediend',
      op: '2022-02-10T09:00:00.000Z',
      door: 'Ruud Vermeulen via ketenmachtiging KvK 30999999',
      kant: 'bestuur',
      intermediairKvk: '30999999',
      details: null,
    },
  ],
  bezwaren: [],
  documenten: [
    {
      id: 'd1',
      titel: 'Ontvangstbevestiging aanvraag BB-2022-000007',
      datum: '2022-02-10',
      grootte: 2048,
      soort: 'bevestiging',
    },
  ],
})

describe('an aanvraag in the zaakdossier', () => {
  it('shows facts, timeline and letters, and lets the medewerker withdraw it after confirming', async () => {
    let status = 'ingediend'
    const b = fakeBff({
      'GET /api/bekostiging/zaakdossier/aanvragen/a-1': () => zaak(status),
      'POST /api/bekostiging/aanvragen/a-1/intrekken': () => (
        (status = 'ingetrokken'),
        { aanvraag: aanvraag({ status }) }
      ),
    })
    const page = await mountSection(section, 'alles', {
      path: 'zaakdossier/aanvragen/a-1',
      fetch: b.fetch,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.find('h1').text()).toBe('Aanvraag BB-2022-000007')
    })
    expect(page.find('[data-testid="tijdlijn"]').text()).toContain(
      'via ketenmachtiging KvK 30999999',
    )
    expect(page.find('[data-testid="documenten"] a').attributes('href')).toBe(
      '/api/bekostiging/zaakdossier/documenten/d1',
    )
    const knop = page.findAll('button').find((x) => x.text() === 'Aanvraag intrekken')!
    await knop.trigger('click')
    await flushPromises()
    const bevestig = page.findAll('dialog button').find((x) => x.text() === 'Aanvraag intrekken')!
    await bevestig.trigger('click')
    await flushPromises()
    expect(b.calls.some((c) => c.method === 'POST' && c.path.endsWith('/intrekken'))).toBe(true)
    expect(page.find('[data-testid="zaak-status"]').text()).toContain('Ingetrokken')
    expect(
      page
        .findAll('button')
        .some((x) => x.text() === 'Aanvraag intrekken' && !x.element.closest('dialog')),
    ).toBe(false)
  })

  it('offers the raadpleger no way to change anything', async () => {
    const b = fakeBff({ 'GET /api/bekostiging/zaakdossier/aanvragen/a-1': () => zaak('ingediend') })
    const page = await mountSection(section, 'raadpleger', {
      path: 'zaakdossier/aanvragen/a-1',
      fetch: b.fetch,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.find('h1').text()).toBe('Aanvraag BB-2022-000007')
    })
    expect(
      page
        .findAll('button')
        .filter((x) => !x.element.closest('dialog'))
        .map((x) => x.text()),
    ).toEqual([])
  })

  it('tells the beheerder bekostiging why he cannot see it', async () => {
    const b = fakeBff({})
    const page = await mountSection(section, 'beheerder-bekostiging', {
      path: 'zaakdossier/aanvragen/a-1',
      fetch: b.fetch,
    })
    expect(page.find('[data-testid="geweigerd"]').text()).toMatch(/gegevens/)
    expect(b.calls).toEqual([])
  })
})
