/** The open-data export: RIO's field names, no communicatiecontexten, safe CSV. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { A, B, LOCATIE, metRollen, rioTestApp, wijzig, type RioTestApp } from '../test-support'

describe.each(dialectsUnderTest)('RIO API: open-data export (%s)', (dialect) => {
  let t: RioTestApp
  beforeAll(async () => {
    t = await rioTestApp(dialect)
    await metRollen(t, 'nieuw', [['rio-beheren-onderwijslocatiegebruik', A.code]])
  }, 60_000)
  afterAll(() => t.close())

  it('exports the register on a date as JSON in the shape of RIO’s open data, without contact details', async () => {
    const res = await t.request('GET', '/api/rio/export?geldigOp=2023-06-01', { as: 'nieuw' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="rio-41234-register-2023-06-01.json"',
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toContain('no-store')
    const tekst = await res.text()
    const data = JSON.parse(tekst)
    expect(Object.keys(data)).toEqual([
      'geldigOp',
      'onderwijsbesturen',
      'onderwijsaanbieders',
      'onderwijslocaties',
      'onderwijslocatiegebruiken',
      'aangebodenOpleidingen',
    ])
    expect(data.onderwijsbesturen).toEqual([
      {
        bestuurID: A.code,
        naam: 'Stichting Openbaar Onderwijs De Linde',
        internationaleNaam: null,
        kVKnummer: '30123456',
        rSIN: '816459216',
        inBedrijfdatum: '2019-08-01',
        uitBedrijfdatum: null,
        uri: `http://lod.onderwijsregistratie.nl/rio/id/Onderwijsbestuur/${A.code}`,
      },
    ])
    expect(data.onderwijsaanbieders[0]).toMatchObject({
      onderwijsaanbiederID: A.regenboog,
      naam: 'IKC De Regenboog',
      onderwijsinstellingserkenning: '12AB',
      onderwijsbestuur: A.code,
    })
    expect(
      data.onderwijslocaties.find((l: { code: string }) => l.code === LOCATIE.dorpsstraat),
    ).toMatchObject({ huisnummertoevoeging: 'A', uitBedrijfdatum: '2023-08-01' })
    expect(data.onderwijslocatiegebruiken[0]).toMatchObject({
      id: `${A.code}-${LOCATIE.lindelaan}`,
      onderwijslocatie: LOCATIE.lindelaan,
    })
    expect(
      data.aangebodenOpleidingen.find(
        (o: { eigenNaam: string }) => o.eigenNaam === 'Taalklas Het Kompas',
      ),
    ).toMatchObject({ einddatum: '2025-08-01', onderwijsaanbieder: A.kompas })
    // Communicatiecontexten are not open data.
    expect(tekst).not.toMatch(/@delinde|@regenboog|030 699/)
  })

  it('exports one list as CSV, with every formula neutralised', async () => {
    const naam = '=HYPERLINK("http://example.invalid";"klik")'
    const res = await wijzig(t, 'nieuw', {
      mutaties: [
        {
          actie: 'wijzig',
          code: `${A.code}-${LOCATIE.kompasstraat}`,
          begindatum: '2025-01-01',
          gegevens: { naam },
        },
      ],
    })
    expect(res.status).toBe(201)
    const csv = await t.request(
      'GET',
      '/api/rio/export?formaat=csv&soort=onderwijslocatiegebruiken&geldigOp=2025-02-01',
      { as: 'nieuw' },
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="rio-41234-onderwijslocatiegebruiken-2025-02-01.csv"',
    )
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // TextDecoder drops the byte-order mark itself.
    const regels = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(regels[0]).toBe(
      '"id";"naam";"onderwijsbestuur";"onderwijslocatie";"inBedrijfdatum";"uitBedrijfdatum";"uri"',
    )
    const kompas = regels.find((r) => r.includes(LOCATIE.kompasstraat))!
    expect(kompas).toContain(`"'=HYPERLINK(""http://example.invalid"";""klik"")"`)
    expect(kompas.split(';').some((cel) => /^"=/.test(cel))).toBe(false)
  })

  it('refuses an unknown format, exports only the bestuur’s own register, and only to RIO roles', async () => {
    expect((await t.request('GET', '/api/rio/export?formaat=xlsx', { as: 'nieuw' })).status).toBe(
      400,
    )
    await metRollen(t, 'beheerder-po-b', [['rio-beheren-contactadres', B.code]], B.bestuursnummer)
    const b = await (await t.request('GET', '/api/rio/export', { as: 'beheerder-po-b' })).json()
    expect(
      b.onderwijsaanbieders.map((a: { onderwijsaanbiederID: string }) => a.onderwijsaanbiederID),
    ).toEqual([B.vlinder])
    expect(JSON.stringify(b)).not.toContain('101A')
    expect((await t.request('GET', '/api/rio/export', { as: 'beheerder-po' })).status).toBe(403)
  })
})
