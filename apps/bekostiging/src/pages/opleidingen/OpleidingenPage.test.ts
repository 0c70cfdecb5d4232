import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fixtures'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

describe('the aangeboden opleidingen', () => {
  it('lists what RIO registers, read only, for the medewerker opleidingen', async () => {
    const b = fakeBff({
      'GET /api/bekostiging/opleidingen': () => ({
        opleidingen: [
          {
            aangebodenOpleidingcode: '0f1e2d3c-0000-4000-8000-000000000001',
            instellingscode: '12AB',
            schoolNaam: 'OBS De Regenboog',
            onderwijsaanbiedercode: '101A001',
            opleidingseenheidcode: '1001O0001',
            naam: 'Basisonderwijs (PO-BAO)',
            doelgroep: 'BO',
            onderwijslocatiecode: '110X912',
            begindatum: '2008-08-01',
            einddatum: null,
          },
        ],
      }),
    })
    const page = await mountSection(section, 'alles', { path: 'opleidingen', fetch: b.fetch })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.findAll('tbody tr')).toHaveLength(1)
    })
    expect(page.find('tbody tr').text()).toContain('1 augustus 2008')
    expect(page.findAll('button, input, select, textarea')).toHaveLength(0)
  })

  it('tells someone without the role why not', async () => {
    const b = fakeBff({})
    const page = await mountSection(section, 'raadpleger', { path: 'opleidingen', fetch: b.fetch })
    expect(page.find('[data-testid="geweigerd"]').text()).toContain('Medewerker opleidingen')
    expect(b.calls).toEqual([])
  })
})
