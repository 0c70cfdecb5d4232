import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { BEHANDELAAR, fakeBff } from '../../testing/fixtures'

// The first test of a file loads the section's pages; this machine is shared and often busy.
vi.setConfig({ testTimeout: 20_000 })

const zaak = (over: Record<string, unknown>) => ({
  soort: 'aanvraag',
  id: 'a-1',
  referentie: 'BB-2022-000001',
  bestuursnummer: '41234',
  bestuurNaam: 'De Linde',
  instellingscode: '12AB',
  onderwerp: 'emb',
  status: 'ingediend',
  ontvangenDag: '2022-01-10',
  uitersteBeslisdatum: '2022-05-10',
  afgerondOp: null,
  ...over,
})

describe('DUO’s werkvoorraad', () => {
  it('lists open zaken by due date, marks the overdue ones and asks with its filters', async () => {
    const b = fakeBff({
      'GET /api/bekostiging/behandeling': () => ({
        zaken: [
          zaak({ uitersteBeslisdatum: '2022-04-01' }),
          zaak({
            id: 'z-2',
            soort: 'bezwaar',
            referentie: 'BZ-2022-000002',
            onderwerp: 'vaststelling',
            uitersteBeslisdatum: '2022-07-01',
          }),
        ],
        totaal: 2,
        pagina: 1,
        aantal: 25,
        vandaag: '2022-05-02',
      }),
    })
    const page = await mountSection(section, BEHANDELAAR, {
      path: 'behandeling?leeftijd=boven-90',
      fetch: b.fetch,
    })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(page.findAll('tbody tr')).toHaveLength(2)
    })
    expect(b.calls[0]!.query.get('status')).toBe('open')
    expect(b.calls[0]!.query.get('leeftijd')).toBe('boven-90')
    const [eerste, tweede] = page.findAll('tbody tr').map((r) => r.text())
    expect(eerste).toContain('Termijn verstreken')
    expect(eerste).toContain('Nieuw')
    expect(tweede).toContain('Bezwaar vaststelling tellingen')
    expect(tweede).not.toContain('Termijn verstreken')
    expect(page.find('a[href="/bekostiging/behandeling/bezwaren/z-2"]').exists()).toBe(true)
  })

  it('tells a medewerker of a bestuur that it is DUO’s, and asks nothing', async () => {
    const b = fakeBff({})
    const page = await mountSection(section, 'alles', { path: 'behandeling', fetch: b.fetch })
    expect(page.find('[data-testid="geweigerd"]').text()).toContain('DUO behandelaar bekostiging')
    expect(b.calls).toEqual([])
  })
})
