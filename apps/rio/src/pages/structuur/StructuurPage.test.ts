import { describe, expect, it } from 'vitest'
import { fakeBff, mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { RIO_BEHEERDER } from '../../testing/gebruikers'

const BOOM = {
  geldigOp: '2023-06-01',
  bestuursnaam: 'Stichting Openbaar Onderwijs De Linde',
  onderwijsbestuur: { code: '101B234', naam: 'Stichting Openbaar Onderwijs De Linde' },
  aanbieders: [
    {
      code: '101A002',
      naam: 'OBS Het Kompas',
      erkenningscode: '34CD',
      locaties: [
        {
          code: '101X002',
          naam: 'Kompasstraat 3, Zeist',
          gebruiksnaam: 'Het Kompas, hoofdgebouw',
          opleidingen: [{ code: 'o1', naam: 'Daltononderwijs Het Kompas', doelgroep: 'BO' }],
        },
        {
          code: '101X003',
          naam: 'Dorpsstraat 40 A, Bunnik',
          gebruiksnaam: null,
          opleidingen: [{ code: 'o1', naam: 'Daltononderwijs Het Kompas', doelgroep: 'BO' }],
        },
      ],
    },
  ],
  locatiesZonderAanbod: [],
}

describe('the register as a tree', { timeout: 20_000 }, () => {
  it('nests aanbieders, locaties and opleidingen under headings in order, with downloads for that date', async () => {
    const server = fakeBff({ 'GET /api/rio/structuur': () => BOOM })
    const page = await mountSection(section, RIO_BEHEERDER, {
      path: 'structuur?geldigOp=2023-06-01',
      fetch: server.fetch,
    })
    expect(server.calls[0]!.query.get('geldigOp')).toBe('2023-06-01')
    const koppen = page.findAll('h1, h2, h3, h4').map((h) => `${h.element.tagName}:${h.text()}`)
    expect(koppen).toEqual([
      'H1:Register op datum',
      'H2:Stichting Openbaar Onderwijs De Linde (101B234)',
      'H3:OBS Het Kompas (101A002)',
      'H4:Het Kompas, hoofdgebouw',
      'H4:Dorpsstraat 40 A, Bunnik',
      'H2:Download als open data',
    ])
    const links = page.findAll('a[download]').map((a) => a.attributes('href'))
    expect(links[0]).toBe('/api/rio/export?formaat=json&geldigOp=2023-06-01')
    expect(links).toContain(
      '/api/rio/export?formaat=csv&soort=aangebodenOpleidingen&geldigOp=2023-06-01',
    )
  })
})
