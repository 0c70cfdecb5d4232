import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fixtures'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

const DASHBOARD = {
  teldata: ['2022-02-01', '2021-10-01'],
  teldatum: '2022-02-01',
  scholen: [
    { instellingscode: '12AB', naam: 'OBS De Regenboog', bekostigd: 1290, nietBekostigd: 10 },
    { instellingscode: '34CD', naam: 'OBS Het Kompas', bekostigd: 229, nietBekostigd: 17 },
  ],
  totaal: { bekostigd: 1519, nietBekostigd: 27 },
  signalen: [{ code: 'BS-03', instellingscode: '34CD', aantal: 4 }],
}
const bff = () =>
  fakeBff({
    'GET /api/bekostiging/dashboard': () => DASHBOARD,
    'GET /api/bekostiging/dashboard/signalen': () => ({
      registraties: [],
      totaal: 0,
      pagina: 1,
      aantal: 15,
    }),
  })

describe('the Dashboard bekostiging', () => {
  it('shows a chart and, beside it, a table with the same numbers in Dutch format', async () => {
    const b = bff()
    const page = await mountSection(section, 'alles', {
      path: 'dashboard',
      now: '2022-05-02T10:00:00+02:00',
      fetch: b.fetch,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.find('svg[role="img"]').exists()).toBe(true)
    })
    const svg = page.find('svg[role="img"]')
    expect(svg.attributes('aria-label')).toContain('12AB: 1.290 / 10')
    const rijen = page
      .findAll('table')[0]!
      .findAll('tbody tr')
      .map((r) => r.text())
    expect(rijen[0]).toContain('OBS De Regenboog (12AB)')
    expect(rijen[0]).toContain('1.290')
    expect(rijen[2]).toContain('1.546')
    expect(page.text()).toContain('BS-03 Dubbele inschrijving')
    expect(page.find('[data-testid="download"]').attributes('href')).toBe(
      '/api/bekostiging/dashboard/statustoekenningen.csv?teldatum=2022-02-01',
    )
  })

  it('says before 1 March 2022 that it is not available yet, and asks the API nothing', async () => {
    const b = bff()
    const page = await mountSection(section, 'alles', {
      path: 'dashboard',
      now: '2022-02-28T10:00:00+01:00',
      fetch: b.fetch,
    })
    expect(page.find('h1').text()).toBe('Dashboard bekostiging')
    expect(page.find('[data-testid="geweigerd"]').text()).toMatch(/2022/)
    expect(b.calls).toEqual([])
  })
})
