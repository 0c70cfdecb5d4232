import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { apiFoutAntwoord, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, melding } from '../../testing/fake-bff'

const lijst = (
  meldingen = [
    melding(),
    melding({ id: 'm-2', onderwerp: 'Adreswijziging', status: 'nieuw', ongelezen: false }),
  ],
  pagina = 1,
) => ({
  meldingen,
  totaal: meldingen.length ? 60 : 0,
  ongelezen: 1,
  pagina,
  aantal: 25,
})
const lijstBff = () =>
  fakeBff({
    'GET /api/helpdesk/meldingen': (call) => lijst(undefined, Number(call.query.get('pagina'))),
  })
const gevraagd = (bff: ReturnType<typeof fakeBff>) =>
  Object.fromEntries(bff.calls.filter((c) => c.path === '/api/helpdesk/meldingen').at(-1)!.query)

describe('meldingen overview', () => {
  it('lists the meldingen in a captioned table, marks new answers and counts them', async () => {
    const bff = lijstBff()
    const page = await mountSection(section, 'alles', { path: 'meldingen', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe('Meldingen')
    expect(page.find('caption').text()).toBe('Meldingen van uw bestuur')
    const rows = page.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.attributes('data-ongelezen')).toBe('true')
    expect(rows[0]!.text()).toContain('Nieuw antwoord')
    expect(rows[0]!.find('[data-tone]').attributes('data-tone')).toBe('warning')
    expect(rows[0]!.find('[data-tone]').text()).toContain('Wacht op uw reactie')
    expect(rows[1]!.find('[data-tone]').attributes('data-tone')).toBe('info')
    expect(rows[1]!.text()).not.toContain('Nieuw antwoord')
    expect(page.find('[data-testid="ongelezen"]').text()).toBe(
      'U heeft 1 melding met een nieuw antwoord van de helpdesk.',
    )
    expect(page.find('.duo-data-table__status').attributes('role')).toBe('status')
    expect(page.find('.duo-data-table__status').text()).toBe('60 resultaten. Pagina 1 van 3')
    expect(page.find('nav.duo-pagination').text()).toContain('Pagina 1 van 3')
    expect(gevraagd(bff)).toEqual({
      sorteer: 'bijgewerkt',
      richting: 'desc',
      pagina: '1',
      aantal: '25',
    })
  })

  it('asks the server for the chosen filters and writes them to the page’s URL', async () => {
    const bff = lijstBff()
    const page = await mountSection(section, 'alles', { path: 'meldingen', fetch: bff.fetch })
    await page.find('#filter-status').setValue('afgehandeld')
    await page.find('#filter-sortering').setValue('aangemaakt-asc')
    await page.find('#filter-zoek').setValue('  dubbel ')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(gevraagd(bff)).toEqual({
      status: 'afgehandeld',
      zoek: 'dubbel',
      sorteer: 'aangemaakt',
      richting: 'asc',
      pagina: '1',
      aantal: '25',
    })
    expect(page.vm.$route.query).toEqual({
      status: 'afgehandeld',
      zoek: 'dubbel',
      sorteer: 'aangemaakt',
      richting: 'asc',
    })

    await page.findAll('nav.duo-pagination button').at(-1)!.trigger('click')
    await flushPromises()
    expect(gevraagd(bff).pagina).toBe('2')
    expect(page.vm.$route.query.pagina).toBe('2')

    // Sorting from the table's header starts again at page 1.
    await page.find('thead button').trigger('click')
    await flushPromises()
    expect(page.vm.$route.query).toEqual({ status: 'afgehandeld', zoek: 'dubbel' })
    expect(gevraagd(bff)).toMatchObject({ sorteer: 'bijgewerkt', richting: 'desc', pagina: '1' })
    expect(page.find('thead th[aria-sort]').attributes('aria-sort')).toBe('descending')

    // Wissen: back to the defaults, and a URL without a query.
    await page.findAll('form[role="search"] button').at(-1)!.trigger('click')
    await flushPromises()
    expect(page.vm.$route.query).toEqual({})
    expect((page.find('#filter-status').element as HTMLSelectElement).value).toBe('')
  })

  it('reads the filters from the URL, so a reload or going back shows the same list', async () => {
    const bff = lijstBff()
    const page = await mountSection(section, 'alles', {
      path: 'meldingen?status=nieuw&zoek=rod&sorteer=aangemaakt&richting=asc&pagina=2',
      fetch: bff.fetch,
    })
    expect(gevraagd(bff)).toEqual({
      status: 'nieuw',
      zoek: 'rod',
      sorteer: 'aangemaakt',
      richting: 'asc',
      pagina: '2',
      aantal: '25',
    })
    expect((page.find('#filter-status').element as HTMLSelectElement).value).toBe('nieuw')
    expect((page.find('#filter-zoek').element as HTMLInputElement).value).toBe('rod')
    expect((page.find('#filter-sortering').element as HTMLSelectElement).value).toBe(
      'aangemaakt-asc',
    )
    expect(page.find('nav.duo-pagination').text()).toContain('Pagina 2 van 3')

    // To a melding and back: the list asks for the same page with the same filters.
    await page.vm.$router.push('/helpdesk/meldingen/m-1')
    await flushPromises()
    const voorTerug = bff.calls.length
    page.vm.$router.back()
    await flushPromises()
    await flushPromises()
    expect(bff.calls.length).toBeGreaterThan(voorTerug)
    expect(gevraagd(bff)).toMatchObject({ status: 'nieuw', zoek: 'rod', pagina: '2' })
  })

  it('ignores values in the URL that the list does not know', async () => {
    const bff = lijstBff()
    await mountSection(section, 'alles', {
      path: 'meldingen?status=weg&richting=opzij&pagina=-3',
      fetch: bff.fetch,
    })
    expect(gevraagd(bff)).toEqual({
      sorteer: 'bijgewerkt',
      richting: 'desc',
      pagina: '1',
      aantal: '25',
    })
  })

  it('shows an error in the current language with a retry', async () => {
    let mislukt = true
    const bff = fakeBff({
      'GET /api/helpdesk/meldingen': () =>
        mislukt
          ? apiFoutAntwoord(503, { code: 'storing', nl: 'Even geen verbinding.', en: 'No link.' })
          : lijst(),
    })
    const page = await mountSection(section, 'alles', { path: 'meldingen', fetch: bff.fetch })
    expect(page.find('.duo-error-state').text()).toContain('Even geen verbinding.')
    expect(page.find('table').exists()).toBe(false)
    mislukt = false
    await page.find('.duo-error-state button').trigger('click')
    await flushPromises()
    expect(page.find('.duo-error-state').exists()).toBe(false)
    expect(page.findAll('tbody tr')).toHaveLength(2)
  })

  it('says in English that there are none yet', async () => {
    const bff = fakeBff({ 'GET /api/helpdesk/meldingen': () => lijst([]) })
    const page = await mountSection(section, 'alles', {
      path: 'meldingen',
      fetch: bff.fetch,
      locale: 'en',
    })
    expect(page.find('h1').text()).toBe('Meldingen')
    expect(page.find('table').exists()).toBe(false)
    expect(page.find('.duo-empty-state').text()).toBe('Your board has no meldingen yet.')
    expect(page.find('.duo-data-table__status').text()).toBe('0 results')
  })
})
