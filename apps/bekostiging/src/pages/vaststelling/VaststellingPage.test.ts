import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fixtures'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

const ovt = (teldatum: string, dagtekening: string, open: boolean, tot: string) => ({
  id: `ovt-${teldatum}`,
  bestuursnummer: '41234',
  teldatum,
  dagtekening,
  referentie: `OVT-${teldatum}`,
  documentId: 'doc',
  bezwaarMogelijkTot: tot,
  bezwaarOpen: open,
  tellingen: [
    {
      instellingscode: '12AB',
      naam: 'OBS De Regenboog',
      onderAcht: 124,
      achtEnOuder: 1166,
      totaal: 1290,
    },
  ],
  totaal: 1290,
  bezwaren: [],
})

describe('the overzicht vaststelling tellingen', () => {
  it('offers bezwaar only while its 6 weeks run, with the last day, and counts in Dutch format', async () => {
    const b = fakeBff({
      'GET /api/bekostiging/vaststelling': () => ({
        vandaag: '2022-05-02',
        overzichten: [
          ovt('2022-02-01', '2022-04-12', true, '2022-05-24'),
          ovt('2021-10-01', '2021-12-15', false, '2022-01-26'),
        ],
      }),
    })
    const page = await mountSection(section, 'alles', {
      path: 'vaststelling-tellingen',
      now: '2022-05-02T10:00:00+02:00',
      fetch: b.fetch,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.findAll('section[data-teldatum]')).toHaveLength(2)
    })
    const [open, dicht] = page.findAll('section[data-teldatum]')
    expect(open!.text()).toContain('Mogelijk tot en met 24 mei 2022')
    expect(
      open!.find('a[href="/bekostiging/vaststelling-tellingen/ovt-2022-02-01/bezwaar"]').exists(),
    ).toBe(true)
    expect(open!.text()).toContain('1.290')
    expect(dicht!.text()).toContain('Niet meer mogelijk (termijn liep tot en met 26 januari 2022)')
    expect(dicht!.find('a[href*="/bezwaar"]').exists()).toBe(false)
  })

  it('says before 1 April 2022 that the overzicht is not available yet', async () => {
    const b = fakeBff({})
    const page = await mountSection(section, 'alles', {
      path: 'vaststelling-tellingen',
      now: '2022-03-31T10:00:00+02:00',
      fetch: b.fetch,
    })
    expect(page.find('[data-testid="geweigerd"]').text()).toMatch(/2022/)
    expect(b.calls).toEqual([])
  })
})
