import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { NOW, bestuurBMetRodRollen, rodDb, rodTestApp, type RodTestApp } from '../test-support'

describe.each(dialectsUnderTest)('ROD API: kwaliteitscontrolebestand (%s)', (dialect) => {
  let t: RodTestApp
  let bestuurB: string
  beforeAll(async () => {
    t = await rodTestApp(dialect)
    bestuurB = await bestuurBMetRodRollen(t)
  }, 90_000)
  afterAll(() => t.close())

  const get = async (as: string, path = '') => {
    const res = await t.request('GET', `/api/rod/kwaliteitscontrole${path}`, { as })
    return {
      res,
      body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(),
    }
  }

  it('lists the weeks of the schooljaar up to last week, with and without a file', async () => {
    const { res, body } = await get('schooladmin-34cd')
    expect(res.status).toBe(200)
    expect(body.school.instellingscode).toBe('34CD')
    expect(body.schooljaar).toBe('2023-2024')
    // NOW is Monday 15 April 2024: the last file is that of the week ending Sunday 14 April.
    expect(body.weken[0]).toMatchObject({
      id: '2024-W15',
      maandag: '2024-04-08',
      zondag: '2024-04-14',
    })
    expect(body.weken.at(-1)).toMatchObject({ maandag: '2023-07-31' })
    const met = body.weken.filter((w: { bestand: boolean }) => w.bestand)
    const zonder = body.weken.filter((w: { bestand: boolean }) => !w.bestand)
    expect(met.length).toBeGreaterThan(0)
    expect(zonder.length).toBeGreaterThan(0)
    expect(zonder.every((w: { aantal: number }) => w.aantal === 0)).toBe(true)
  })

  it('shows a week’s findings with code, explanation and what to do, and logs the read', async () => {
    const { body } = await get('schooladmin-34cd')
    const week = body.weken.find((w: { bestand: boolean }) => w.bestand)
    const detail = await get('schooladmin-34cd', `/34CD/${week.id}`)
    expect(detail.res.status).toBe(200)
    expect(detail.res.headers.get('cache-control')).toBe('no-store')
    expect(detail.body.bestand).toBe(true)
    expect(detail.body.bevindingen).toHaveLength(week.aantal)
    const b = detail.body.bevindingen[0]
    expect(['signaal', 'bekostigingssignaal']).toContain(b.soort)
    expect(b.omschrijving.nl).toBeTruthy()
    expect(b.actie.en).toBeTruthy()
    expect(b.leerling.pgn).toMatch(/^\d{9}$/)
    const { entries } = await t
      .platformOf('rod')
      .audit.list({ bestuursnummer: '41234', actie: 'rod.kwaliteitscontrolebestand.geraadpleegd' })
    expect(entries[0]!.details).toMatchObject({ instellingscode: '34CD', week: week.id })
  })

  it('says that no file was made for a week without findings, and offers no download', async () => {
    const { body } = await get('schooladmin-34cd')
    const week = body.weken.find((w: { bestand: boolean }) => !w.bestand)
    const detail = await get('schooladmin-34cd', `/34CD/${week.id}`)
    expect(detail.res.status).toBe(200)
    expect(detail.body).toMatchObject({ bestand: false, bevindingen: [] })
    const csv = await get('schooladmin-34cd', `/34CD/${week.id}/csv`)
    expect(csv.res.status).toBe(404)
  })

  it('downloads a week as CSV that no spreadsheet runs as a formula', async () => {
    const signaal = await rodDb(t)
      .selectFrom('rod_bevinding')
      .select(['leerling_id'])
      .where('instellingscode', '=', '34CD')
      .where('soort', 'in', ['signaal', 'bekostigingssignaal'])
      .where('gesignaleerd_op', '<=', '2024-04-14')
      .where((eb) => eb.or([eb('opgelost_op', 'is', null), eb('opgelost_op', '>', '2024-04-14')]))
      .executeTakeFirstOrThrow()
    // A name a LAS could send that a spreadsheet would run.
    await rodDb(t)
      .updateTable('rod_leerling')
      .set({ voornamen: '=HYPERLINK("http://x")' })
      .where('id', '=', signaal.leerling_id)
      .execute()
    const week = { id: '2024-W15' }
    const res = await t.request('GET', `/api/rod/kwaliteitscontrole/34CD/${week.id}/csv`, {
      as: 'schooladmin-34cd',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(
      `kwaliteitscontrolebestand-34CD-${week.id}.csv`,
    )
    const tekst = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
    expect(tekst.startsWith('\uFEFF"Week";"Instellingscode"')).toBe(true)
    expect(tekst).toContain('"\'=HYPERLINK(""http://x"")')
    expect(tekst).not.toMatch(/(^|;)"=/m)
    const { entries } = await t
      .platformOf('rod')
      .audit.list({ bestuursnummer: '41234', actie: 'rod.kwaliteitscontrolebestand.gedownload' })
    expect(entries).toHaveLength(1)
  })

  it('keeps the file to the school: 12AB, another bestuur and other roles get nothing', async () => {
    const eigen = await get('schooladmin-34cd', '/34CD/2024-W10')
    const ander = await get('schooladmin-34cd', '/12AB/2024-W10')
    expect(ander.res.status).toBe(404)
    expect(ander.body).toEqual((await get('schooladmin-34cd', '/99ZZ/2024-W10')).body)
    expect(eigen.res.status).toBe(200)
    expect((await get(bestuurB, '/34CD/2024-W10')).res.status).toBe(404)
    expect((await get(bestuurB, '?instellingscode=34CD')).res.status).toBe(404)
    const sl = await get('schoolleiding-12ab', '?instellingscode=12AB')
    expect(sl.res.status).toBe(403)
    expect(sl.body.nl).toContain('Medewerker schooladministratie ROD')
    // Bestuur B reads its own school.
    const b = await get(bestuurB)
    expect(b.res.status).toBe(200)
    expect(b.body.school.instellingscode).toBe('56EF')
  })

  it('starts with ROD on 3 January 2022, and lists no week before it or not yet over', async () => {
    t.clock.set('2022-03-01T10:00:00+01:00')
    const { body } = await get('schooladmin-34cd', '?schooljaar=2021-2022')
    expect(body.weken.at(-1)).toMatchObject({ id: '2022-W01', maandag: '2022-01-03' })
    expect(body.weken[0]).toMatchObject({ zondag: '2022-02-27' })
    expect((await get('schooladmin-34cd', '/34CD/2021-W52')).res.status).toBe(404)
    expect((await get('schooladmin-34cd', '/34CD/2022-W01')).res.status).toBe(200)
    // The week that ends on Sunday 6 March is not over on Tuesday 1 March.
    expect((await get('schooladmin-34cd', '/34CD/2022-W09')).res.status).toBe(404)
    expect((await get('schooladmin-34cd', '/34CD/2022-W08')).res.status).toBe(200)
    expect((await get('schooladmin-34cd', '/34CD/2022-W99')).res.status).toBe(404)
    t.clock.set(NOW)
  })
})
