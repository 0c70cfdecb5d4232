import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff, verzoek } from '../../testing/fixtures'
import { BEHANDELAAR } from '../../testing/gebruikers'

const detail = (
  over: Record<string, unknown> = {},
  beoordeling = { actueel: true, nuGeregistreerd: '7', problemen: [] as unknown[] },
) => ({
  verzoek: verzoek(over),
  bestuur: { bestuursnummer: '41234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  school: {
    instellingscode: '34CD',
    naam: 'OBS Het Kompas',
    vestigingscodes: [],
    onderwijsaanbiedercode: '101A002',
  },
  leerling: {
    id: 'l-1',
    pgn: '123456782',
    pgnSoort: 'bsn',
    voornamen: 'Noor',
    voorvoegsel: 'de',
    achternaam: 'Vries',
    geboortedatum: '2012-05-04',
    geslacht: 'vrouw',
  },
  beoordeling,
})

describe('DUO’s werkvoorraad', () => {
  it('lists the waiting verzoeken of every bestuur', async () => {
    const bff = fakeBff({
      'GET /api/rod/werkvoorraad': () => ({
        verzoeken: [{ ...verzoek(), bestuurNaam: 'De Linde' }],
        totaal: 1,
        pagina: 1,
        aantal: 25,
        offset: 0,
      }),
    })
    const page = await mountSection(section, BEHANDELAAR, {
      path: 'werkvoorraad',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Werkvoorraad handmatige mutaties')
    expect(bff.calls[0]!.query.get('status')).toBe('ingediend')
    expect(page.find('a[href="/rod/werkvoorraad/v-1"]').text()).toBe('HM-2024-ABCDEF12')
    expect(page.text()).toContain('De Linde (41234)')
  })

  it('refuses with a reason, and requires one', async () => {
    let status = 'ingediend'
    const bff = fakeBff({
      'GET /api/rod/werkvoorraad/v-1': () => detail({ status }),
      'POST /api/rod/werkvoorraad/v-1/afwijzen': (call) => {
        status = 'afgewezen'
        return detail({ status, afwijsreden: (call.body as { reden: string }).reden })
      },
    })
    const page = await mountSection(section, BEHANDELAAR, {
      path: 'werkvoorraad/v-1',
      fetch: bff.fetch,
    })
    expect(page.find('[data-testid="wv-leerling"]').text()).toContain(
      'Noor de Vries, PGN 1234.56.782',
    )
    await page.find('form[aria-label="Afwijzen"]').trigger('submit')
    await flushPromises()
    expect(page.find('#wv-reden-fout').text()).toContain('minstens 10 tekens')
    expect(bff.calls.some((c) => c.method === 'POST')).toBe(false)
    await page.find('#wv-reden').setValue('De school kan dit zelf in het LAS corrigeren.')
    await page.find('form[aria-label="Afwijzen"]').trigger('submit')
    await flushPromises()
    expect(page.find('[data-testid="afwijsreden"]').text()).toBe(
      'De school kan dit zelf in het LAS corrigeren.',
    )
    expect(page.find('[data-testid="verzoek-status"]').text()).toContain('Afgewezen')
    expect(page.find('form[aria-label="Afwijzen"]').exists()).toBe(false)
    expect(page.find('h1').attributes('tabindex')).toBe('-1')
    expect(page.find('.duo-live-region').text()).toContain('is afgewezen')
  })

  it('does not offer to accept what no longer fits the register', async () => {
    const bff = fakeBff({
      'GET /api/rod/werkvoorraad/v-1': () =>
        detail({}, { actueel: false, nuGeregistreerd: '5', problemen: [] }),
    })
    const page = await mountSection(section, BEHANDELAAR, {
      path: 'werkvoorraad/v-1',
      fetch: bff.fetch,
    })
    expect(page.text()).toContain('De registratie is gewijzigd sinds de school dit verzoek deed.')
    const knop = page.findAll('button').find((b) => b.text().startsWith('Accepteren'))!
    expect(knop.attributes('disabled')).toBeDefined()
  })

  it('is closed to people of a bestuur, with the reason', async () => {
    const page = await mountSection(section, 'alles', { path: 'werkvoorraad' })
    expect(page.find('[data-testid="geen-toegang"]').text()).toContain('DUO')
  })
})
