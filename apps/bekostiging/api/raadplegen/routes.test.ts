import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoId } from '@duo/server-kit/testing'
import { bekostigingTestApp, dbOf, weigering, type BekostigingTestApp } from '../test-support'

const r = '/api/bekostiging/raadplegen'

describe.each(dialectsUnderTest)('bekostiging API: bekostiging raadplegen (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('gives per school and year the funding lines with totals, and the history over years', async () => {
    const res = await t.request('GET', r, { as: 'medewerker-bekostiging' })
    expect(res.headers.get('cache-control')).toBe('no-store')
    const d = await res.json()
    expect(d.jaren).toEqual([2022, 2021, 2020, 2019, 2018])
    expect(d.jaar).toBe(2022)
    for (const s of d.scholen)
      expect(s.totaal).toBe(
        s['regulier-personeel'] +
          s['materiele-instandhouding'] +
          s.groei +
          s['bijzondere-bekostiging'],
      )
    expect(d.totaal.totaal).toBe(
      d.scholen.reduce((t: number, s: { totaal: number }) => t + s.totaal, 0),
    )
    expect(d.geschiedenis.map((g: { jaar: number }) => g.jaar)).toEqual([
      2018, 2019, 2020, 2021, 2022,
    ])
    expect(d.geschiedenis.at(-1).totaal).toBe(d.totaal.totaal)
    // Granted bijzondere bekostiging counts in the year it starts.
    const toegekend = await dbOf(t)
      .selectFrom('bekostiging_regel')
      .selectAll()
      .where('aanvraag_id', '=', demoId('bekostiging:aanvraag:a-toegekend-roma'))
      .executeTakeFirstOrThrow()
    const jaar = await (
      await t.request('GET', `${r}?jaar=${toegekend.jaar}&school=12AB`, {
        as: 'medewerker-bekostiging',
      })
    ).json()
    expect(jaar.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual([
      '12AB',
    ])
    expect(jaar.bijzonder.map((b: { id: string }) => b.id)).toContain(toegekend.id)
    await weigering(
      await t.request('GET', `${r}?school=56EF`, { as: 'medewerker-bekostiging' }),
      400,
    )
    await weigering(
      await t.request('GET', `${r}?jaar=twintig`, { as: 'medewerker-bekostiging' }),
      400,
    )
    const b = await (await t.request('GET', r, { as: 'bekostiging-b' })).json()
    expect(b.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual(['56EF'])
  })

  it('exports every line as CSV and as XLSX, streamed, with the same numbers', async () => {
    const csv = await t.request('GET', `${r}/export.csv?jaar=2021`, {
      as: 'medewerker-bekostiging',
    })
    expect(csv.headers.get('content-disposition')).toContain(
      'bekostiging-41234-2021-2022-05-02.csv',
    )
    expect(csv.headers.get('cache-control')).toBe('private, no-store')
    const regels = (await csv.text()).trim().split('\r\n')
    const aantal = await dbOf(t)
      .selectFrom('bekostiging_regel')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('bestuursnummer', '=', '41234')
      .where('jaar', '=', 2021)
      .executeTakeFirstOrThrow()
    expect(regels.length - 1).toBe(Number(aantal.n))
    expect(regels.slice(1).every((l) => l.startsWith('2021,'))).toBe(true)
    const xlsx = await t.request('GET', `${r}/export.xlsx`, { as: 'medewerker-bekostiging' })
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await xlsx.arrayBuffer())
    const ws = wb.getWorksheet('Bekostiging')!
    const alle = await dbOf(t)
      .selectFrom('bekostiging_regel')
      .select([
        (eb) => eb.fn.countAll().as('n'),
        (eb) => eb.fn.sum<number>('bedrag_centen').as('som'),
      ])
      .where('bestuursnummer', '=', '41234')
      .executeTakeFirstOrThrow()
    expect(ws.rowCount - 1).toBe(Number(alle.n))
    let som = 0
    ws.eachRow((row, i) => {
      if (i > 1) som += Math.round(Number(row.getCell(6).value) * 100)
    })
    expect(som).toBe(Number(alle.som))
    const { entries } = await t
      .platformOf('bekostiging')
      .audit.list({ bestuursnummer: '41234', actie: 'bekostiging.bekostiging.geexporteerd' })
    expect(entries.map((e) => e.details.soort)).toEqual(['xlsx', 'csv'])
  })

  it('refuses the beheerder bekostiging, the raadpleger, DUO staff and the anonymous', async () => {
    expect(
      (await weigering(await t.request('GET', r, { as: 'beheerder-bekostiging' }), 403)).nl,
    ).toMatch(/gegevens/)
    await weigering(await t.request('GET', `${r}/export.csv`, { as: 'raadpleger' }), 403)
    // Bestuur B exports its own lines only.
    const b = (await (await t.request('GET', `${r}/export.csv`, { as: 'bekostiging-b' })).text())
      .trim()
      .split('\r\n')
    expect(b.slice(1).every((l) => l.includes(',"56EF",'))).toBe(true)
    await weigering(await t.request('GET', r, { as: 'behandelaar' }), 403, 'alleen-bestuur')
    expect((await t.request('GET', r)).status).toBe(401)
  })
})
