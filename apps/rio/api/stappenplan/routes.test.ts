/** The stappenplan: saved after every step and resumed later, checked as a whole, submitted once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { A, LOCATIE, metRollen, rioTestApp, tel, type RioTestApp } from '../test-support'

const WIE = {
  aanbieder: { naam: 'IKC De Boomgaard', erkenningscode: '78GH', begindatum: '2026-07-01' },
}
const WAAR = {
  ...WIE,
  locaties: [
    {
      sleutel: 'nieuw-locatie-1',
      postcode: '3704 AA',
      huisnummer: '7',
      straatnaam: 'Boomgaardlaan',
      plaatsnaam: 'Zeist',
      gebruiksnaam: 'De Boomgaard',
      begindatum: '2026-07-01',
    },
  ],
}
const WAT = {
  ...WAAR,
  opleidingen: [
    {
      opleidingseenheidcode: '1000O0001',
      eigenNaam: 'Basisonderwijs De Boomgaard',
      doelgroep: 'BO',
      onderwijsconcept: 'JENAPLAN',
      bijzondereInrichting: false,
      begindatum: '2026-08-01',
      locaties: ['nieuw-locatie-1', LOCATIE.kompasstraat],
    },
  ],
}
const MET_WIE = {
  ...WAT,
  contact: { context: 'ALGEMEEN', email: 'info@boomgaard.example', telefoon: '030 699 1300' },
}

describe.each(dialectsUnderTest)('RIO API: stappenplan (%s)', (dialect) => {
  let t: RioTestApp
  beforeAll(async () => {
    t = await rioTestApp(dialect)
    await metRollen(t, 'nieuw', [
      ['rio-beheren-onderwijsaanbieder', A.code],
      ['rio-beheren-onderwijslocatiegebruik', A.code],
      ['rio-beheren-aangeboden-opleiding', A.code],
      ['rio-beheren-contactadres', A.code],
    ])
  }, 60_000)
  afterAll(() => t.close())

  const bewaar = (stap: string, gegevens: object, as = 'nieuw') =>
    t.request('PUT', '/api/rio/stappenplan', { as, json: { stap, gegevens } })

  it('saves each step and resumes where the person left off', async () => {
    const leeg = await (await t.request('GET', '/api/rio/stappenplan', { as: 'nieuw' })).json()
    expect(leeg).toMatchObject({ concept: null, bestuurGeregistreerd: true })
    expect((await bewaar('waar', WIE)).status).toBe(200)
    expect((await bewaar('wat', WAAR)).status).toBe(200)
    const terug = await (await t.request('GET', '/api/rio/stappenplan', { as: 'nieuw' })).json()
    expect(terug.concept).toMatchObject({ stap: 'wat', gegevens: WAAR })
    // Someone else's draft is their own.
    await metRollen(t, 'helpdesk', [['rio-beheren-onderwijsaanbieder', A.code]])
    expect(
      (await (await t.request('GET', '/api/rio/stappenplan', { as: 'helpdesk' })).json()).concept,
    ).toBeNull()
  })

  it('checks the whole draft as one change and points each foutmelding at its step’s field', async () => {
    const voor = await tel(t)
    const controle = await (
      await t.request('POST', '/api/rio/stappenplan/controle', { as: 'nieuw' })
    ).json()
    // Saved up to "waar": no opleiding yet, and the school opens before its erkenning (2026-08-01).
    expect(controle.geaccepteerd).toBe(false)
    expect(
      controle.foutmeldingen.map((f: { foutcode: string; veld: string }) => [f.foutcode, f.veld]),
    ).toEqual([
      ['RIO-F002', 'aanbieder.begindatum'],
      ['RIO-F004', 'aanbieder.begindatum'],
    ])
    await bewaar('met-wie', { ...MET_WIE, locaties: [{ ...WAAR.locaties[0], postcode: '12' }] })
    const vorm = await t.request('POST', '/api/rio/stappenplan/controle', { as: 'nieuw' })
    expect(vorm.status).toBe(400)
    expect((await vorm.json()).velden.map((v: { veld: string }) => v.veld)).toEqual([
      'locaties.0.postcode',
    ])
    expect(await tel(t)).toEqual(voor)
  })

  it('submits the draft as one change, once', async () => {
    const fout = { ...MET_WIE }
    await bewaar('controle', fout)
    const geweigerd = await t.request('POST', '/api/rio/stappenplan/indienen', { as: 'nieuw' })
    expect(geweigerd.status).toBe(400)
    // Opens a month before its erkenning, and a month before its first opleiding.
    expect(
      (await geweigerd.json()).foutmeldingen.map((f: { foutcode: string; veld: string }) => [
        f.foutcode,
        f.veld,
      ]),
    ).toEqual([
      ['RIO-F002', 'aanbieder.begindatum'],
      ['RIO-F004', 'aanbieder.begindatum'],
    ])
    await bewaar('controle', {
      ...MET_WIE,
      aanbieder: { ...MET_WIE.aanbieder, begindatum: '2026-08-01' },
      locaties: [{ ...WAAR.locaties[0], begindatum: '2026-08-01' }],
    })
    const voor = await tel(t)
    const res = await t.request('POST', '/api/rio/stappenplan/indienen', { as: 'nieuw' })
    expect(res.status).toBe(201)
    const { wijziging } = await res.json()
    expect(wijziging.codes.map((c: { soort: string }) => c.soort)).toEqual([
      'onderwijsaanbieder',
      'onderwijslocatie',
      'onderwijslocatiegebruik',
      'aangeboden-opleiding',
      'communicatiecontext',
    ])
    expect(wijziging.codes[1].code).toBe('101X004')
    expect((await tel(t)).objecten).toBe(voor.objecten + 5)
    const na = await (await t.request('GET', '/api/rio/stappenplan', { as: 'nieuw' })).json()
    expect(na.concept).toBeNull()
    const boom = await (
      await t.request('GET', '/api/rio/structuur?geldigOp=2026-08-01', { as: 'nieuw' })
    ).json()
    expect(boom.aanbieders.map((a: { naam: string }) => a.naam)).toContain('IKC De Boomgaard')
    // Nothing left to submit a second time.
    expect((await t.request('POST', '/api/rio/stappenplan/indienen', { as: 'nieuw' })).status).toBe(
      400,
    )
  })

  it('starts again on request, and is only for who may register an aanbieder for the bestuur', async () => {
    await bewaar('wie', WIE)
    expect((await t.request('POST', '/api/rio/stappenplan/opnieuw', { as: 'nieuw' })).status).toBe(
      200,
    )
    expect(
      (await (await t.request('GET', '/api/rio/stappenplan', { as: 'nieuw' })).json()).concept,
    ).toBeNull()
    for (const as of ['rio-medewerker', 'beheerder-po']) {
      const res = await bewaar('wie', WIE, as)
      expect(res.status, as).toBe(403)
      expect((await t.request('GET', '/api/rio/stappenplan', { as })).status, as).toBe(403)
    }
    const groot = await bewaar('wie', { aanbieder: { naam: 'x'.repeat(201) } })
    expect(groot.status).toBe(400)
  })
})
