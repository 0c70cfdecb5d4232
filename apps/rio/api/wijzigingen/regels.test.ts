/**
 * RIO's rules through the API: each refusal the issue names, with its foutcode and field, and
 * the register unchanged afterwards; dated rules on both sides of their date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  LOCATIE,
  NOW,
  metRollen,
  rioTestApp,
  tel,
  wijzig,
  type RioTestApp,
} from '../test-support'
import type { WijzigingInvoer } from '../domein/mutaties'

const opleiding = (ouder: string, begindatum: string, locaties = [LOCATIE.kompasstraat]) => ({
  actie: 'registreer' as const,
  soort: 'aangeboden-opleiding' as const,
  ouder,
  begindatum,
  gegevens: {
    opleidingseenheidcode: '1000O0001',
    eigenNaam: 'Basisonderwijs De Boomgaard',
    doelgroep: 'BO',
    onderwijsconcept: 'GEEN',
    bijzondereInrichting: false,
    onderwijslocatiecodes: locaties,
  },
})
const nieuweAanbieder = (
  begindatum: string,
  erkenningscode = '78GH',
  metOpleiding = true,
): WijzigingInvoer => ({
  mutaties: [
    {
      actie: 'registreer',
      soort: 'onderwijsaanbieder',
      sleutel: 'nieuw-boomgaard',
      begindatum,
      gegevens: { naam: 'IKC De Boomgaard', erkenningscode },
    },
    ...(metOpleiding ? [opleiding('nieuw-boomgaard', begindatum)] : []),
  ],
})

describe.each(dialectsUnderTest)(
  'RIO: a change is accepted or refused as a whole (%s)',
  (dialect) => {
    let t: RioTestApp
    const codes: Record<string, string> = {}
    beforeAll(async () => {
      t = await rioTestApp(dialect)
      await metRollen(t, 'nieuw', [
        ['rio-beheren-onderwijsbestuur', A.code],
        ['rio-beheren-onderwijsaanbieder', A.code],
        ['rio-beheren-onderwijslocatiegebruik', A.code],
        ['rio-beheren-aangeboden-opleiding', A.code],
        ['rio-beheren-contactadres', A.code],
      ])
      for (const soort of ['aangeboden-opleiding', 'communicatiecontext']) {
        const { objecten } = await (
          await t.request('GET', `/api/rio/objecten?soort=${soort}&geldigOp=2025-01-01`, {
            as: 'nieuw',
          })
        ).json()
        for (const o of objecten) codes[o.naam] = o.code
      }
    }, 60_000)
    afterAll(() => t.close())

    /** Posts a change that must be refused, checks the foutmeldingen and that nothing changed. */
    async function geweigerd(w: WijzigingInvoer) {
      const voor = await tel(t)
      const res = await wijzig(t, 'nieuw', w)
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(body.code).toBe('wijziging-geweigerd')
      expect(await tel(t)).toEqual(voor)
      // The same foutmeldingen come back as per-field problems for any client of the API.
      expect(body.velden.map((v: { veld: string }) => v.veld)).toEqual(
        body.foutmeldingen.map((f: { veld: string }) => f.veld),
      )
      return body.foutmeldingen as Array<{
        foutcode: string
        veld: string
        nl: string
        en: string
        sleutelgegeven: string
        mutatie: number
      }>
    }

    it('refuses an aanbieder without an instellingserkenning of the bestuur (RIO-F001)', async () => {
      const fouten = await geweigerd(nieuweAanbieder('2026-08-01', ''))
      expect(fouten).toEqual([
        expect.objectContaining({
          foutcode: 'RIO-F001',
          veld: 'mutaties.0.gegevens.erkenningscode',
          mutatie: 0,
        }),
      ])
      // Another bestuur's erkenning is no better than none.
      const ander = await geweigerd(nieuweAanbieder('2026-08-01', '56EF'))
      expect(ander[0]).toMatchObject({ foutcode: 'RIO-F001', nl: expect.stringContaining('56EF') })
    })

    it('refuses an oprichtingsdatum before the erkenning, and accepts it from the erkenning’s first day', async () => {
      const fouten = await geweigerd(nieuweAanbieder('2026-07-31'))
      expect(fouten).toEqual([
        expect.objectContaining({
          foutcode: 'RIO-F002',
          veld: 'mutaties.0.begindatum',
          nl: expect.stringContaining('1 augustus 2026'),
        }),
      ])
      const res = await wijzig(t, 'nieuw', nieuweAanbieder('2026-08-01'))
      expect(res.status).toBe(201)
      const { wijziging } = await res.json()
      // RIO gives the code: the next free one after the bestuur's 101A001 and 101A002.
      expect(wijziging.codes[0]).toMatchObject({
        sleutel: 'nieuw-boomgaard',
        soort: 'onderwijsaanbieder',
        code: '101A003',
      })
      expect(wijziging.codes[1].code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/)
      expect(wijziging.referentie).toMatch(/^RIO-41234-\d{6}$/)
    })

    it('refuses an aanbieder without any aangeboden opleiding, also when its last one would end (RIO-F004)', async () => {
      const zonder = await geweigerd(nieuweAanbieder('2026-09-01', '78GH', false))
      expect(zonder).toEqual([
        expect.objectContaining({ foutcode: 'RIO-F004', veld: 'mutaties.0.begindatum' }),
      ])
      const laatste = await geweigerd({
        mutaties: [
          { actie: 'beeindig', code: codes['Montessori De Regenboog']!, einddatum: '2025-08-01' },
        ],
      })
      expect(laatste).toEqual([
        expect.objectContaining({
          foutcode: 'RIO-F004',
          veld: 'mutaties.0.einddatum',
          sleutelgegeven: A.regenboog,
          nl: expect.stringContaining('1 augustus 2025'),
        }),
      ])
    })

    it('refuses an end before the start (RIO-F005)', async () => {
      const fouten = await geweigerd({
        mutaties: [
          {
            actie: 'wijzig',
            code: A.kompas,
            begindatum: '2025-05-01',
            einddatum: '2025-04-01',
            gegevens: { naam: 'Kompas', erkenningscode: '34CD' },
          },
        ],
      })
      expect(fouten).toEqual([
        expect.objectContaining({ foutcode: 'RIO-F005', veld: 'mutaties.0.einddatum' }),
      ])
      const gelijk = await geweigerd({
        mutaties: [{ actie: 'beeindig', code: A.kompas, einddatum: '2019-08-01' }],
      })
      expect(gelijk[0]).toMatchObject({ foutcode: 'RIO-F005' })
    })

    it('refuses overlapping periods (RIO-F003)', async () => {
      // Het Kompas has a new name planned from 2027-08-01: a change may not run over it.
      const overVolgende = await geweigerd({
        mutaties: [
          {
            actie: 'wijzig',
            code: A.kompas,
            begindatum: '2026-01-01',
            einddatum: '2028-01-01',
            gegevens: { naam: 'Kompas', erkenningscode: '34CD' },
          },
        ],
      })
      expect(overVolgende).toEqual([
        expect.objectContaining({
          foutcode: 'RIO-F003',
          veld: 'mutaties.0.einddatum',
          nl: expect.stringContaining('1 augustus 2027'),
        }),
      ])
      const tweeKeer = await geweigerd({
        mutaties: [
          {
            actie: 'wijzig',
            code: A.kompas,
            begindatum: '2026-01-01',
            gegevens: { naam: 'Kompas 1', erkenningscode: '34CD' },
          },
          {
            actie: 'wijzig',
            code: A.kompas,
            begindatum: '2026-01-01',
            gegevens: { naam: 'Kompas 2', erkenningscode: '34CD' },
          },
        ],
      })
      expect(tweeKeer).toEqual([expect.objectContaining({ foutcode: 'RIO-F003', mutatie: 1 })])
      const contact = await geweigerd({
        mutaties: [
          {
            actie: 'registreer',
            soort: 'communicatiecontext',
            begindatum: '2025-01-01',
            gegevens: { context: 'ALGEMEEN', email: 'nog@delinde.example' },
          },
        ],
      })
      expect(contact).toEqual([
        expect.objectContaining({ foutcode: 'RIO-F003', veld: 'mutaties.0.gegevens.context' }),
      ])
    })

    it('refuses a location used after it went out of use (RIO-F006), and after its gebruik ended (RIO-F013)', async () => {
      const locatie = await geweigerd({
        mutaties: [{ actie: 'beeindig', code: LOCATIE.lindelaan, einddatum: '2025-06-01' }],
      })
      // Both what still uses it are named: the bestuur's gebruik and the opleiding given there.
      expect(locatie.map((f) => [f.foutcode, f.veld])).toEqual([
        ['RIO-F006', 'mutaties.0.einddatum'],
        ['RIO-F006', 'mutaties.0.einddatum'],
      ])
      expect(locatie.map((f) => f.nl).join(' ')).toMatch(
        /onderwijslocatiegebruik De Regenboog.*opleiding Montessori De Regenboog|opleiding Montessori De Regenboog.*onderwijslocatiegebruik De Regenboog/,
      )
      // Dorpsstraat (Bunnik) closed on 2023-08-01: an opleiding there later is refused.
      const oud = await geweigerd({
        mutaties: [opleiding(A.kompas, '2024-08-01', [LOCATIE.dorpsstraat])],
      })
      expect(oud).toEqual([
        expect.objectContaining({
          foutcode: 'RIO-F006',
          veld: 'mutaties.0.gegevens.onderwijslocatiecodes',
        }),
      ])
      const gebruik = await geweigerd({
        mutaties: [
          { actie: 'beeindig', code: `${A.code}-${LOCATIE.lindelaan}`, einddatum: '2025-06-01' },
        ],
      })
      expect(gebruik).toEqual([
        expect.objectContaining({ foutcode: 'RIO-F013', veld: 'mutaties.0.einddatum' }),
      ])
    })

    it('lists every foutmelding of a change at once, each at its mutatie', async () => {
      const fouten = await geweigerd({
        mutaties: [
          {
            actie: 'wijzig',
            code: A.kompas,
            begindatum: '2025-05-01',
            einddatum: '2025-04-01',
            gegevens: { naam: 'Kompas', erkenningscode: '34CD' },
          },
          {
            actie: 'wijzig',
            code: '999A999',
            begindatum: '2025-05-01',
            gegevens: { naam: 'X', erkenningscode: '34CD' },
          },
          { actie: 'beeindig', code: LOCATIE.lindelaan, einddatum: '2025-06-01' },
        ],
      })
      expect(fouten.map((f) => [f.foutcode, f.mutatie])).toEqual([
        ['RIO-F005', 0],
        ['RIO-F007', 1],
        ['RIO-F006', 2],
        ['RIO-F006', 2],
      ])
      for (const f of fouten) expect(f.en.length).toBeGreaterThan(10)
    })

    it('refuses a change before the object existed, or after it ended (RIO-F008, RIO-F009)', async () => {
      const voor = await geweigerd({
        mutaties: [
          {
            actie: 'wijzig',
            code: A.kompas,
            begindatum: '2019-07-31',
            gegevens: { naam: 'Kompas', erkenningscode: '34CD' },
          },
        ],
      })
      expect(voor[0]).toMatchObject({ foutcode: 'RIO-F008', veld: 'mutaties.0.begindatum' })
      const naEinde = await geweigerd({
        mutaties: [
          {
            actie: 'wijzig',
            code: LOCATIE.dorpsstraat,
            begindatum: '2024-01-01',
            gegevens: {
              postcode: '3981EB',
              huisnummer: 40,
              straatnaam: 'Dorpsstraat',
              plaatsnaam: 'Bunnik',
            },
          },
        ],
      })
      expect(naEinde[0]).toMatchObject({ foutcode: 'RIO-F008' })
    })

    it('moves a planned end, but never one that has passed (RIO-F009), on both sides of that end', async () => {
      const taalklas = codes['Taalklas Het Kompas']!
      // Dorpsstraat closed on 2023-08-01: that end has passed.
      const voorbij = await geweigerd({
        mutaties: [{ actie: 'beeindig', code: LOCATIE.dorpsstraat, einddatum: '2024-01-01' }],
      })
      expect(voorbij[0]).toMatchObject({
        foutcode: 'RIO-F009',
        nl: expect.stringContaining('1 augustus 2023'),
      })
      // The taalklas ends on 2025-08-01: on 2025-07-31 that is still a plan and may move ...
      t.clock.set('2025-07-31T12:00:00.000Z')
      const uitstel = {
        mutaties: [{ actie: 'beeindig' as const, code: taalklas, einddatum: '2026-08-01' }],
      }
      const plan = await wijzig(t, 'nieuw', uitstel, '/api/rio/wijzigingen/controle')
      expect(await plan.json()).toMatchObject({ geaccepteerd: true })
      // ... on 2025-08-01 it has happened.
      t.clock.set('2025-08-01T12:00:00.000Z')
      expect((await geweigerd(uitstel))[0]).toMatchObject({ foutcode: 'RIO-F009' })
      t.clock.set('2025-07-31T12:00:00.000Z')
      expect((await wijzig(t, 'nieuw', uitstel)).status).toBe(201)
      const detail = await (
        await t.request('GET', `/api/rio/objecten/${taalklas}?geldigOp=2026-07-31`, { as: 'nieuw' })
      ).json()
      expect(detail.object.uitBedrijf).toBe('2026-08-01')
      expect(detail.stand.gegevens.eigenNaam).toBe('Taalklas Het Kompas')
      t.clock.set(NOW)
    })

    it('checks a change without making it', async () => {
      const voor = await tel(t)
      const goed = await wijzig(
        t,
        'nieuw',
        {
          mutaties: [
            {
              actie: 'wijzig',
              code: A.kompas,
              begindatum: '2026-01-01',
              gegevens: { naam: 'Kompas', erkenningscode: '34CD' },
            },
          ],
        },
        '/api/rio/wijzigingen/controle',
      )
      expect(goed.status).toBe(200)
      expect(await goed.json()).toMatchObject({ geaccepteerd: true, foutmeldingen: [] })
      const fout = await wijzig(
        t,
        'nieuw',
        nieuweAanbieder('2026-09-01', ''),
        '/api/rio/wijzigingen/controle',
      )
      expect(await fout.json()).toMatchObject({
        geaccepteerd: false,
        foutmeldingen: [{ foutcode: 'RIO-F001' }],
      })
      expect(await tel(t)).toEqual(voor)
    })
  },
)
