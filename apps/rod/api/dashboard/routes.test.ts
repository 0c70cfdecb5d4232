import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { NOW, bestuurBMetRodRollen, rodTestApp, type RodTestApp } from '../test-support'

const URL = '/api/rod/dashboard'

describe.each(dialectsUnderTest)('ROD API: dashboards (%s)', (dialect) => {
  let t: RodTestApp
  let bestuurB: string
  beforeAll(async () => {
    t = await rodTestApp(dialect)
    bestuurB = await bestuurBMetRodRollen(t)
  }, 90_000)
  afterAll(() => t.close())

  const get = async (as: string, query = '') => {
    const res = await t.request('GET', `${URL}${query}`, { as })
    return { res, body: await res.json() }
  }

  it('shows the school dashboard of 12AB to its schoolleiding, with every figure filled', async () => {
    const { res, body } = await get('schoolleiding-12ab', '?instellingscode=12AB')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body.school).toEqual({ instellingscode: '12AB', naam: 'OBS De Regenboog' })
    expect(body.scholen).toEqual([{ instellingscode: '12AB', naam: 'OBS De Regenboog' }])
    expect(body.schooljaren).toEqual(['2023-2024', '2022-2023', '2021-2022'])
    expect(body.schooljaar).toBe('2023-2024')
    const [oktober, februari] = body.leerlingen
    expect(oktober).toMatchObject({ teldatum: '2023-10-01', bereikt: true })
    expect(februari).toMatchObject({ teldatum: '2024-02-01', bereikt: true })
    expect(oktober.totaal).toBeGreaterThan(200)
    expect(oktober.perLeerjaar).toHaveLength(8)
    // Groep 1 fills up during the year, as children turn four.
    expect(oktober.perLeerjaar.slice(1).every((l: { aantal: number }) => l.aantal > 15)).toBe(true)
    expect(februari.perLeerjaar[0].aantal).toBeGreaterThan(oktober.perLeerjaar[0].aantal)
    expect(body.schooladviezen).toMatchObject({ regime: 'vanaf-2023' })
    expect(body.schooladviezen.eerste.soort).toBe('voorlopig')
    expect(body.schooladviezen.totaal).toBeGreaterThan(20)
    const som =
      body.schooladviezen.perWaarde.reduce((s: number, w: { aantal: number }) => s + w.aantal, 0) +
      body.schooladviezen.geenAdvies
    expect(som).toBe(body.schooladviezen.totaal)
    expect(body.toetsresultaten.toets).toBe('doorstroomtoets')
    expect(body.toetsresultaten.perDomein.map((d: { domein: string }) => d.domein)).toEqual([
      'lezen',
      'taalverzorging',
      'rekenen',
    ])
    expect(
      body.toetsresultaten.perDomein[2].perNiveau.map((n: { niveau: string }) => n.niveau),
    ).toEqual(['<1F', '1F', '1S'])
  })

  it('counts the old advies regime before 2023-24 (advies and herzien advies, eindtoets)', async () => {
    const { body } = await get('schoolleiding-12ab', '?instellingscode=12AB&schooljaar=2022-2023')
    expect(body.schooljaar).toBe('2022-2023')
    expect(body.schooladviezen.regime).toBe('voor-2023')
    expect(body.schooladviezen.eerste.soort).toBe('advies')
    expect(body.schooladviezen.tweede.soort).toBe('herzien')
    expect(body.toetsresultaten.toets).toBe('eindtoets')
  })

  it('refuses 34CD to the schoolleiding of 12AB exactly like a school that does not exist', async () => {
    const ander = await get('schoolleiding-12ab', '?instellingscode=34CD')
    const onbekend = await get('schoolleiding-12ab', '?instellingscode=99ZZ')
    expect(ander.res.status).toBe(404)
    expect(ander.body).toEqual(onbekend.body)
    expect(ander.body.code).toBe('niet-gevonden')
  })

  it('refuses the bestuur dashboard to a school role, with the reason from authz', async () => {
    const { res, body } = await get('schoolleiding-12ab')
    expect(res.status).toBe(403)
    expect(body.nl).toContain('Medewerker bestuur ROD')
    expect(body.en).toBeTruthy()
    const admin = await get('schooladmin-34cd', '?instellingscode=34CD')
    expect(admin.res.status).toBe(403)
    expect(admin.body.nl).toContain('Medewerker schoolleiding ROD')
  })

  it('gives the bestuur every school, and the schools add up to the bestuur', async () => {
    const alle = await get('bestuur-rod')
    expect(alle.res.status).toBe(200)
    expect(alle.body.school).toBeNull()
    expect(alle.body.scholen.map((s: { instellingscode: string }) => s.instellingscode)).toEqual([
      '12AB',
      '34CD',
    ])
    const a = (await get('bestuur-rod', '?instellingscode=12AB')).body
    const b = (await get('bestuur-rod', '?instellingscode=34CD')).body
    for (const i of [0, 1])
      expect(a.leerlingen[i].totaal + b.leerlingen[i].totaal).toBe(alle.body.leerlingen[i].totaal)
    expect(a.schooladviezen.totaal + b.schooladviezen.totaal).toBe(alle.body.schooladviezen.totaal)
    expect(alle.body.leerlingen[0].perSchool).toEqual([
      { instellingscode: '12AB', aantal: a.leerlingen[0].totaal },
      { instellingscode: '34CD', aantal: b.leerlingen[0].totaal },
    ])
    expect(a.bevindingen.totaal + b.bevindingen.totaal).toBe(alle.body.bevindingen.totaal)
  })

  it('shows bestuur B nothing of bestuur A, and its own school only', async () => {
    const a = await get(bestuurB, '?instellingscode=12AB')
    expect(a.res.status).toBe(404)
    const eigen = await get(bestuurB)
    expect(eigen.res.status).toBe(200)
    expect(eigen.body.bestuur.bestuursnummer).toBe('40567')
    expect(eigen.body.scholen).toEqual([{ instellingscode: '56EF', naam: 'RKBS De Vlinder' }])
    expect(
      eigen.body.leerlingen[0].perSchool.map((s: { instellingscode: string }) => s.instellingscode),
    ).toEqual(['56EF'])
  })

  it('refuses DUO staff, who act for no bestuur', async () => {
    const { res, body } = await get('rod-behandelaar', '?instellingscode=12AB')
    expect(res.status).toBe(403)
    expect(body.code).toBe('alleen-bestuur')
  })

  it('answers bad filters with 400 per field', async () => {
    const { res, body } = await get('bestuur-rod', '?schooljaar=2023&instellingscode=x')
    expect(res.status).toBe(400)
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'instellingscode',
      'schooljaar',
    ])
    expect(body.velden[0].nl).toBeTruthy()
    expect(body.velden[0].en).toBeTruthy()
  })

  describe('dated rules', () => {
    it('opens the dashboards on 1 February 2022, not the day before', async () => {
      t.clock.set('2022-01-31T12:00:00+01:00')
      const voor = await get('schoolleiding-12ab', '?instellingscode=12AB')
      expect(voor.res.status).toBe(403)
      expect(voor.body.nl).toMatch(/1 februari 2022|2022-02-01/)
      const bestuur = await get('bestuur-rod')
      expect(bestuur.res.status).toBe(403)
      expect(bestuur.body.nl).toMatch(/1 februari 2022|2022-02-01/)
      t.clock.set('2022-02-01T09:00:00+01:00')
      expect((await get('schoolleiding-12ab', '?instellingscode=12AB')).res.status).toBe(200)
      expect((await get('bestuur-rod')).res.status).toBe(200)
      t.clock.set(NOW)
    })

    it('counts a teldatum only once it is reached', async () => {
      t.clock.set('2024-01-31T23:00:00+01:00')
      const voor = (await get('bestuur-rod', '?schooljaar=2023-2024')).body
      expect(voor.leerlingen[0].bereikt).toBe(true)
      expect(voor.leerlingen[1]).toMatchObject({
        teldatum: '2024-02-01',
        bereikt: false,
        totaal: 0,
      })
      t.clock.set('2024-02-01T08:00:00+01:00')
      const op = (await get('bestuur-rod', '?schooljaar=2023-2024')).body
      expect(op.leerlingen[1].bereikt).toBe(true)
      expect(op.leerlingen[1].totaal).toBeGreaterThan(400)
      t.clock.set(NOW)
    })

    it('counts open findings on the day, and at the end of a past schooljaar', async () => {
      const lopend = (await get('bestuur-rod', '?schooljaar=2023-2024')).body
      expect(lopend.bevindingen.peildatum).toBe('2024-04-15')
      const vorig = (await get('bestuur-rod', '?schooljaar=2022-2023')).body
      expect(vorig.bevindingen.peildatum).toBe('2023-07-31')
    })

    it('chooses the latest schooljaar with data when the clock is past the register', async () => {
      t.clock.set('2026-12-01T10:00:00+01:00')
      const { body } = await get('bestuur-rod')
      expect(body.schooljaar).toBe('2023-2024')
      t.clock.set(NOW)
    })
  })
})
