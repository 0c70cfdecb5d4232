import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { apiFoutAntwoord, fakeBff, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { RIO_BEHEERDER, overzicht } from '../../testing/gebruikers'

const KOMPAS = {
  geldigOp: '2025-03-17',
  vandaag: '2025-03-17',
  object: {
    code: '101A002',
    soort: 'onderwijsaanbieder',
    naam: 'OBS Het Kompas',
    inBedrijf: '2019-08-01',
    uitBedrijf: null,
    ouder: null,
  },
  stand: {
    begindatum: '2019-08-01',
    einddatum: null,
    gegevens: { naam: 'OBS Het Kompas', internationaleNaam: '', erkenningscode: '34CD' },
    referentie: 'RIO-41234-000001',
  },
  tijdlijn: [],
  versies: [],
  kinderen: [],
  mag: { wijzigen: true, reden: null },
}
const GEWEIGERD = {
  code: 'wijziging-geweigerd',
  nl: 'De wijziging is niet doorgevoerd.',
  en: 'The change was not made.',
  velden: [{ veld: 'mutaties.0.einddatum', nl: 'overlap (RIO-F003)', en: 'overlap (RIO-F003)' }],
  foutmeldingen: [
    {
      foutcode: 'RIO-F003',
      nl: 'De periode overlapt met een andere periode van dit object (vanaf 1 augustus 2027).',
      en: 'The period overlaps another period of this object (from 1 August 2027).',
      mutatie: 0,
      veld: 'mutaties.0.einddatum',
      sleutelgegeven: '101A002',
    },
  ],
}

function bff(antwoord: () => unknown) {
  return fakeBff({
    'GET /api/rio/register': () => overzicht(),
    'GET /api/rio/objecten/101A002': () => KOMPAS,
    'POST /api/rio/wijzigingen': antwoord,
  })
}

// The first mount compiles the section's pages: room for a busy machine.
describe('changing an object', { timeout: 20_000 }, () => {
  it('shows RIO’s foutmeldingen with their foutcode, tied to the field, and keeps what was typed', async () => {
    const server = bff(() => apiFoutAntwoord(400, GEWEIGERD))
    const taal = ref<'nl' | 'en'>('nl')
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'objecten/101A002/wijzigen',
      fetch: server.fetch,
      locale: taal,
    })
    expect(page.find('h1').text()).toBe('OBS Het Kompas wijzigen')
    expect((page.find('#rio-veld-naam').element as HTMLInputElement).value).toBe('OBS Het Kompas')
    await page.find('#rio-veld-naam').setValue('Daltonschool Het Kompas')
    await page.find('#rio-begindatum').setValue('2026-01-01')
    await page.find('#rio-einddatum').setValue('2028-01-01')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(server.calls.find((c) => c.method === 'POST')!.body).toEqual({
      mutaties: [
        {
          actie: 'wijzig',
          code: '101A002',
          begindatum: '2026-01-01',
          einddatum: '2028-01-01',
          gegevens: {
            naam: 'Daltonschool Het Kompas',
            internationaleNaam: '',
            erkenningscode: '34CD',
          },
        },
      ],
    })
    const tabel = page.find('[data-testid="foutmeldingen"]')
    expect(tabel.find('h2').text()).toBe('RIO heeft de wijziging geweigerd: 1 foutmelding')
    expect(tabel.find('tbody th').text()).toBe('RIO-F003')
    expect(tabel.find('tbody a').attributes('href')).toBe('#rio-einddatum')
    expect(page.find('#rio-einddatum').attributes('aria-invalid')).toBe('true')
    expect((page.find('#rio-veld-naam').element as HTMLInputElement).value).toBe(
      'Daltonschool Het Kompas',
    )
    taal.value = 'en'
    await nextTick()
    expect(tabel.find('h2').text()).toBe('RIO refused the change: 1 error')
    expect(tabel.find('tbody a').text()).toContain('overlaps another period')
  })

  it('checks the required fields itself before asking RIO', async () => {
    const server = bff(() => ({}))
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'objecten/101A002/wijzigen',
      fetch: server.fetch,
    })
    await page.find('#rio-veld-naam').setValue('')
    await page.find('form').trigger('submit')
    await flushPromises()
    const links = page.findAll('.duo-error-summary a').map((a) => [a.attributes('href'), a.text()])
    expect(links).toEqual([
      ['#rio-begindatum', 'Vul de ingangsdatum in.'],
      ['#rio-veld-naam', 'Vul de naam in.'],
    ])
    expect(server.calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('opens the object with its new version after an accepted change', async () => {
    const server = bff(() => ({ wijziging: { referentie: 'RIO-41234-000008', codes: [] } }))
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'objecten/101A002/wijzigen',
      fetch: server.fetch,
    })
    await page.find('#rio-begindatum').setValue('2026-01-01')
    await page.find('form').trigger('submit')
    await flushPromises()
    await vi.waitFor(() =>
      expect(page.vm.$route.fullPath).toBe('/rio/objecten/101A002?gewijzigd=RIO-41234-000008'),
    )
  })

  it('registers a new locatie together with its gebruik, as one change', async () => {
    const server = bff(() => ({
      wijziging: {
        referentie: 'RIO-41234-000009',
        codes: [
          { mutatie: 0, sleutel: 'nieuw-object', soort: 'onderwijslocatie', code: '101X004' },
        ],
      },
    }))
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'nieuw/onderwijslocatie',
      fetch: server.fetch,
    })
    for (const [id, w] of [
      ['#rio-veld-postcode', '3704 aa'],
      ['#rio-veld-huisnummer', '7'],
      ['#rio-veld-straatnaam', 'Boomgaardlaan'],
      ['#rio-veld-plaatsnaam', 'Zeist'],
      ['#rio-veld-gebruiksnaam', 'De Boomgaard'],
      ['#rio-begindatum', '2026-08-01'],
    ])
      await page.find(id!).setValue(w)
    await page.find('form').trigger('submit')
    await flushPromises()
    const { mutaties } = server.calls.find((c) => c.method === 'POST')!.body as {
      mutaties: Array<Record<string, unknown>>
    }
    expect(mutaties.map((m) => [m.actie, m.soort, m.ouder])).toEqual([
      ['registreer', 'onderwijslocatie', undefined],
      ['registreer', 'onderwijslocatiegebruik', 'nieuw-object'],
    ])
    expect(mutaties[0]!.gegevens).toMatchObject({ huisnummer: 7, postcode: '3704 aa' })
    await vi.waitFor(() =>
      expect(page.vm.$route.fullPath).toBe('/rio/objecten/101X004?gewijzigd=RIO-41234-000009'),
    )
  })
})
