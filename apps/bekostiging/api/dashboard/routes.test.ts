import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoId } from '@duo/server-kit/testing'
import {
  bekostigingTestApp,
  dbOf,
  doorbladeren,
  weigering,
  type BekostigingTestApp,
} from '../test-support'

const dash = '/api/bekostiging/dashboard'

describe.each(dialectsUnderTest)('bekostiging API: Dashboard bekostiging (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('opens on its configured date, 1 March 2022, and refuses with that date the day before', async () => {
    t.clock.set('2022-02-28T20:00:00+01:00')
    const dicht = await weigering(
      await t.request('GET', dash, { as: 'medewerker-bekostiging' }),
      403,
    )
    expect(dicht.nl).toMatch(/1 maart 2022|2022-03-01/)
    t.clock.set('2022-03-01T00:30:00+01:00')
    expect((await t.request('GET', dash, { as: 'medewerker-bekostiging' })).status).toBe(200)
    t.clock.set('2022-05-02T10:00:00+02:00')
  })

  it('gives per teldatum the pupils bekostigd and niet bekostigd per school, and the signals', async () => {
    const res = await t.request('GET', dash, { as: 'medewerker-bekostiging' })
    expect(res.headers.get('cache-control')).toBe('no-store')
    const d = await res.json()
    expect(d.teldata).toEqual([
      '2022-02-01',
      '2021-10-01',
      '2021-02-01',
      '2020-10-01',
      '2020-02-01',
    ])
    expect(d.teldatum).toBe('2022-02-01')
    expect(d.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual([
      '12AB',
      '34CD',
    ])
    const db = dbOf(t)
    const niet = await db
      .selectFrom('bekostiging_statustoekenning')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('bestuursnummer', '=', '41234')
      .where('teldatum', '=', '2022-02-01')
      .where('bekostigd', '=', 0)
      .executeTakeFirstOrThrow()
    expect(d.totaal.nietBekostigd).toBe(Number(niet.n))
    expect(d.totaal.bekostigd).toBe(
      d.scholen.reduce((s: number, x: { bekostigd: number }) => s + x.bekostigd, 0),
    )
    expect(d.signalen.length).toBeGreaterThan(0)
    const oktober = await (
      await t.request('GET', `${dash}?teldatum=2021-10-01&school=34CD`, {
        as: 'medewerker-bekostiging',
      })
    ).json()
    expect(oktober.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual([
      '34CD',
    ])
    await weigering(
      await t.request('GET', `${dash}?teldatum=2019-10-01`, { as: 'medewerker-bekostiging' }),
      404,
    )
    await weigering(
      await t.request('GET', `${dash}?school=56EF`, { as: 'medewerker-bekostiging' }),
      400,
    )
    const b = await (await t.request('GET', dash, { as: 'bekostiging-b' })).json()
    expect(b.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual(['56EF'])
  })

  it('lists the registrations with a signal, filtered and paged', async () => {
    const alle = await (
      await t.request('GET', `${dash}/signalen?aantal=5`, { as: 'medewerker-bekostiging' })
    ).json()
    expect(alle.registraties).toHaveLength(5)
    expect(alle.registraties.every((r: { signaalcode: string | null }) => r.signaalcode)).toBe(true)
    const code = alle.registraties[0].signaalcode
    const een = await (
      await t.request('GET', `${dash}/signalen?signaal=${code}`, { as: 'medewerker-bekostiging' })
    ).json()
    expect(een.registraties.every((r: { signaalcode: string }) => r.signaalcode === code)).toBe(
      true,
    )
    await weigering(
      await t.request('GET', `${dash}/signalen?signaal=XX-99`, { as: 'medewerker-bekostiging' }),
      400,
    )
  })

  it('pages the registrations with a signal forward and back by cursor', async () => {
    const ids = await doorbladeren(
      t,
      `${dash}/signalen`,
      'medewerker-bekostiging',
      'registraties',
      4,
    )
    const res = await t.request('GET', `${dash}/signalen?aantal=4`, {
      as: 'medewerker-bekostiging',
    })
    expect(await res.json()).toMatchObject({ totaal: ids.length, totaalBegrensd: false })
  })

  it('downloads the statustoekenningen as CSV, safe for spreadsheets, logged in the audit', async () => {
    // A leerlingnummer that a spreadsheet would run as a formula.
    await dbOf(t)
      .insertInto('bekostiging_statustoekenning')
      .values({
        id: demoId('test:formule'),
        bestuursnummer: '41234',
        instellingscode: '12AB',
        teldatum: '2022-02-01',
        leerlingnummer: '=HYPERLINK("x")',
        leeftijdscategorie: '8+',
        inschrijfdatum: '2019-08-26',
        bekostigd: 1,
        signaalcode: null,
      })
      .execute()
    const res = await t.request(
      'GET',
      `${dash}/statustoekenningen.csv?teldatum=2022-02-01&school=12AB`,
      { as: 'medewerker-bekostiging' },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('content-disposition')).toContain(
      'statustoekenningen-41234-2022-02-01-12AB.csv',
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    // A BOM first, so Excel reads the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const tekst = new TextDecoder().decode(bytes)
    const regels = tekst.trim().split('\r\n')
    expect(regels[0]).toBe(
      '"teldatum","instellingscode","school","leerlingnummer","leeftijdscategorie","inschrijfdatum","status","signaalcode","signaal"',
    )
    expect(tekst).toContain(`"'=HYPERLINK(""x"")"`)
    const d = await (
      await t.request('GET', `${dash}?teldatum=2022-02-01&school=12AB`, {
        as: 'medewerker-bekostiging',
      })
    ).json()
    expect(regels.length - 1).toBe(d.scholen[0].bekostigd + d.scholen[0].nietBekostigd)
    const { entries } = await t
      .platformOf('bekostiging')
      .audit.list({ bestuursnummer: '41234', actie: 'bekostiging.statustoekenningen.gedownload' })
    expect(entries[0]?.details).toMatchObject({ teldatum: '2022-02-01', school: '12AB' })
  })

  it('refuses the beheerder bekostiging, the raadpleger and DUO staff, with the reason', async () => {
    expect(
      (await weigering(await t.request('GET', dash, { as: 'beheerder-bekostiging' }), 403)).nl,
    ).toMatch(/gegevens/)
    await weigering(await t.request('GET', dash, { as: 'raadpleger' }), 403)
    await weigering(
      await t.request('GET', `${dash}/statustoekenningen.csv`, { as: 'raadpleger' }),
      403,
    )
    await weigering(await t.request('GET', dash, { as: 'behandelaar' }), 403, 'alleen-bestuur')
  })
})
