import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { NOW, bestuurBMetRodRollen, rodDb, rodTestApp, type RodTestApp } from '../test-support'

const utf8 = (buf: ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf)
/** The cells of a CSV line as this section writes it (every cell quoted, `;` between). */
const cellen = (regel: string) =>
  regel
    .slice(1, -1)
    .split('";"')
    .map((c) => c.replace(/""/g, '"'))

describe.each(dialectsUnderTest)('ROD API: bestanden (%s)', (dialect) => {
  let t: RodTestApp
  let bestuurB: string
  beforeAll(async () => {
    t = await rodTestApp(dialect)
    bestuurB = await bestuurBMetRodRollen(t)
  }, 90_000)
  afterAll(() => t.close())

  const vraag = (as: string, json: unknown) => t.request('POST', '/api/rod/bestanden', { as, json })
  const get = async (as: string, path = '') => {
    const res = await t.request('GET', `/api/rod/bestanden${path}`, { as })
    return {
      res,
      body: res.headers.get('content-type')?.includes('json') ? await res.json() : null,
    }
  }
  const bestandenOpSchijf = () => {
    try {
      return readdirSync(join(t.dataDir, 'rod', 'bestanden')).length
    } catch {
      return 0
    }
  }

  /** Requests a file and waits until the job queue has made it. */
  async function maak(as: string, json: Record<string, unknown>) {
    const res = await vraag(as, json)
    expect(res.status).toBe(202)
    const { bestand } = await res.json()
    await t.composed.jobs.idle()
    return (await get(as, `/${bestand.id}`)).body.bestand
  }

  it('makes the schooladviezen of 12AB in the background, with the same pupils as the dashboard', async () => {
    const res = await vraag('schoolleiding-12ab', {
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
      instellingscode: '12AB',
    })
    expect(res.status).toBe(202)
    const { bestand } = await res.json()
    expect(bestand).toMatchObject({
      soort: 'schooladviezen',
      instellingscode: '12AB',
      schooljaar: '2023-2024',
    })
    expect(['wachtend', 'bezig', 'klaar']).toContain(bestand.status)
    expect(bestand.bewaarTot).toBe('2024-04-29T10:00:00.000Z')
    await t.composed.jobs.idle()
    const klaar = (await get('schoolleiding-12ab', `/${bestand.id}`)).body.bestand
    expect(klaar).toMatchObject({
      status: 'klaar',
      voortgang: 100,
      bestandsnaam: 'schooladviezen-12AB-2023-2024',
    })

    const dashboard = await (
      await t.request('GET', '/api/rod/dashboard?instellingscode=12AB&schooljaar=2023-2024', {
        as: 'schoolleiding-12ab',
      })
    ).json()
    expect(klaar.aantal).toBe(dashboard.schooladviezen.totaal)

    const csv = await t.request('GET', `/api/rod/bestanden/${bestand.id}/download/csv`, {
      as: 'schoolleiding-12ab',
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toContain('schooladviezen-12AB-2023-2024.csv')
    expect(csv.headers.get('cache-control')).toBe('private, no-store')
    const tekst = utf8(await csv.arrayBuffer())
    expect(tekst.startsWith('\uFEFF"Schooljaar";"Instellingscode";"PGN"')).toBe(true)
    const regels = tekst.slice(1).trimEnd().split('\r\n')
    expect(regels).toHaveLength(klaar.aantal + 1)
    const kop = cellen(regels[0]!)
    expect(kop).toContain('Voorlopig schooladvies')
    expect(kop).toContain('Definitief schooladvies')
    // Per final advies the file has as many pupils as the dashboard.
    const codeKolom = kop.indexOf('Eindadvies (code)')
    const perCode = new Map<string, number>()
    for (const r of regels.slice(1)) {
      const code = cellen(r)[codeKolom]!
      perCode.set(code, (perCode.get(code) ?? 0) + 1)
    }
    for (const w of dashboard.schooladviezen.perWaarde)
      expect(perCode.get(w.code), w.code).toBe(w.aantal)
    expect(perCode.get('') ?? 0).toBe(dashboard.schooladviezen.geenAdvies)
    expect(regels.slice(1).every((r) => cellen(r)[1] === '12AB')).toBe(true)

    const xlsx = await t.request('GET', `/api/rod/bestanden/${bestand.id}/download/xlsx`, {
      as: 'schoolleiding-12ab',
    })
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const boek = new ExcelJS.Workbook()
    await boek.xlsx.load(await xlsx.arrayBuffer())
    const blad = boek.worksheets[0]!
    expect(blad.name).toBe('Schooladviezen')
    expect(blad.rowCount).toBe(klaar.aantal + 1)
    expect(blad.getRow(1).getCell(1).value).toBe('Schooljaar')

    const { entries } = await t
      .platformOf('rod')
      .audit.list({ bestuursnummer: '41234', actie: 'rod.bestand.gedownload' })
    expect(entries.map((e) => e.details.formaat).sort()).toEqual(['csv', 'xlsx'])
  })

  it('lets no one else download a file: colleague, other school, other bestuur', async () => {
    const eigen = await maak('schoolleiding-12ab', {
      soort: 'niveau-vo',
      schooljaar: '2023-2024',
      instellingscode: '12AB',
    })
    expect(eigen.status).toBe('klaar')
    const onbekend = await get('bestuur-rod', '/00000000-0000-4000-8000-000000000000')
    for (const as of ['bestuur-rod', 'schooladmin-34cd', bestuurB]) {
      for (const pad of [
        `/${eigen.id}`,
        `/${eigen.id}/download/csv`,
        `/${eigen.id}/download/xlsx`,
      ]) {
        const { res, body } = await get(as, pad)
        expect(res.status, `${as} ${pad}`).toBe(404)
        expect(body).toEqual(onbekend.body)
      }
      const lijst = await get(as)
      if (lijst.res.status === 200)
        expect(lijst.body.bestanden.map((b: { id: string }) => b.id)).not.toContain(eigen.id)
    }
  })

  it('keeps a school role to its school, and a bestuur role to its bestuur', async () => {
    const bestuur = await vraag('schoolleiding-12ab', {
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
    })
    expect(bestuur.status).toBe(403)
    expect((await bestuur.json()).nl).toContain('niet voor het hele bestuur')
    const ander = await vraag('schoolleiding-12ab', {
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
      instellingscode: '34CD',
    })
    expect(ander.status).toBe(404)
    const b = await vraag(bestuurB, {
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
      instellingscode: '12AB',
    })
    expect(b.status).toBe(404)
    const geenRol = await vraag('schooladmin-34cd', {
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
      instellingscode: '34CD',
    })
    expect(geenRol.status).toBe(403)
    const lijst = await get('schooladmin-34cd')
    expect(lijst.res.status).toBe(403)

    const heel = await maak('bestuur-rod', { soort: 'schooladviezen', schooljaar: '2022-2023' })
    expect(heel).toMatchObject({
      status: 'klaar',
      instellingscode: null,
      bestandsnaam: 'schooladviezen-41234-2022-2023',
    })
    const csv = utf8(
      await (
        await t.request('GET', `/api/rod/bestanden/${heel.id}/download/csv`, { as: 'bestuur-rod' })
      ).arrayBuffer(),
    )
    const scholen = new Set(
      csv
        .slice(1)
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((r) => cellen(r)[1]),
    )
    expect([...scholen].sort()).toEqual(['12AB', '34CD'])
    expect(csv).toContain('Herzien schooladvies (advies 2)')
    const pid = await maak('bestuur-rod', {
      soort: 'niveau-vo',
      schooljaar: '2023-2024',
      instellingscode: '34CD',
    })
    expect(pid.aantal).toBeGreaterThan(0)
    const { body } = await get('bestuur-rod')
    expect(body.keuze.heleBestuur).toBe(true)
    expect(body.bestanden.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining([heel.id, pid.id]),
    )
  })

  it('answers bad requests with 400 per field', async () => {
    const res = await vraag('bestuur-rod', { soort: 'alles', schooljaar: '2023' })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual(['schooljaar', 'soort'])
  })

  it('writes names a spreadsheet would run as plain text', async () => {
    const pupil = await rodDb(t)
      .selectFrom('rod_leerjaar')
      .select('leerling_id')
      .where('instellingscode', '=', '34CD')
      .where('schooljaar', '=', '2023-2024')
      .where('leerjaar', '=', 8)
      .executeTakeFirstOrThrow()
    await rodDb(t)
      .updateTable('rod_leerling')
      .set({ achternaam: '=1+2', voornamen: '@SUM(A1)' })
      .where('id', '=', pupil.leerling_id)
      .execute()
    const b = await maak('bestuur-rod', {
      soort: 'schooladviezen',
      schooljaar: '2023-2024',
      instellingscode: '34CD',
    })
    const csv = utf8(
      await (
        await t.request('GET', `/api/rod/bestanden/${b.id}/download/csv`, { as: 'bestuur-rod' })
      ).arrayBuffer(),
    )
    expect(csv).toContain(`"'=1+2"`)
    expect(csv).toContain(`"'@SUM(A1)"`)
    const boek = new ExcelJS.Workbook()
    await boek.xlsx.load(
      await (
        await t.request('GET', `/api/rod/bestanden/${b.id}/download/xlsx`, { as: 'bestuur-rod' })
      ).arrayBuffer(),
    )
    let gevonden = false
    boek.worksheets[0]!.eachRow((row) => {
      row.eachCell((cel) => {
        if (cel.value === '=1+2') {
          gevonden = true
          expect(cel.type).toBe(ExcelJS.ValueType.String)
        }
      })
    })
    expect(gevonden).toBe(true)
  })

  it('keeps a file for 14 days; then it is expired, and the platform removes it with its files', async () => {
    const b = await maak('bestuur-rod', { soort: 'niveau-vo', schooljaar: '2022-2023' })
    const opSchijf = bestandenOpSchijf()
    t.clock.set('2024-04-29T09:59:00.000Z')
    expect((await get('bestuur-rod', `/${b.id}/download/csv`)).res.status).toBe(200)
    t.clock.set('2024-04-29T10:00:00.000Z')
    expect((await get('bestuur-rod', `/${b.id}`)).body.bestand.status).toBe('verlopen')
    const weg = await get('bestuur-rod', `/${b.id}/download/xlsx`)
    expect(weg.res.status).toBe(410)
    expect(weg.body.code).toBe('verlopen')
    t.clock.set('2024-05-01T10:00:00.000Z')
    await t.composed.opruimen()
    expect(bestandenOpSchijf()).toBeLessThanOrEqual(opSchijf - 2)
    expect((await get('bestuur-rod', `/${b.id}`)).res.status).toBe(404)
    t.clock.set(NOW)
  })

  it('allows at most 3 files in the making per person', async () => {
    const klaar = await maak('schoolleiding-12ab', {
      soort: 'schooladviezen',
      schooljaar: '2021-2022',
      instellingscode: '12AB',
    })
    const db = t.db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>
    const rij = await db
      .selectFrom('platform_job')
      .selectAll()
      .where('id', '=', klaar.id)
      .executeTakeFirstOrThrow()
    const ids = ['a', 'b', 'c'].map((x) => `00000000-0000-4000-8000-00000000000${x}`)
    // Three of this person's files still being made (as if a slow worker had them).
    for (const id of ids)
      await db
        .insertInto('platform_job')
        .values({ ...rij, id, status: 'bezig', resultaat: null })
        .execute()
    const vierde = await vraag('schoolleiding-12ab', {
      soort: 'schooladviezen',
      schooljaar: '2021-2022',
      instellingscode: '12AB',
    })
    expect(vierde.status).toBe(409)
    expect((await vierde.json()).code).toBe('te-veel-lopend')
    // Someone else is not held back by them.
    expect(
      (await vraag('bestuur-rod', { soort: 'niveau-vo', schooljaar: '2022-2023' })).status,
    ).toBe(202)
    await db.updateTable('platform_job').set({ status: 'mislukt' }).where('id', 'in', ids).execute()
    expect(
      (
        await vraag('schoolleiding-12ab', {
          soort: 'schooladviezen',
          schooljaar: '2021-2022',
          instellingscode: '12AB',
        })
      ).status,
    ).toBe(202)
    await t.composed.jobs.idle()
  })

  // The in-process worker of the embedded SQLite database; on PostgreSQL pg-boss keeps the queue.
  if (dialect === 'sqlite')
    it('waits in the queue while no worker runs, and is made after a restart', async () => {
      await t.composed.jobs.stop()
      const ids: string[] = []
      for (let i = 0; i < 2; i++) {
        const res = await vraag('bestuur-rod', {
          soort: 'schooladviezen',
          schooljaar: '2021-2022',
          instellingscode: '34CD',
        })
        expect(res.status).toBe(202)
        ids.push((await res.json()).bestand.id)
      }
      const wacht = (await get('bestuur-rod', `/${ids[0]}`)).body.bestand
      expect(wacht).toMatchObject({ status: 'wachtend', voortgang: 0, csv: null })
      const nietKlaar = await get('bestuur-rod', `/${ids[0]}/download/csv`)
      expect(nietKlaar.res.status).toBe(409)
      // A job that was running when the process died is picked up again at start.
      await t.db
        .updateTable('platform_job' as never)
        .set({ status: 'bezig' } as never)
        .where('id' as never, '=', ids[1] as never)
        .execute()
      await t.composed.jobs.start()
      await t.composed.jobs.idle()
      for (const id of ids)
        expect((await get('bestuur-rod', `/${id}`)).body.bestand.status).toBe('klaar')
    })
})
