import { describe, expect, it } from 'vitest'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fake-bff'

describe('digitaal archief', () => {
  it('lists documents by date with a download link through the BFF', async () => {
    const bff = fakeBff({
      'GET /api/helpdesk/archief': () => ({
        documenten: [
          {
            id: 'd-1',
            bestuursnummer: '41234',
            soort: 'beschikking',
            titel: 'Beschikking bekostiging 2022',
            kenmerk: 'BEK-2022-41234-001',
            datum: '2021-12-15',
            bestandsnaam: 'b.pdf',
            grootte: 2048,
          },
        ],
        totaal: 1,
        pagina: 1,
        aantal: 25,
      }),
    })
    const page = await mountSection(section, 'alles', { path: 'archief', fetch: bff.fetch })
    expect(page.find('caption').text()).toBe('Documenten van uw bestuur')
    const link = page.find('tbody a')
    expect(link.attributes('href')).toBe('/api/helpdesk/archief/d-1/download')
    expect(link.text()).toBe('Beschikking bekostiging 2022')
    expect(page.find('tbody').text()).toContain('15 december 2021')
    expect(page.find('tbody').text()).toContain('PDF, 2 kB')
  })
})
