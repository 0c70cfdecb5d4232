/**
 * Who may change what: every RIO user role against every kind of change, the aanbieder-level
 * kenmerk, a beheerder without a RIO user role, DUO staff, and bestuur B on bestuur A's objects.
 * Every refusal leaves the register as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import type { WijzigingInvoer } from '../domein/mutaties'
import {
  A,
  B,
  LOCATIE,
  RIO_ROLLEN,
  metRollen,
  rioTestApp,
  tel,
  wijzig,
  type RioTestApp,
} from '../test-support'

const ZELFDE = { naam: 'OBS Het Kompas', erkenningscode: '34CD' }

describe.each(dialectsUnderTest)('RIO: who may change the register (%s)', (dialect) => {
  let t: RioTestApp
  const code: Record<string, string> = {}
  /** One change of each kind of object, each repeating the data as it is. */
  let wijzigingen: Record<string, WijzigingInvoer>

  beforeAll(async () => {
    t = await rioTestApp(dialect)
    const weg = await metRollen(t, 'nieuw', [['rio-beheren-onderwijsbestuur', A.code]])
    for (const soort of ['aangeboden-opleiding', 'communicatiecontext']) {
      const { objecten } = await (
        await t.request('GET', `/api/rio/objecten?soort=${soort}`, { as: 'nieuw' })
      ).json()
      for (const o of objecten) code[o.naam] = o.code
    }
    await weg()
    const bestaand = async (c: string) =>
      (await (await t.request('GET', `/api/rio/objecten/${c}`, { as: 'rio-medewerker' })).json())
        .stand
    const opleiding = code['Montessori De Regenboog']!
    const contact = code['Algemeen']!
    wijzigingen = {
      onderwijsbestuur: {
        mutaties: [
          {
            actie: 'wijzig',
            code: A.code,
            begindatum: '2025-09-01',
            gegevens: (await bestaand(A.code)).gegevens,
          },
        ],
      },
      onderwijsaanbieder: {
        mutaties: [{ actie: 'wijzig', code: A.kompas, begindatum: '2025-09-01', gegevens: ZELFDE }],
      },
      onderwijslocatie: {
        mutaties: [
          {
            actie: 'wijzig',
            code: LOCATIE.kompasstraat,
            begindatum: '2025-09-01',
            gegevens: (await bestaand(LOCATIE.kompasstraat)).gegevens,
          },
        ],
      },
      onderwijslocatiegebruik: {
        mutaties: [
          {
            actie: 'wijzig',
            code: `${A.code}-${LOCATIE.kompasstraat}`,
            begindatum: '2025-09-01',
            gegevens: { naam: 'Het Kompas' },
          },
        ],
      },
      'aangeboden-opleiding': {
        mutaties: [
          {
            actie: 'wijzig',
            code: opleiding,
            begindatum: '2025-09-01',
            gegevens: (await bestaand(opleiding)).gegevens,
          },
        ],
      },
      communicatiecontext: {
        mutaties: [
          {
            actie: 'wijzig',
            code: contact,
            begindatum: '2025-09-01',
            gegevens: (await bestaand(contact)).gegevens,
          },
        ],
      },
    }
  }, 60_000)
  afterAll(() => t.close())

  const MAG: Record<(typeof RIO_ROLLEN)[number], string[]> = {
    'rio-beheren-onderwijsbestuur': ['onderwijsbestuur'],
    'rio-beheren-contactadres': ['communicatiecontext'],
    'rio-beheren-samenwerkingsvorm': [],
    'rio-beheren-rpl-context-instellingen': [],
    'rio-beheren-onderwijsaanbiedersgroep': [],
    'rio-beheren-onderwijslocatiegebruik': ['onderwijslocatie', 'onderwijslocatiegebruik'],
    'rio-beheren-onderwijsaanbieder': ['onderwijsaanbieder'],
    'rio-beheren-aangeboden-opleiding': ['aangeboden-opleiding'],
  }

  it.each(RIO_ROLLEN)('lets %s change exactly its own part, and read all of it', async (rol) => {
    const weg = await metRollen(t, 'nieuw', [[rol, A.code]])
    try {
      expect((await t.request('GET', '/api/rio/register', { as: 'nieuw' })).status).toBe(200)
      for (const [soort, w] of Object.entries(wijzigingen)) {
        const voor = await tel(t)
        const res = await wijzig(t, 'nieuw', w, '/api/rio/wijzigingen/controle')
        const body = await res.json()
        if (MAG[rol].includes(soort)) {
          expect([res.status, body.foutmeldingen], `${rol} → ${soort}`).toEqual([200, []])
        } else {
          expect(res.status, `${rol} → ${soort}`).toBe(403)
          expect(body.code).toMatch(/^rol-ontbreekt$/)
          expect(body.nl).toContain('Beheren')
        }
        expect(await tel(t)).toEqual(voor)
      }
    } finally {
      await weg()
    }
  })

  it('submits with the matching role and refuses the same change without it', async () => {
    const weg = await metRollen(t, 'nieuw', [['rio-beheren-aangeboden-opleiding', A.code]])
    const voor = await tel(t)
    const geweigerd = await wijzig(t, 'nieuw', wijzigingen.onderwijsaanbieder!)
    expect(geweigerd.status).toBe(403)
    expect(await tel(t)).toEqual(voor)
    const res = await wijzig(t, 'nieuw', wijzigingen['aangeboden-opleiding']!)
    expect(res.status).toBe(201)
    expect((await tel(t)).versies).toBe(voor.versies + 1)
    await weg()
  })

  it('keeps a role with an onderwijsaanbiedercode to that aanbieder', async () => {
    // rio-medewerker: onderwijsaanbieder and aangeboden opleiding, kenmerk 101A001.
    const eigen = await wijzig(
      t,
      'rio-medewerker',
      {
        mutaties: [
          {
            actie: 'wijzig',
            code: A.regenboog,
            begindatum: '2025-09-01',
            gegevens: { naam: 'IKC De Regenboog', erkenningscode: '12AB' },
          },
        ],
      },
      '/api/rio/wijzigingen/controle',
    )
    expect(await eigen.json()).toMatchObject({ geaccepteerd: true })
    const voor = await tel(t)
    const ander = await wijzig(t, 'rio-medewerker', wijzigingen.onderwijsaanbieder!)
    expect(ander.status).toBe(403)
    expect(await ander.json()).toMatchObject({
      code: 'kenmerk-dekt-niet',
      nl: expect.stringContaining('101A001'),
    })
    // A new aanbieder is not "its" aanbieder: that takes the role on the bestuur.
    const nieuw = await wijzig(t, 'rio-medewerker', {
      mutaties: [
        {
          actie: 'registreer',
          soort: 'onderwijsaanbieder',
          begindatum: '2026-08-01',
          gegevens: { naam: 'X', erkenningscode: '78GH' },
        },
      ],
    })
    expect(nieuw.status).toBe(403)
    expect(await tel(t)).toEqual(voor)
    // Reading covers the whole register of the bestuur.
    const lijst = await (
      await t.request('GET', '/api/rio/objecten?soort=onderwijsaanbieder', { as: 'rio-medewerker' })
    ).json()
    expect(lijst.objecten.map((o: { code: string }) => o.code)).toEqual([A.regenboog, A.kompas])
  })

  it('refuses the beheerder po, who assigns RIO roles but holds none, with the role to give himself', async () => {
    for (const [methode, pad] of [
      ['GET', '/api/rio/register'],
      ['GET', `/api/rio/objecten/${A.kompas}`],
      ['GET', '/api/rio/export'],
      ['POST', '/api/rio/wijzigingen'],
    ] as const) {
      const res = await t.request(methode, pad, {
        as: 'beheerder-po',
        json: methode === 'POST' ? wijzigingen.onderwijsaanbieder : undefined,
      })
      expect(res.status, pad).toBe(403)
      const body = await res.json()
      expect(body.code, pad).toBe('rol-ontbreekt')
      expect(body.nl, pad).toMatch(/Beheren .* met kenmerk 101B234/)
    }
  })

  it('refuses DUO staff, who act for no bestuur, and anyone not logged in', async () => {
    const staf = await t.request('GET', '/api/rio/register', { as: 'helpdeskmedewerker' })
    expect(staf.status).toBe(403)
    expect((await staf.json()).code).toBe('alleen-bestuur')
    expect((await t.request('GET', '/api/rio/register')).status).toBe(401)
    expect(
      (await t.request('POST', '/api/rio/wijzigingen', { json: wijzigingen.onderwijsaanbieder }))
        .status,
    ).toBe(401)
  })

  it('never lets bestuur B read or change bestuur A: A’s codes answer like codes that do not exist', async () => {
    const weg = await metRollen(
      t,
      'beheerder-po-b',
      RIO_ROLLEN.map((r) => [r, B.code] as const),
      B.bestuursnummer,
    )
    const onbekend = await t.request('GET', '/api/rio/objecten/999A999', { as: 'beheerder-po-b' })
    for (const c of [A.kompas, A.code, LOCATIE.lindelaan, code['Montessori De Regenboog']!]) {
      const res = await t.request('GET', `/api/rio/objecten/${c}`, { as: 'beheerder-po-b' })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual(await onbekend.clone().json())
    }
    const voor = await tel(t)
    for (const w of Object.values(wijzigingen)) {
      const res = await wijzig(t, 'beheerder-po-b', w)
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode)).toEqual(['RIO-F007'])
    }
    // Under A's code as parent, an opleiding of B's would be registered nowhere.
    const res = await wijzig(t, 'beheerder-po-b', {
      mutaties: [
        {
          actie: 'registreer',
          soort: 'aangeboden-opleiding',
          ouder: A.kompas,
          begindatum: '2025-09-01',
          gegevens: {
            opleidingseenheidcode: '1000O0001',
            eigenNaam: 'X',
            doelgroep: 'BO',
            onderwijsconcept: 'GEEN',
            bijzondereInrichting: false,
            onderwijslocatiecodes: [B.locatie],
          },
        },
      ],
    })
    expect((await res.json()).foutmeldingen[0]).toMatchObject({
      foutcode: 'RIO-F007',
      veld: 'mutaties.0.ouder',
    })
    expect(await tel(t)).toEqual(voor)
    const eigen = await (
      await t.request('GET', '/api/rio/register', { as: 'beheerder-po-b' })
    ).json()
    expect(eigen.aanbieders).toEqual([{ code: B.vlinder, naam: 'RKBS De Vlinder' }])
    await weg()
  })

  it('refuses bad input with 400 per field, before anything is written', async () => {
    const weg = await metRollen(
      t,
      'nieuw',
      RIO_ROLLEN.map((r) => [r, A.code] as const),
    )
    const voor = await tel(t)
    const res = await wijzig(t, 'nieuw', {
      mutaties: [
        {
          actie: 'registreer',
          soort: 'onderwijslocatie',
          begindatum: '2025-02-30',
          gegevens: {
            postcode: '0123 AB',
            huisnummer: 0,
            straatnaam: 'x'.repeat(81),
            plaatsnaam: 'Zeist',
          },
        },
      ],
    })
    expect(res.status).toBe(400)
    expect((await res.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'mutaties.0.begindatum',
    ])
    const gegevens = await wijzig(t, 'nieuw', {
      mutaties: [
        {
          actie: 'registreer',
          soort: 'onderwijslocatie',
          begindatum: '2025-09-01',
          gegevens: {
            postcode: '0123 AB',
            huisnummer: 0,
            straatnaam: 'x'.repeat(81),
            plaatsnaam: 'Zeist',
          },
        },
        {
          actie: 'wijzig',
          code: A.code,
          begindatum: '2025-09-01',
          gegevens: { naam: 'De Linde', kvkNummer: '3012345', rsin: '123456789' },
        },
      ],
    })
    expect(gegevens.status).toBe(400)
    const body = await gegevens.json()
    expect(body.code).toBe('ongeldige-invoer')
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'mutaties.0.gegevens.huisnummer',
      'mutaties.0.gegevens.postcode',
      'mutaties.0.gegevens.straatnaam',
      'mutaties.1.gegevens.kvkNummer',
      'mutaties.1.gegevens.rsin',
    ])
    expect(body.velden.find((v: { veld: string }) => v.veld.endsWith('rsin')).nl).toMatch(
      /elfproef/,
    )
    for (const slecht of [{}, { mutaties: [] }, { mutaties: [{ actie: 'wis', code: A.kompas }] }])
      expect(
        (await t.request('POST', '/api/rio/wijzigingen', { as: 'nieuw', json: slecht })).status,
      ).toBe(400)
    const kapot = await t.request('POST', '/api/rio/wijzigingen', {
      as: 'nieuw',
      body: '{"mutaties": [',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(kapot.status).toBe(400)
    expect(await tel(t)).toEqual(voor)
    await weg()
  })

  it('needs the CSRF header, refuses a body that is too large, and logs an accepted change', async () => {
    const weg = await metRollen(t, 'nieuw', [['rio-beheren-onderwijsaanbieder', A.code]])
    const voor = await tel(t)
    expect(
      (
        await t.request('POST', '/api/rio/wijzigingen', {
          as: 'nieuw',
          json: wijzigingen.onderwijsaanbieder,
          csrf: false,
        })
      ).status,
    ).toBe(403)
    // As a browser sends it: with its length, which the limit reads before the body.
    const tekst = JSON.stringify({
      omschrijving: 'x',
      mutaties: Array.from({ length: 150 }, () => ({
        ...wijzigingen.onderwijsaanbieder!.mutaties[0],
        gegevens: { naam: 'y'.repeat(80), internationaleNaam: 'z'.repeat(700) },
      })),
    })
    const groot = await t.request('POST', '/api/rio/wijzigingen', {
      as: 'nieuw',
      body: tekst,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(tekst)),
      },
    })
    expect(groot.status).toBe(413)
    expect(await tel(t)).toEqual(voor)
    const res = await wijzig(t, 'nieuw', {
      omschrijving: 'Zelfde naam, nieuwe periode',
      ...wijzigingen.onderwijsaanbieder!,
    })
    expect(res.status).toBe(201)
    const { referentie } = (await res.json()).wijziging
    const { entries } = await t
      .platformOf('rio')
      .audit.list({ bestuursnummer: A.bestuursnummer, actie: 'rio.wijziging.doorgevoerd' })
    expect(entries[0]).toMatchObject({
      actie: 'rio.wijziging.doorgevoerd',
      details: expect.objectContaining({ referentie, objecten: [A.kompas] }),
    })
    await weg()
  })
})
