import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { bestand, fakeBff, keuze } from '../../testing/fixtures'

describe('files with schooladviezen and niveau vo', () => {
  afterEach(() => vi.useRealTimers())

  it('requests a file, shows its progress, and offers CSV and XLSX when it is ready', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let staat: Record<string, unknown> | null = null
    const bff = fakeBff({
      'GET /api/rod/bestanden': () => ({
        bestanden: staat ? [bestand(staat)] : [],
        keuze: keuze(),
      }),
      'POST /api/rod/bestanden': () => {
        staat = {
          status: 'bezig',
          voortgang: 40,
          csv: null,
          xlsx: null,
          aantal: null,
          stap: { nl: 'Leerlingen schrijven (400 van 1.000)', en: 'Writing pupils (400 of 1,000)' },
        }
        return { bestand: bestand(staat) }
      },
    })
    const page = await mountSection(section, 'schoolleiding-12ab', {
      path: 'bestanden',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Schooladviezen en niveau vo')
    expect(page.find('.duo-empty-state').text()).toContain(
      'U heeft nog geen bestanden aangevraagd.',
    )
    // A school role has no "whole bestuur" option.
    expect(page.findAll('#bestand-school option').map((o) => o.text())).toEqual([
      'OBS De Regenboog (12AB)',
    ])
    await page.find('#bestand-soort').setValue(true)
    await page.find('form[aria-labelledby="bestand-aanvragen"]').trigger('submit')
    await flushPromises()
    const post = bff.calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
      instellingscode: '12AB',
    })
    expect(page.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('40')
    expect(page.text()).toContain('Leerlingen schrijven (400 van 1.000)')
    expect(page.text()).toContain('Wordt gemaakt')
    expect(page.find('[role="status"].duo-live-region, .duo-live-region').text()).toContain(
      'wordt gemaakt',
    )

    staat = { status: 'klaar' }
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(page.find('[role="progressbar"]').exists()).toBe(false)
    const csv = page.find('[data-testid="csv-b-1"]')
    expect(csv.attributes('href')).toBe('/api/rod/bestanden/b-1/download/csv')
    expect(csv.text()).toContain('CSV (5 kB)')
    expect(page.text()).toContain('Excel (8 kB)')
    expect(page.text()).toContain('36 leerlingen')
    expect(page.text()).toContain('29 april 2024')
    expect(page.text()).toContain('is klaar om te downloaden')
    // Nothing is in the making any more: no more polling.
    const calls = bff.calls.length
    vi.advanceTimersByTime(5000)
    await flushPromises()
    expect(bff.calls.length).toBe(calls)
  })

  it('offers the whole bestuur to a bestuur role and says why a request was refused', async () => {
    const bff = fakeBff({
      'GET /api/rod/bestanden': () => ({
        bestanden: [
          bestand({ status: 'verlopen' }),
          bestand({
            id: 'b-2',
            status: 'mislukt',
            fout: { nl: 'Er ging iets mis.', en: 'Something went wrong.' },
          }),
        ],
        keuze: keuze({ heleBestuur: true }),
      }),
      'POST /api/rod/bestanden': () =>
        new Response(
          JSON.stringify({
            code: 'te-veel-lopend',
            nl: 'U heeft al 3 bestanden in de maak.',
            en: 'Three already.',
          }),
          {
            status: 409,
            headers: { 'Content-Type': 'application/json' },
          },
        ),
    })
    const page = await mountSection(section, 'alles', { path: 'bestanden', fetch: bff.fetch })
    expect(page.findAll('#bestand-school option')[0]!.text()).toContain('Alle scholen van')
    expect(page.text()).toContain('Verlopen')
    expect(page.text()).toContain('Er ging iets mis.')
    await page.find('form[aria-labelledby="bestand-aanvragen"]').trigger('submit')
    await flushPromises()
    expect(bff.calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      instellingscode: null,
    })
    expect(page.find('.duo-error-state').text()).toContain('U heeft al 3 bestanden in de maak.')
  })

  it('tells someone without the role why', async () => {
    const page = await mountSection(section, 'geen-rollen', { path: 'bestanden' })
    expect(page.find('[data-testid="geen-toegang"]').text()).toMatch(
      /PO-informatiediensten|Medewerker/,
    )
  })
})
