import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { A, beheerTestApp, id, toekennen, type BeheerTestApp } from '../test-support'

/** A person with a name a spreadsheet would run as a formula, and a grant for her. */
async function kwaadaardigePersoon(t: BeheerTestApp) {
  const evil = randomUUID()
  const nu = new Date().toISOString()
  await t.db
    .insertInto('persoon')
    .values({
      id: evil,
      naam: '=HYPERLINK("http://x","klik"); "quoted"',
      email: null,
      created_at: nu,
    })
    .execute()
  await t.db
    .insertInto('eherkenning_identiteit')
    .values({
      id: randomUUID(),
      persoon_id: evil,
      legal_subject_kvk: '30123456',
      acting_subject_id: 'EH-EVIL',
      intermediair_kvk: null,
      first_seen_at: nu,
      last_seen_at: nu,
    })
    .execute()
  const res = await toekennen(t, 'beheerder-po', {
    persoonId: evil,
    rol: 'po-informatiediensten',
    kenmerk: A,
    tot: '2022-12-31',
  })
  expect(res.status).toBe(201)
}

/** A CSV with `;` and quoted cells, as rows of cells. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"(;|$)/g)].map((m) => m[1]!.replace(/""/g, '"')),
    )
}

describe.each(dialectsUnderTest)('beheer API: logboek exports (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
    await kwaadaardigePersoon(t)
    // A login late in the evening (UTC): in Dutch time it is the next day.
    await t.db
      .insertInto('audit_log')
      .values({
        id: randomUUID(),
        at: '2022-02-28T23:30:00.000Z',
        actie: 'portaal.login.gelukt',
        actor_persoon_id: id('beheerder-po'),
        actor_omschrijving: 'Anouk Jansen',
        sessie_ref: 'abcdef0123456789',
        onderwerp_persoon_id: null,
        bestuursnummer: A,
        details: JSON.stringify({ methode: 'eherkenning', niveau: 'EH3' }),
      })
      .execute()
  })
  afterAll(() => t.close())

  it('exports CSV for Dutch Excel: `;`, Dutch local time, labels, details in columns, no formulas', async () => {
    const res = await t.request('GET', '/api/beheer/logboek.csv?logins=ja', { as: 'beheerder-po' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="logboek-41234-2022-03-01.csv"',
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const bytes = new Uint8Array(await res.arrayBuffer())
    // A BOM, so Excel reads UTF-8; `;` between the cells.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('"Tijdstip (Nederlandse tijd)";"Actie";')).toBe(true)
    const [kop, ...rijen] = parseCsv(text)
    expect(kop).toEqual([
      'Tijdstip (Nederlandse tijd)',
      'Actie',
      'Onderdeel',
      'Door',
      'Voor',
      'Bestuursnummer',
      'Rol',
      'Kenmerk',
      'Geldig vanaf',
      'Geldig tot en met',
      'Reden',
      'Referentie',
      'Overige gegevens',
      'Sessie',
    ])
    expect(rijen.every((r) => r.length === kop!.length)).toBe(true)
    const col = (naam: string) => kop!.indexOf(naam)
    const login = rijen.find((r) => r[col('Actie')] === 'Ingelogd')!
    expect(login[col('Tijdstip (Nederlandse tijd)')]).toBe('2022-03-01 00:30:00')
    expect(login[col('Onderdeel')]).toBe('Portaal')
    expect(login[col('Voor')]).toBe('Stichting Openbaar Onderwijs De Linde (41234)')
    expect(login[col('Overige gegevens')]).toBe(
      'Ingelogd met: eHerkenning; Betrouwbaarheidsniveau: EH3',
    )
    const grant = rijen.find((r) => r[col('Voor')]?.includes('HYPERLINK'))!
    expect(grant[col('Actie')]).toBe('Rol toegekend')
    expect(grant[col('Voor')]).toBe(`'=HYPERLINK("http://x","klik"); "quoted"`)
    expect(grant[col('Rol')]).toBe('PO-informatiediensten')
    expect(grant[col('Kenmerk')]).toBe('41234')
    expect(grant[col('Geldig tot en met')]).toBe('31 december 2022')
    expect(grant[col('Door')]).toBe('Anouk Jansen (Beheerder po)')
    expect(text).not.toMatch(/(^|;)"=/m)
    expect(text).not.toContain('beheer.rol.toegekend')
    expect(text).not.toContain('{"')
  })

  it('honours the filter: without logins by default, in English on request', async () => {
    const res = await t.request('GET', '/api/beheer/logboek.csv?taal=en', { as: 'beheerder-po' })
    const [kop, ...rijen] = parseCsv(await res.text())
    expect(kop![0]).toBe('Time (Dutch time)')
    expect(rijen.some((r) => r[1] === 'Logged in')).toBe(false)
    expect(rijen.some((r) => r[1] === 'Role assigned')).toBe(true)
    const leeg = await t.request('GET', '/api/beheer/logboek.csv?van=2030-01-01', {
      as: 'beheerder-po',
    })
    expect(parseCsv(await leeg.text())).toHaveLength(1)
  })

  it('exports XLSX with a header row, widths, real date cells and the same filter', async () => {
    const res = await t.request('GET', '/api/beheer/logboek.xlsx?logins=ja', { as: 'beheerder-po' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="logboek-41234-2022-03-01.xlsx"',
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    const ws = wb.getWorksheet('Logboek')!
    expect(ws.getRow(1).getCell(1).value).toBe('Tijdstip (Nederlandse tijd)')
    expect(ws.getRow(1).getCell(2).value).toBe('Actie')
    expect(ws.getRow(1).font?.bold).toBe(true)
    expect(ws.getColumn(1).width).toBe(20)
    expect(ws.getColumn(13).width).toBe(50)
    const rijen = ws.getRows(2, ws.rowCount - 1)!
    const login = rijen.find((r) => r.getCell(2).value === 'Ingelogd')!
    const tijd = login.getCell(1).value
    expect(tijd).toBeInstanceOf(Date)
    // The cell holds the Dutch wall-clock time (Excel dates have no zone).
    expect((tijd as Date).toISOString()).toBe('2022-03-01T00:30:00.000Z')
    expect(login.getCell(1).numFmt).toBe('dd-mm-yyyy hh:mm:ss')
    const grant = rijen.find((r) => String(r.getCell(5).value).includes('HYPERLINK'))!
    // A text cell, never a formula.
    expect(grant.getCell(5).type).toBe(ExcelJS.ValueType.String)
    expect(grant.getCell(7).value).toBe('PO-informatiediensten')

    const zonder = await t.request('GET', '/api/beheer/logboek.xlsx', { as: 'beheerder-po' })
    const wb2 = new ExcelJS.Workbook()
    await wb2.xlsx.load(await zonder.arrayBuffer())
    const acties = wb2.getWorksheet('Logboek')!.getColumn(2).values
    expect(acties).not.toContain('Ingelogd')
    expect(acties).toContain('Rol toegekend')
  })

  it('refuses the exports to someone without the logboek', async () => {
    for (const ext of ['csv', 'xlsx'])
      expect(
        (await t.request('GET', `/api/beheer/logboek.${ext}`, { as: 'medewerker-bekostiging' }))
          .status,
      ).toBe(403)
  })
})
