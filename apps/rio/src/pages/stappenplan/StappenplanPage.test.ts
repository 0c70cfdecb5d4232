import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { apiFoutAntwoord, fakeBff, mountSection, type Call } from '@duo/section-kit/testing'
import section from '../../section'
import { RIO_BEHEERDER, overzicht } from '../../testing/gebruikers'

const CONCEPT = {
  aanbieder: { naam: 'IKC De Boomgaard', erkenningscode: '78GH', begindatum: '2026-07-01' },
  locaties: [
    {
      sleutel: 'nieuw-locatie-1',
      postcode: '3704AA',
      huisnummer: '7',
      straatnaam: 'Boomgaardlaan',
      plaatsnaam: 'Zeist',
      gebruiksnaam: '',
      begindatum: '2026-08-01',
      toevoeging: '',
    },
  ],
}

function server(
  stap: string,
  controle: (c: Call) => unknown = () => ({ geaccepteerd: true, foutmeldingen: [] }),
) {
  return fakeBff({
    'GET /api/rio/register': () => overzicht(),
    'GET /api/rio/stappenplan': () => ({
      concept: { stap, gegevens: CONCEPT },
      bestuurGeregistreerd: true,
      bestuur: { naam: 'De Linde', kvk: '30123456' },
    }),
    'PUT /api/rio/stappenplan': (c) => ({ concept: c.body }),
    'POST /api/rio/stappenplan/controle': controle,
    'POST /api/rio/stappenplan/indienen': () => ({
      wijziging: {
        referentie: 'RIO-41234-000008',
        codes: [
          { mutatie: 0, sleutel: 'nieuw-aanbieder', soort: 'onderwijsaanbieder', code: '101A003' },
        ],
      },
    }),
  })
}

describe('the stappenplan', { timeout: 20_000 }, () => {
  it('resumes at the saved step with what was filled in, and saves before moving on', async () => {
    const s = server('waar')
    const page = await mountSection(section, RIO_BEHEERDER, { path: 'stappenplan', fetch: s.fetch })
    expect(page.find('#rio-sp-stap').text()).toBe('Stap 2 van 5: Waar: de onderwijslocaties')
    expect(page.find('[aria-current="step"]').text()).toBe('Waar: de onderwijslocaties')
    expect((page.find('#rio-sp-locaties-0-straatnaam').element as HTMLInputElement).value).toBe(
      'Boomgaardlaan',
    )
    expect(page.find('.duo-live-region').text()).toContain('verder waar u was gebleven')
    await page.find('#rio-sp-locaties-0-gebruiksnaam').setValue('De Boomgaard')
    await page.find('form').trigger('submit')
    await flushPromises()
    const put = s.calls.find((c) => c.method === 'PUT')!.body as {
      stap: string
      gegevens: typeof CONCEPT
    }
    expect(put.stap).toBe('wat')
    expect(put.gegevens.locaties[0]).toMatchObject({
      gebruiksnaam: 'De Boomgaard',
      sleutel: 'nieuw-locatie-1',
    })
    expect(page.find('#rio-sp-stap').text()).toBe('Stap 3 van 5: Wat: de aangeboden opleidingen')
    // Step 3 offers the new locatie and the bestuur's locaties in use.
    await page.find('#rio-sp-opleiding-toevoegen').trigger('click')
    await flushPromises()
    const keuzes = page
      .findAll('input[type="checkbox"]')
      .map((i) => (i.element as HTMLInputElement).value)
    expect(keuzes).toEqual(['nieuw-locatie-1', '101X001', '101X002'])
  })

  it('lists RIO’s foutmeldingen at the check and leads back to the step and field', async () => {
    const s = server('controle', () => ({
      geaccepteerd: false,
      foutmeldingen: [
        {
          foutcode: 'RIO-F002',
          nl: 'De oprichtingsdatum 1 juli 2026 ligt vóór de erkenning 78GH.',
          en: 'The founding date is before recognition 78GH.',
          mutatie: 0,
          veld: 'aanbieder.begindatum',
          sleutelgegeven: '101A003',
        },
      ],
    }))
    // Resuming at the check runs it at once.
    const page = await mountSection(section, RIO_BEHEERDER, { path: 'stappenplan', fetch: s.fetch })
    const tabel = page.find('[data-testid="foutmeldingen"]')
    expect(tabel.exists()).toBe(true)
    expect(tabel.find('tbody th').text()).toBe('RIO-F002')
    await tabel.find('tbody a').trigger('click')
    await flushPromises()
    expect(page.find('#rio-sp-stap').text()).toBe('Stap 1 van 5: Wie: de onderwijsaanbieder')
    expect(page.find('#rio-sp-aanbieder-begindatum').attributes('aria-invalid')).toBe('true')
  })

  it('submits and shows the code RIO gave the new aanbieder', async () => {
    const s = server('controle')
    const page = await mountSection(section, RIO_BEHEERDER, { path: 'stappenplan', fetch: s.fetch })
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#rio-sp-klaar').text()).toBe('Registratie doorgevoerd')
    expect(page.text()).toContain('RIO-41234-000008')
    expect(page.find('a[href="/rio/objecten/101A003"]').exists()).toBe(true)
  })

  it('tells someone without the role on the whole bestuur why not', async () => {
    const s = fakeBff({
      'GET /api/rio/stappenplan': () => apiFoutAntwoord(403, { code: 'x', nl: 'x', en: 'x' }),
    })
    const page = await mountSection(section, 'alles', { path: 'stappenplan', fetch: s.fetch })
    expect(page.find('.utrecht-alert').text()).toMatch(/101A001/)
    expect(s.calls.filter((c) => c.path === '/api/rio/stappenplan')).toEqual([])
  })
})
