import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { dossier, fakeBff, verzoek } from '../../testing/fixtures'
import { SCHOOLADMIN } from '../../testing/gebruikers'

describe('finding a pupil', () => {
  it('checks a PGN before asking, and keeps it out of the URL', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'leerlingdossier',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Leerlingdossier')
    expect(page.text()).toContain('U zoekt in OBS Het Kompas (34CD).')
    await page.find('#zoek-pgn').setValue('12345')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(page.find('#zoek-pgn-fout').text()).toBe('Fout: Vul een PGN van 9 cijfers in')
    expect(bff.calls).toHaveLength(0)
    expect(page.vm.$route.fullPath).toBe('/rod/leerlingdossier')
  })

  it('searches by PGN and links each pupil found to the dossier', async () => {
    const bff = fakeBff({
      'GET /api/rod/leerlingdossier/zoek': () => ({
        leerlingen: [
          {
            ...dossier().leerling,
            instellingscode: '34CD',
            ingeschrevenVan: '2016-05-04',
            ingeschrevenTot: null,
          },
        ],
      }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'leerlingdossier',
      fetch: bff.fetch,
    })
    await page.find('#zoek-pgn').setValue('1234.56.782')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(Object.fromEntries(bff.calls[0]!.query)).toEqual({
      instellingscode: '34CD',
      pgn: '1234.56.782',
    })
    const link = page.find('a[href="/rod/leerlingdossier/34CD/l-1"]')
    expect(link.text()).toBe('Noor de Vries')
    expect(page.text()).toContain('Sinds 4 mei 2016')
    // Focus moves to the results' heading (checked in the browser tests; happy-dom mounts detached).
    expect(page.find('#zoek-resultaten').attributes('tabindex')).toBe('-1')
  })

  it('shows the server’s field error for a PGN that fails the check', async () => {
    const bff = fakeBff({
      'GET /api/rod/leerlingdossier/zoek': () =>
        new Response(
          JSON.stringify({
            code: 'ongeldige-invoer',
            nl: 'Controleer uw invoer: pgn.',
            en: 'Please check your input: pgn.',
            velden: [
              {
                veld: 'pgn',
                nl: 'Dit is geen geldig BSN of onderwijsnummer',
                en: 'This is not a valid BSN or onderwijsnummer',
              },
            ],
          }),
          { status: 400, headers: { 'Content-Type': 'application/json' } },
        ),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'leerlingdossier',
      fetch: bff.fetch,
    })
    await page.find('#zoek-pgn').setValue('123456789')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(page.find('#zoek-pgn-fout').text()).toContain(
      'Dit is geen geldig BSN of onderwijsnummer',
    )
    expect(page.find('.duo-error-summary a').attributes('href')).toBe('#zoek-pgn')
  })

  it('tells the schoolleiding which role opens the dossier', async () => {
    const page = await mountSection(section, 'schoolleiding-12ab', { path: 'leerlingdossier' })
    expect(page.find('[data-testid="geen-toegang"]').text()).toContain(
      'Medewerker schooladministratie ROD met kenmerk 12AB',
    )
  })
})

describe('the dossier', () => {
  it('shows registrations, both adviezen with the rule, findings, and offers a mutatie', async () => {
    const bff = fakeBff({
      'GET /api/rod/leerlingdossier/34CD/l-1': () => dossier({ verzoeken: [verzoek()] }),
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'leerlingdossier/34CD/l-1',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe('Noor de Vries')
    expect(page.find('[data-testid="dossier-kop"]').text()).toContain('1234.56.782 (BSN)')
    expect(page.text()).toContain('vastgelegd in het logboek')
    const adviezen = page.find('[data-testid="adviezen-2023-2024"]')
    expect(adviezen.text()).toContain('Voorlopig schooladvies')
    expect(adviezen.text()).toContain('vmbo tl (gegeven 20 januari 2024, in ROD 1 februari 2024)')
    expect(adviezen.text()).toContain('Het definitieve advies is niet lager dan het voorlopige')
    expect(page.text()).toContain('geen uitslag')
    expect(page.text()).toContain('Vraag de toetsaanbieder om de volledige uitslag.')
    expect(page.find('a[href="/rod/handmatige-mutatie/nieuw/34CD/l-1"]').text()).toBe(
      'Handmatige mutatie aanvragen',
    )
    expect(page.find('a[href="/rod/handmatige-mutatie/v-1"]').text()).toBe('HM-2024-ABCDEF12')
    expect(page.text()).toContain('Bij DUO in behandeling')
  })

  it('shows an advies pair that breaks the rule as an error', async () => {
    const bff = fakeBff({
      'GET /api/rod/leerlingdossier/34CD/l-1': () => {
        const d = dossier()
        d.schooladviezen[0]!.regelFout = {
          nl: 'Het definitieve schooladvies (vmbo tl) mag niet lager zijn dan het voorlopige (havo).',
          en: 'x',
        } as never
        return d
      },
    })
    const page = await mountSection(section, SCHOOLADMIN, {
      path: 'leerlingdossier/34CD/l-1',
      fetch: bff.fetch,
    })
    expect(page.find('[data-testid="adviezen-2023-2024"] [role="alert"]').text()).toContain(
      'mag niet lager zijn',
    )
  })
})
