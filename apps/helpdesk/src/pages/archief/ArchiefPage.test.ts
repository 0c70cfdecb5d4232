import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
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
            referentie: 'BEK-2022-41234-001',
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

  it('searches with a button that says so, and keeps the search in the URL', async () => {
    const bff = fakeBff({
      'GET /api/helpdesk/archief': () => ({ documenten: [], totaal: 0, pagina: 1, aantal: 25 }),
    })
    const page = await mountSection(section, 'alles', { path: 'archief', fetch: bff.fetch })
    const knoppen = page.findAll('form[role="search"] button').map((b) => b.text())
    expect(knoppen).toEqual(['Zoeken', 'Wissen'])
    expect(page.find('.duo-empty-state').text()).toBe(
      'Er zijn nog geen documenten voor uw bestuur.',
    )
    await page.find('#archief-soort').setValue('beschikking')
    await page.find('#archief-zoek').setValue('bekostiging')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(page.vm.$route.query).toEqual({ soort: 'beschikking', zoek: 'bekostiging' })
    expect(Object.fromEntries(bff.calls.at(-1)!.query)).toEqual({
      soort: 'beschikking',
      zoek: 'bekostiging',
      richting: 'desc',
      pagina: '1',
      aantal: '25',
    })
    expect(page.find('.duo-empty-state').text()).toBe(
      'Er zijn geen documenten die bij uw zoekopdracht passen.',
    )
  })
})
