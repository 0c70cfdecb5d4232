import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, verzoek } from '../../testing/fixtures'
import { SCHOOLADMIN } from '../../testing/gebruikers'

describe('the school’s verzoeken handmatige mutatie', () => {
  it('lists them with their status at DUO and filters on status', async () => {
    const bff = fakeBff({
      'GET /api/rod/handmatige-mutatie': () => ({
        verzoeken: [
          verzoek(),
          verzoek({ id: 'v-2', referentie: 'HM-2024-00000002', status: 'afgewezen' }),
        ],
        totaal: 2,
        pagina: 1,
        aantal: 25,
        offset: 0,
        scholen: [{ instellingscode: '34CD', naam: 'OBS Het Kompas' }],
      }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'handmatige-mutatie',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Handmatige mutatie')
    const rijen = page.findAll('tbody tr')
    expect(rijen[0]!.find('a').attributes('href')).toBe('/rod/handmatige-mutatie/v-1')
    expect(rijen[0]!.text()).toContain('Bij DUO in behandeling')
    expect(rijen[1]!.text()).toContain('Afgewezen')
    await page.find('#mutatie-filter-status').setValue('afgewezen')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(bff.calls.at(-1)!.query.get('status')).toBe('afgewezen')
  })

  it('shows DUO’s decision and reason on a verzoek, in English too', async () => {
    const bff = fakeBff({
      'GET /api/rod/handmatige-mutatie/v-1': () => ({
        verzoek: verzoek({
          status: 'afgewezen',
          afwijsreden: 'De school kan dit zelf corrigeren.',
          behandeldDoor: 'Saskia Bos (DUO behandelaar ROD)',
          behandeldOp: '2024-03-12T10:00:00.000Z',
        }),
      }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'handmatige-mutatie/v-1',
      fetch: bff.fetch,
      locale: 'en',
    })
    expect(page.find('h1').text()).toBe('Request HM-2024-ABCDEF12')
    expect(page.find('[data-testid="verzoek-status"]').text()).toContain('Refused')
    expect(page.find('[data-testid="afwijsreden"]').text()).toBe(
      'De school kan dit zelf corrigeren.',
    )
    expect(page.find('a[download]').attributes('href')).toBe(
      '/api/rod/handmatige-mutatie/v-1/bijlage',
    )
    expect(page.text()).toContain('Saskia Bos (DUO behandelaar ROD)')
  })
})
