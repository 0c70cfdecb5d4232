import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { apiFoutAntwoord, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { dashboard, fakeBff } from '../../testing/fixtures'

const gevraagd = (bff: ReturnType<typeof fakeBff>) =>
  Object.fromEntries(bff.calls.filter((c) => c.path === '/api/rod/dashboard').at(-1)!.query)

describe('the ROD dashboards', () => {
  it('shows the schoolleiding the dashboard of their own school, with tables beside the charts', async () => {
    const bff = fakeBff({ 'GET /api/rod/dashboard': () => dashboard() })
    const page = await mountSection(section, 'schoolleiding-12ab', {
      path: 'dashboard-school',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Dashboard ROD school')
    expect(gevraagd(bff)).toEqual({ instellingscode: '12AB' })
    expect(page.find('[data-testid="dashboard-scope"]').text()).toBe(
      'OBS De Regenboog (12AB), schooljaar 2023-2024. Stand van 15 januari 2024.',
    )
    const captions = page.findAll('caption').map((c) => c.text())
    expect(captions).toContain('Leerlingen per leerjaar op de teldatum')
    expect(captions).toContain('Leerlingen per schooladvies, schooljaar 2023-2024')
    const leerlingen = page.findAll('table')[0]!
    expect(leerlingen.findAll('thead th').map((th) => th.text())).toEqual([
      'Leerjaar',
      'Teldatum 1 oktober 2023',
      'Teldatum 1 februari 2024',
    ])
    const totaal = leerlingen.findAll('tbody tr').at(-1)!
    expect(totaal.text()).toContain('276')
    expect(totaal.text()).toContain('Nog niet bereikt')
    expect(page.text()).toContain('vmbo kb met lwoo')
    expect(page.find('[data-testid="adviezen-samenvatting"]').text()).toBe(
      '17 leerlingen in leerjaar 8. Bij 4 leerlingen is het definitief schooladvies hoger dan het voorlopig schooladvies, bij 11 gelijk.',
    )
    expect(page.text()).toContain('Nog geen schooladvies')
    expect(page.text()).toContain(
      'Geen schooladvies geregistreerd voor een leerling in leerjaar 8.',
    )
  })

  it('asks again for another schooljaar, kept in the URL', async () => {
    const bff = fakeBff({ 'GET /api/rod/dashboard': () => dashboard() })
    const page = await mountSection(section, 'schoolleiding-12ab', {
      path: 'dashboard-school',
      fetch: bff.fetch,
    })
    await page.find('#dashboard-schooljaar').setValue('2022-2023')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(gevraagd(bff)).toEqual({ instellingscode: '12AB', schooljaar: '2022-2023' })
    expect(page.vm.$route.query).toEqual({ schooljaar: '2022-2023', school: '12AB' })
  })

  it('tells someone without the role why, and asks the API nothing', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'schoolleiding-12ab', {
      path: 'dashboard-bestuur',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Dashboard ROD bevoegd gezag')
    expect(page.find('[data-testid="geen-toegang"]').text()).toContain('Medewerker bestuur ROD')
    expect(bff.calls).toHaveLength(0)
  })

  it('shows the bestuur every school by default and follows a language switch', async () => {
    const taal = ref<'nl' | 'en'>('nl')
    const bff = fakeBff({
      'GET /api/rod/dashboard': () =>
        dashboard({
          school: null,
          scholen: [
            { instellingscode: '12AB', naam: 'OBS De Regenboog' },
            { instellingscode: '34CD', naam: 'OBS Het Kompas' },
          ],
        }),
    })
    const page = await mountSection(section, 'alles', {
      path: 'dashboard-bestuur',
      fetch: bff.fetch,
      locale: taal,
    })
    expect(gevraagd(bff)).toEqual({})
    expect(page.findAll('caption').map((c) => c.text())).toContain(
      'Leerlingen en open signalen per school',
    )
    taal.value = 'en'
    await nextTick()
    expect(page.find('h1').text()).toBe('ROD dashboard for the board')
    expect(page.text()).toContain('vmbo kb with lwoo (learning support)')
    expect(page.text()).toContain('Not reached yet')
  })

  it('shows an error with a retry', async () => {
    let fout = true
    const bff = fakeBff({
      'GET /api/rod/dashboard': () =>
        fout
          ? apiFoutAntwoord(503, {
              code: 'storing',
              nl: 'ROD is even niet bereikbaar.',
              en: 'ROD is down.',
            })
          : dashboard(),
    })
    const page = await mountSection(section, 'schoolleiding-12ab', {
      path: 'dashboard-school',
      fetch: bff.fetch,
    })
    expect(page.find('.duo-error-state').text()).toContain('ROD is even niet bereikbaar.')
    fout = false
    await page.find('.duo-error-state button').trigger('click')
    await flushPromises()
    expect(page.find('.duo-error-state').exists()).toBe(false)
    expect(page.findAll('table').length).toBeGreaterThan(2)
  })
})
