import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BESTUUR_A, dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A_2020_V1,
  A_2020_V2,
  A_CONCEPT,
  B_INGEDIEND,
  NOW,
  gevalideerd,
  upload,
  verantwoordingB,
  xbrlTestApp,
  type XbrlTestApp,
} from '../test-support'

const ONBEKEND = '00000000-0000-4000-8000-000000000000'

describe.each(dialectsUnderTest)('aanleveringen (%s)', (dialect) => {
  let t: XbrlTestApp
  beforeAll(async () => {
    t = await xbrlTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())
  beforeEach(() => t.clock.set(NOW))

  const status = async (id: string) =>
    (
      await (
        await t.request('GET', `/api/xbrl/aanleveringen/${id}`, { as: 'verantwoording' })
      ).json()
    ).aanlevering.status

  it('shows a concept with its validation, what may be done, and its history, not cached', async () => {
    const res = await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}`, {
      as: 'verantwoording',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const body = await res.json()
    expect(body.aanlevering).toMatchObject({
      verslagjaar: 2021,
      versie: 1,
      status: 'concept',
      bestuurNaam: 'Stichting Openbaar Onderwijs De Linde',
    })
    expect(body.aanlevering).not.toHaveProperty('opslagNaam')
    expect(body.aanlevering.validatie).toMatchObject({
      status: 'klaar',
      fouten: 3,
      waarschuwingen: 1,
    })
    expect(body.mag).toEqual({
      uploaden: true,
      indienen: false,
      corrigeren: false,
      beoordelen: false,
    })
    expect(body.venster).toMatchObject({ termijn: '2022-07-01', indienen: true })
  })

  it('groups the findings per statement, each with the line to fix', async () => {
    const body = await (
      await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen`, {
        as: 'verantwoording',
      })
    ).json()
    const per = Object.fromEntries(
      body.onderdelen.map((o: { onderdeel: string }) => [o.onderdeel, o]),
    )
    expect(Object.keys(per)).toEqual(['bestand', 'balans', 'toelichting'])
    expect(per.balans.fouten).toBe(2)
    expect(per.balans.bevindingen[0]).toMatchObject({
      regelId: 'OCW-CALC',
      ernst: 'error',
      concept: 'ocw-i:VlottendeActiva',
      regel: expect.any(Number),
      kolom: 3,
    })
    expect(per.toelichting.bevindingen[0]).toMatchObject({
      regelId: 'OCW-EA-016',
      en: expect.stringMatching(/WNT/),
    })
    expect(per.bestand.bevindingen[0]).toMatchObject({
      regelId: 'XBRL-CONTEXT-UNUSED',
      ernst: 'warning',
    })
    expect(body.nietGetoond).toBe(0)
  })

  it('previews the statements and kengetallen of a validated file', async () => {
    const body = await (
      await t.request('GET', `/api/xbrl/aanleveringen/${A_2020_V2}/overzicht`, {
        as: 'verantwoording',
      })
    ).json()
    expect(body.staten.map((s: { onderdeel: string }) => s.onderdeel)).toEqual([
      'documentinformatie',
      'balans',
      'staat-van-baten-en-lasten',
      'kasstroomoverzicht',
      'kengetallen',
    ])
    expect(body.kengetallen.map((k: { id: string }) => k.id)).toEqual([
      'rentabiliteit',
      'solvabiliteit-ii',
      'liquiditeit',
    ])
    expect(body.kengetallen[0].waarde).toEqual(expect.any(Number))
  })

  it('lists only the bestuur’s own aanleveringen, filtered and paged', async () => {
    const body = await (
      await t.request('GET', '/api/xbrl/aanleveringen?aantal=2', { as: 'verantwoording' })
    ).json()
    expect(body.totaal).toBe(4)
    expect(body.aanleveringen).toHaveLength(2)
    expect(
      body.aanleveringen.every(
        (a: { bestuursnummer: string }) => a.bestuursnummer === BESTUUR_A.bestuursnummer,
      ),
    ).toBe(true)
    const afgekeurd = await (
      await t.request('GET', '/api/xbrl/aanleveringen?status=afgekeurd', { as: 'verantwoording' })
    ).json()
    expect(afgekeurd.aanleveringen.map((a: { id: string }) => a.id)).toEqual([A_2020_V1])
    const fout = await t.request('GET', '/api/xbrl/aanleveringen?status=weg&pagina=nul', {
      as: 'verantwoording',
    })
    expect(fout.status).toBe(400)
    expect((await fout.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'pagina',
      'status',
    ])
  })

  it('pages the list forward and back by cursor, and finds by referentie and file name', async () => {
    const alle = await (
      await t.request('GET', '/api/xbrl/aanleveringen', { as: 'verantwoording' })
    ).json()
    const ids = alle.aanleveringen.map((a: { id: string }) => a.id)
    expect(ids).toHaveLength(4)
    expect(alle).toMatchObject({ totaal: 4, totaalBegrensd: false, volgende: null, vorige: null })
    const een = await (
      await t.request('GET', '/api/xbrl/aanleveringen?aantal=2', { as: 'verantwoording' })
    ).json()
    expect(een.aanleveringen.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 2))
    const twee = await (
      await t.request('GET', `/api/xbrl/aanleveringen?aantal=2&pagina=2&na=${een.volgende}`, {
        as: 'verantwoording',
      })
    ).json()
    expect(twee.aanleveringen.map((a: { id: string }) => a.id)).toEqual(ids.slice(2, 4))
    expect(twee.volgende).toBeNull()
    const terug = await (
      await t.request('GET', `/api/xbrl/aanleveringen?aantal=2&voor=${twee.vorige}`, {
        as: 'verantwoording',
      })
    ).json()
    expect(terug.aanleveringen.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 2))
    const fout = await t.request('GET', '/api/xbrl/aanleveringen?na=W10', { as: 'verantwoording' })
    expect(fout.status).toBe(400)
    expect((await fout.json()).velden[0].veld).toBe('na')

    const v2 = alle.aanleveringen.find((a: { id: string }) => a.id === A_2020_V2)
    expect(v2.referentie).toMatch(/^JV-/)
    for (const zoek of [v2.referentie, v2.referentie.toLowerCase(), v2.referentie.slice(8)]) {
      const gevonden = await (
        await t.request('GET', `/api/xbrl/aanleveringen?zoek=${encodeURIComponent(zoek)}`, {
          as: 'verantwoording',
        })
      ).json()
      expect(
        gevonden.aanleveringen.map((a: { id: string }) => a.id),
        zoek,
      ).toEqual([A_2020_V2])
      expect(gevonden.totaal).toBe(1)
    }
    // Another bestuur's referentie is not found in this bestuur's list.
    const ander = await (
      await t.request('GET', '/api/xbrl/behandeling', { as: 'xbrl-behandelaar' })
    ).json()
    const vanB = ander.aanleveringen.find((a: { id: string }) => a.id === B_INGEDIEND)
    const nietEigen = await (
      await t.request('GET', `/api/xbrl/aanleveringen?zoek=${vanB.referentie}`, {
        as: 'verantwoording',
      })
    ).json()
    expect(nietEigen.aanleveringen).toEqual([])
    const opNaam = await (
      await t.request('GET', '/api/xbrl/aanleveringen?zoek=jaarverantwoording', {
        as: 'verantwoording',
      })
    ).json()
    expect(opNaam.aanleveringen.length).toBeGreaterThan(0)
  })

  it('pages the findings of one onderdeel by cursor', async () => {
    const eerst = await (
      await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen`, {
        as: 'verantwoording',
      })
    ).json()
    const groep = eerst.onderdelen[0]
    const n = groep.fouten + groep.waarschuwingen
    expect(groep.bevindingen).toHaveLength(Math.min(n, 25))
    const een = await (
      await t.request(
        'GET',
        `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen?onderdeel=${groep.onderdeel}&aantal=1`,
        { as: 'verantwoording' },
      )
    ).json()
    expect(een.onderdelen).toHaveLength(1)
    expect(een.onderdelen[0].bevindingen).toEqual(groep.bevindingen.slice(0, 1))
    if (n > 1) {
      const twee = await (
        await t.request(
          'GET',
          `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen?onderdeel=${groep.onderdeel}&aantal=1&na=${een.onderdelen[0].volgende}`,
          { as: 'verantwoording' },
        )
      ).json()
      expect(twee.onderdelen[0].bevindingen).toEqual(groep.bevindingen.slice(1, 2))
    }
    const fout = await t.request(
      'GET',
      `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen?onderdeel=weg&na=W10`,
      { as: 'verantwoording' },
    )
    expect(fout.status).toBe(400)
  })

  it('sends the uploaded instance as a download', async () => {
    const res = await t.request('GET', `/api/xbrl/aanleveringen/${A_2020_V2}/bestand`, {
      as: 'verantwoording',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml')
    expect(res.headers.get('content-disposition')).toContain(
      'jaarverantwoording-41234-2020-v2.xbrl',
    )
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(await res.text()).toMatch(/^<\?xml/)
  })

  describe('who may see what', () => {
    it('answers another bestuur’s aanlevering exactly like an unknown one, on every route', async () => {
      const b = await verantwoordingB(t)
      for (const pad of ['', '/bevindingen', '/overzicht', '/bestand']) {
        const vreemd = await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}${pad}`, {
          as: b,
        })
        const onbekend = await t.request('GET', `/api/xbrl/aanleveringen/${ONBEKEND}${pad}`, {
          as: b,
        })
        expect(vreemd.status, pad).toBe(404)
        expect(await vreemd.json()).toEqual(await onbekend.json())
      }
      expect(
        (await t.request('GET', `/api/xbrl/aanleveringen/${B_INGEDIEND}`, { as: b })).status,
      ).toBe(200)
      const lijst = await (await t.request('GET', '/api/xbrl/aanleveringen', { as: b })).json()
      expect(lijst.aanleveringen.map((a: { id: string }) => a.id)).not.toContain(A_CONCEPT)
    })

    it('refuses its own bestuur’s people at EH2+ or without the role with 403 and the reason', async () => {
      const eh2 = await t.loginAs('verantwoording', { niveau: 'EH2+' })
      for (const as of [eh2, 'beheerder-po', 'medewerker-bekostiging']) {
        const res = await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen`, {
          as,
        })
        expect(res.status).toBe(403)
        const body = await res.json()
        expect(body.nl.length).toBeGreaterThan(10)
        expect(['niveau-te-laag', 'rol-ontbreekt']).toContain(body.code)
      }
    })

    it('shows DUO’s behandelaar submitted aanleveringen only, never a concept', async () => {
      expect(
        (
          await t.request('GET', `/api/xbrl/aanleveringen/${B_INGEDIEND}`, {
            as: 'xbrl-behandelaar',
          })
        ).status,
      ).toBe(200)
      const concept = await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}`, {
        as: 'xbrl-behandelaar',
      })
      expect(concept.status).toBe(404)
      expect(
        (
          await t.request('GET', `/api/xbrl/aanleveringen/${B_INGEDIEND}`, {
            as: 'helpdeskmedewerker',
          })
        ).status,
      ).toBe(403)
    })
  })

  describe('submitting', () => {
    it('is refused while the file has errors, and changes nothing', async () => {
      const res = await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(409)
      expect((await res.json()).code).toBe('niet-gevalideerd')
      expect(await status(A_CONCEPT)).toBe('concept')
    })

    it('is refused at EH2+ and for another bestuur, before anything changes', async () => {
      await gevalideerd(t)
      const eh2 = await t.loginAs('verantwoording', { niveau: 'EH2+' })
      const res = await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, {
        as: eh2,
      })
      expect(res.status).toBe(403)
      expect((await res.json()).code).toBe('niveau-te-laag')
      const b = await verantwoordingB(t)
      expect(
        (await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, { as: b }))
          .status,
      ).toBe(404)
      expect(await status(A_CONCEPT)).toBe('gevalideerd')
    })

    it('is refused from 1 July on, with the date', async () => {
      t.clock.set('2022-07-01T00:00:00+02:00')
      const res = await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(409)
      expect(await res.json()).toMatchObject({
        code: 'te-laat',
        nl: expect.stringMatching(/tot 1 juli 2022/),
      })
      expect(await status(A_CONCEPT)).toBe('gevalideerd')
    })

    it('works until 30 June: a referentie, the history, the audit log and a receipt in the archive', async () => {
      t.clock.set('2022-06-30T23:59:00+02:00')
      const res = await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.aanlevering).toMatchObject({
        status: 'ingediend',
        ingediendDoor: 'Joost van Dijk',
        referentie: expect.stringMatching(/^JV-2022-[0-9A-F]{6}$/),
      })
      expect(body.geschiedenis.at(-1)).toMatchObject({
        status: 'ingediend',
        door: 'Joost van Dijk',
      })
      expect(body.mag).toMatchObject({ uploaden: false, indienen: false, corrigeren: true })
      const p = t.platformOf('xbrl')
      const { entries } = await p.audit.list({ actie: 'xbrl.aanlevering.ingediend' } as never)
      expect(entries[0]?.details).toMatchObject({ referentie: body.aanlevering.referentie })
      const { documenten } = await p.documenten.lijst(BESTUUR_A.bestuursnummer, {
        zaakReferentie: body.aanlevering.referentie,
      })
      expect(documenten[0]).toMatchObject({
        soort: 'bevestiging',
        titel: 'Ontvangstbevestiging jaarverantwoording 2021',
      })
      const nogmaals = await t.request('POST', `/api/xbrl/aanleveringen/${A_CONCEPT}/indienen`, {
        as: 'verantwoording',
      })
      expect(nogmaals.status).toBe(409)
    })

    it('of the running year waits until the year has ended, with the date', async () => {
      const nieuw = await (
        await t.request('POST', '/api/xbrl/jaarverantwoordingen', {
          as: 'verantwoording',
          json: { verslagjaar: 2022 },
        })
      ).json()
      const id = nieuw.aanlevering.id
      const xml = (await import('@duo/xbrl/generator')).genereerInstance({
        bestuursnummer: '41234',
        naamBestuur: 'De Linde',
        verslagjaar: 2022,
        seed: 3,
      })
      expect((await upload(t, id, xml)).status).toBe(202)
      await t.composed.jobs.idle()
      expect(await status(id)).toBe('gevalideerd')
      const res = await t.request('POST', `/api/xbrl/aanleveringen/${id}/indienen`, {
        as: 'verantwoording',
      })
      expect(res.status).toBe(409)
      expect(await res.json()).toMatchObject({
        code: 'te-vroeg',
        nl: expect.stringMatching(/vanaf 1 januari 2023/),
      })
    })
  })
})
