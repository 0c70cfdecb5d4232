import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, melding } from '../../testing/fake-bff'

const lijst = (
  meldingen = [
    melding(),
    melding({ id: 'm-2', onderwerp: 'Adreswijziging', status: 'nieuw', ongelezen: false }),
  ],
) => ({
  meldingen,
  totaal: 60,
  ongelezen: 1,
  pagina: 1,
  aantal: 25,
})

describe('meldingen overview', () => {
  it('lists the meldingen in a captioned table, marks new answers and counts them', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/meldingen': () => lijst() })
    const page = await mountSection(section, 'alles', { path: 'meldingen', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe('Meldingen')
    expect(page.find('caption').text()).toBe('Meldingen van uw bestuur')
    const rows = page.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('Nieuw antwoord')
    expect(rows[0]!.text()).toContain('Wacht op uw reactie')
    expect(rows[1]!.text()).not.toContain('Nieuw antwoord')
    expect(page.find('[data-testid="ongelezen"]').text()).toBe(
      'U heeft 1 melding met een nieuw antwoord van de helpdesk.',
    )
    expect(page.find('[data-testid="resultaat"]').attributes('aria-live')).toBe('polite')
    expect(page.find('[data-testid="resultaat"]').text()).toBe('60 meldingen gevonden')
    expect(page.find('nav.utrecht-pagination').text()).toContain('Pagina 1 van 3')
  })

  it('asks the server for the chosen status, sorting and page', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/meldingen': () => lijst() })
    const page = await mountSection(section, 'alles', { path: 'meldingen', fetch: bff.fetch })
    await page.find('#filter-status').setValue('afgehandeld')
    await page.find('#filter-sortering').setValue('aangemaakt-asc')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    const last = bff.calls.at(-1)!
    expect(Object.fromEntries(last.query)).toMatchObject({
      status: 'afgehandeld',
      sorteer: 'aangemaakt',
      richting: 'asc',
      pagina: '1',
    })
    await page.findAll('nav.utrecht-pagination button').at(-1)!.trigger('click')
    await flushPromises()
    expect(bff.calls.at(-1)!.query.get('pagina')).toBe('2')
  })

  it('says in English what it found', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/meldingen': () => lijst([]) })
    const page = await mountSection(section, 'alles', {
      path: 'meldingen',
      fetch: bff.fetch,
      locale: 'en',
    })
    expect(page.find('h1').text()).toBe('Meldingen')
    expect(page.find('table').exists()).toBe(false)
  })
})
