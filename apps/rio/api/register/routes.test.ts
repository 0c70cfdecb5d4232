/**
 * Reading the register: the state on any date (both sides of every date in the demo's
 * history), each object's history as a timeline, the tree, the log of changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  B,
  LOCATIE,
  NOW,
  RIO_ROLLEN,
  VANDAAG,
  metRollen,
  rioTestApp,
  type RioTestApp,
} from '../test-support'

describe.each(dialectsUnderTest)('RIO API: the register on a date (%s)', (dialect) => {
  let t: RioTestApp
  beforeAll(async () => {
    t = await rioTestApp(dialect)
    await metRollen(t, 'nieuw', [['rio-beheren-contactadres', A.code]])
  }, 60_000)
  afterAll(() => t.close())

  const get = async (pad: string, as = 'nieuw') => {
    const res = await t.request('GET', pad, { as })
    expect(res.status, pad).toBe(200)
    expect(res.headers.get('cache-control'), pad).toContain('no-store')
    return res.json()
  }
  const namen = async (soort: string, dag?: string) =>
    (await get(`/api/rio/objecten?soort=${soort}${dag ? `&geldigOp=${dag}` : ''}`)).objecten.map(
      (o: { naam: string }) => o.naam,
    )

  it('shows today’s state by default, by the one clock', async () => {
    const r = await get('/api/rio/register')
    expect(r).toMatchObject({
      geldigOp: VANDAAG,
      vandaag: VANDAAG,
      aantallen: { onderwijsaanbieder: 2, onderwijslocatie: 2, 'aangeboden-opleiding': 3 },
    })
    t.clock.set('2025-08-01T08:00:00.000Z')
    expect((await get('/api/rio/register')).aantallen['aangeboden-opleiding']).toBe(2)
    t.clock.set(NOW)
  })

  it('gives the state on either side of each change in the history', async () => {
    expect(await namen('onderwijsaanbieder', '2022-07-31')).toEqual([
      'OBS De Regenboog',
      'OBS Het Kompas',
    ])
    expect(await namen('onderwijsaanbieder', '2022-08-01')).toEqual([
      'IKC De Regenboog',
      'OBS Het Kompas',
    ])
    expect(await namen('onderwijslocatie', '2023-07-31')).toEqual([
      'Dorpsstraat 40 A, Bunnik',
      'Kompasstraat 3, Zeist',
      'Lindelaan 12, Zeist',
    ])
    expect(await namen('onderwijslocatie', '2023-08-01')).toEqual([
      'Kompasstraat 3, Zeist',
      'Lindelaan 12, Zeist',
    ])
    expect(await namen('aangeboden-opleiding', '2023-03-31')).not.toContain('Taalklas Het Kompas')
    expect(await namen('aangeboden-opleiding', '2023-04-01')).toContain('Taalklas Het Kompas')
    expect(await namen('aangeboden-opleiding', '2025-07-31')).toContain('Taalklas Het Kompas')
    expect(await namen('aangeboden-opleiding', '2025-08-01')).not.toContain('Taalklas Het Kompas')
    expect(await namen('onderwijsaanbieder', '2027-08-01')).toEqual([
      'Daltonschool Het Kompas',
      'IKC De Regenboog',
    ])
    // Before RIO knew anything of the bestuur there is nothing.
    expect((await get('/api/rio/register?geldigOp=2019-07-31')).aantallen).toEqual({})
  })

  it('searches, sorts and pages a list, and refuses a date that does not exist', async () => {
    const lijst = await get(
      '/api/rio/objecten?soort=aangeboden-opleiding&zoek=kompas&sorteer=naam&richting=desc&aantal=1',
    )
    expect(lijst).toMatchObject({ totaal: 2, aantal: 1, pagina: 1 })
    expect(lijst.objecten[0]).toMatchObject({
      naam: 'Taalklas Het Kompas',
      ouder: { code: A.kompas, naam: 'OBS Het Kompas' },
    })
    const tweede = await get(
      '/api/rio/objecten?soort=aangeboden-opleiding&zoek=kompas&sorteer=naam&richting=desc&aantal=1&pagina=2',
    )
    expect(tweede.objecten[0].naam).toBe('Daltononderwijs Het Kompas')
    const fout = await t.request('GET', '/api/rio/register?geldigOp=2025-02-30', { as: 'nieuw' })
    expect(fout.status).toBe(400)
    expect((await fout.json()).velden[0].veld).toBe('geldigOp')
    expect((await t.request('GET', '/api/rio/objecten?soort=iets', { as: 'nieuw' })).status).toBe(
      400,
    )
  })

  it('shows an object’s history as a timeline, with every version kept', async () => {
    const d = await get(`/api/rio/objecten/${A.regenboog}`)
    expect(d.object).toMatchObject({
      code: A.regenboog,
      soort: 'onderwijsaanbieder',
      naam: 'IKC De Regenboog',
      inBedrijf: '2019-08-01',
      uitBedrijf: null,
    })
    expect(
      d.tijdlijn.map(
        (s: {
          begindatum: string
          einddatum: string | null
          gegevens: { naam: string }
          status: string
        }) => [s.begindatum, s.einddatum, s.gegevens.naam, s.status],
      ),
    ).toEqual([
      ['2019-08-01', '2022-08-01', 'OBS De Regenboog', 'historisch'],
      ['2022-08-01', null, 'IKC De Regenboog', 'geldig'],
    ])
    expect(d.tijdlijn[1]).toMatchObject({ referentie: 'RIO-41234-000002', door: 'Anouk Jansen' })
    expect(d.kinderen.map((k: { soort: string }) => k.soort).sort()).toEqual([
      'aangeboden-opleiding',
      'communicatiecontext',
    ])
    const kompas = await get(`/api/rio/objecten/${A.kompas}`)
    expect(kompas.tijdlijn.map((s: { status: string }) => s.status)).toEqual([
      'geldig',
      'toekomstig',
    ])
    const oud = await get(`/api/rio/objecten/${LOCATIE.dorpsstraat}?geldigOp=2024-01-01`)
    expect(oud.stand).toBeNull()
    expect(oud.object.uitBedrijf).toBe('2023-08-01')
    expect(
      oud.versies.map((v: { bestaat: boolean; begindatum: string }) => [v.bestaat, v.begindatum]),
    ).toEqual([
      [true, '2019-08-01'],
      [false, '2023-08-01'],
    ])
    expect(oud.mag).toMatchObject({ wijzigen: false, reden: { code: 'rol-ontbreekt' } })
  })

  it('shows the bestuur as a tree on a date', async () => {
    const boom = await get('/api/rio/structuur?geldigOp=2023-06-01')
    expect(boom.onderwijsbestuur).toEqual({
      code: A.code,
      naam: 'Stichting Openbaar Onderwijs De Linde',
    })
    const kompas = boom.aanbieders.find((a: { code: string }) => a.code === A.kompas)
    expect(
      kompas.locaties.map((l: { code: string; opleidingen: Array<{ naam: string }> }) => [
        l.code,
        l.opleidingen.map((o) => o.naam),
      ]),
    ).toEqual([
      [LOCATIE.kompasstraat, ['Daltononderwijs Het Kompas', 'Taalklas Het Kompas']],
      [LOCATIE.dorpsstraat, ['Daltononderwijs Het Kompas']],
    ])
    const later = await get('/api/rio/structuur?geldigOp=2023-08-01')
    expect(
      later.aanbieders.find((a: { code: string }) => a.code === A.kompas).locaties,
    ).toHaveLength(1)
  })

  it('pages the changes by cursor, forward and back; a bad cursor is a 400', async () => {
    const alle = await get('/api/rio/wijzigingen?aantal=100')
    expect(alle).toMatchObject({ totaal: 7, totaalBegrensd: false, volgende: null, vorige: null })
    const refs = alle.wijzigingen.map((w: { referentie: string }) => w.referentie)
    const paginas = [await get('/api/rio/wijzigingen?aantal=3')]
    while (paginas.at(-1).volgende)
      paginas.push(
        await get(
          `/api/rio/wijzigingen?aantal=3&pagina=${paginas.length + 1}&na=${paginas.at(-1).volgende}`,
        ),
      )
    expect(paginas).toHaveLength(3)
    expect(
      paginas.flatMap((p) => p.wijzigingen.map((w: { referentie: string }) => w.referentie)),
    ).toEqual(refs)
    const terug = await get(`/api/rio/wijzigingen?aantal=3&pagina=2&voor=${paginas[2].vorige}`)
    expect(terug.wijzigingen).toEqual(paginas[1].wijzigingen)
    expect(terug.vorige).toBe(paginas[1].vorige)
    // The offset still works (old links).
    expect((await get('/api/rio/wijzigingen?aantal=3&pagina=2')).wijzigingen).toEqual(
      paginas[1].wijzigingen,
    )
    for (const cursor of ['na=%21', `voor=${Buffer.from('{"a":1}').toString('base64url')}`]) {
      const res = await t.request('GET', `/api/rio/wijzigingen?${cursor}`, { as: 'nieuw' })
      expect(res.status, cursor).toBe(400)
      expect(await res.json()).toMatchObject({ code: 'ongeldige-invoer' })
    }
  })

  it('lists the changes, newest first, and shows one', async () => {
    const log = await get('/api/rio/wijzigingen?aantal=3')
    expect(log.totaal).toBe(7)
    expect(log.wijzigingen[0]).toMatchObject({
      referentie: 'RIO-41234-000007',
      omschrijving: expect.stringContaining('Het Kompas'),
    })
    const een = await get('/api/rio/wijzigingen/RIO-41234-000004')
    expect(een.versies.map((v: { code: string; bestaat: boolean }) => [v.code, v.bestaat])).toEqual(
      [
        [expect.any(String), true],
        [`${A.code}-${LOCATIE.dorpsstraat}`, false],
        [LOCATIE.dorpsstraat, false],
      ],
    )
    const vanB = await t.request('GET', '/api/rio/wijzigingen/RIO-40567-000001', { as: 'nieuw' })
    expect(vanB.status).toBe(404)
  })

  it('lets every RIO role of the bestuur read, and nobody else', async () => {
    for (const rol of RIO_ROLLEN) {
      const weg = await metRollen(t, 'helpdesk', [[rol, A.code]])
      expect((await t.request('GET', '/api/rio/structuur', { as: 'helpdesk' })).status, rol).toBe(
        200,
      )
      await weg()
    }
    const res = await t.request('GET', '/api/rio/structuur', { as: 'helpdesk' })
    expect(res.status).toBe(403)
    expect((await res.json()).code).toBe('rol-ontbreekt')
    // A role that has expired no longer counts.
    const { rollen } = t.platformOf('rio')
    const verlopen = await rollen.toekennen({
      persoonId: (
        await t
          .platformOf('rio')
          .personen.vanBestuur({ kvk: '30123456', bestuursnummer: A.bestuursnummer })
      ).find((p) => p.naam === 'Karin Peters')!.id,
      bestuursnummer: A.bestuursnummer,
      role: 'rio-beheren-onderwijsaanbieder',
      kenmerk: A.code,
      from: '2024-01-01',
      until: '2025-03-16',
    })
    expect((await t.request('GET', '/api/rio/structuur', { as: 'helpdesk' })).status).toBe(403)
    t.clock.set('2025-03-16T10:00:00.000Z')
    expect((await t.request('GET', '/api/rio/structuur', { as: 'helpdesk' })).status).toBe(200)
    t.clock.set(NOW)
    await rollen.intrekken(verlopen.id, verlopen.persoonId)
  })

  it('never shows bestuur B anything of bestuur A', async () => {
    await metRollen(
      t,
      'beheerder-po-b',
      [['rio-beheren-onderwijsaanbieder', B.code]],
      B.bestuursnummer,
    )
    const r = await get('/api/rio/register', 'beheerder-po-b')
    expect(r.bestuur.bestuursnummer).toBe(B.bestuursnummer)
    expect(JSON.stringify(r)).not.toContain('101A')
    const log = await get('/api/rio/wijzigingen', 'beheerder-po-b')
    expect(
      log.wijzigingen.every((w: { referentie: string }) => w.referentie.startsWith('RIO-40567-')),
    ).toBe(true)
    expect(
      (await t.request('GET', '/api/rio/wijzigingen/RIO-41234-000001', { as: 'beheerder-po-b' }))
        .status,
    ).toBe(404)
  })
})
