import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { fakeBff, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { RIO_BEHEERDER, overzicht } from '../../testing/gebruikers'

const rij = (code: string, naam: string, ouder: string) => ({
  code,
  soort: 'aangeboden-opleiding',
  naam,
  ouder: { code: '101A002', soort: 'onderwijsaanbieder', naam: ouder },
  begindatum: '2019-08-01',
  einddatum: null,
  inBedrijf: '2019-08-01',
  uitBedrijf: code === 'o2' ? '2025-08-01' : null,
  gegevens: { doelgroep: 'BO' },
})

describe('a list of the register on a date', { timeout: 20_000 }, () => {
  it('asks for the date and search in the URL, names the date, and links each object', async () => {
    const server = fakeBff({
      'GET /api/rio/register': () => overzicht(),
      'GET /api/rio/objecten': (c) => ({
        geldigOp: c.query.get('geldigOp') ?? '2025-03-17',
        soort: 'aangeboden-opleiding',
        objecten: [
          rij('o1', 'Daltononderwijs Het Kompas', 'OBS Het Kompas'),
          rij('o2', 'Taalklas Het Kompas', 'OBS Het Kompas'),
        ],
        totaal: 2,
        pagina: 1,
        aantal: 25,
      }),
    })
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'opleidingen?geldigOp=2024-01-01&zoek=kompas',
      fetch: server.fetch,
    })
    const vraag = server.calls.find((c) => c.path === '/api/rio/objecten')!.query
    expect([vraag.get('soort'), vraag.get('geldigOp'), vraag.get('zoek')]).toEqual([
      'aangeboden-opleiding',
      '2024-01-01',
      'kompas',
    ])
    expect(page.find('caption').text()).toContain('Aangeboden opleidingen op 1 januari 2024')
    expect(page.findAll('tbody tr').map((r) => r.find('th a').text())).toEqual([
      'Daltononderwijs Het Kompas',
      'Taalklas Het Kompas',
    ])
    expect(page.find('tbody tr:nth-child(2)').text()).toContain('1 augustus 2025')
    expect(page.find('tbody a').attributes('href')).toBe('/rio/objecten/o1?geldigOp=2024-01-01')
    expect(page.find('a[href="/rio/nieuw/aangeboden-opleiding"]').exists()).toBe(true)
    await page.find('#rio-geldig-op').setValue('2025-08-01')
    await page.find('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(page.vm.$route.query).toMatchObject({ geldigOp: '2025-08-01', zoek: 'kompas' })
  })

  it('offers no new object to someone whose role covers one aanbieder only', async () => {
    const server = fakeBff({
      'GET /api/rio/register': () => overzicht(),
      'GET /api/rio/objecten': () => ({
        geldigOp: '2025-03-17',
        soort: 'onderwijsaanbieder',
        objecten: [],
        totaal: 0,
        pagina: 1,
        aantal: 25,
      }),
    })
    const page = await mountSection(section, 'alles', {
      path: 'onderwijsaanbieders',
      fetch: server.fetch,
    })
    expect(page.find('h1').text()).toBe('Onderwijsaanbieders')
    expect(page.find('a[href="/rio/nieuw/onderwijsaanbieder"]').exists()).toBe(false)
    expect(page.text()).toContain('Er is op deze datum niets van deze soort geregistreerd')
  })
})
