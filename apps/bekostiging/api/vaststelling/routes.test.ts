import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoId } from '@duo/server-kit/testing'
import {
  EXE,
  PDF,
  bekostigingTestApp,
  file,
  stand,
  weigering,
  type BekostigingTestApp,
} from '../test-support'

const LAATSTE_A = demoId('bekostiging:vaststelling:41234:2022-02-01')
const OUDER_A = demoId('bekostiging:vaststelling:41234:2021-10-01')
const bezwaar = (id: string) => `/api/bekostiging/vaststelling/${id}/bezwaar`
const form = (velden: Record<string, string>, bestanden: File[] = []) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(velden)) f.append(k, v)
  for (const b of bestanden) f.append('bijlage', b)
  return f
}
const GRONDEN = {
  gronden: 'Twee leerlingen van OBS Het Kompas ontbreken in de telling van 1 februari.',
}

describe.each(dialectsUnderTest)(
  'bekostiging API: overzicht vaststelling tellingen (%s)',
  (dialect) => {
    let t: BekostigingTestApp
    const bijlagen = () => {
      const map = join(t.dataDir, 'bekostiging', 'bijlagen')
      return existsSync(map) ? readdirSync(map).length : 0
    }
    beforeAll(async () => {
      t = await bekostigingTestApp(dialect)
    }, 60_000)
    afterAll(() => t.close())

    it('lists the overzichten with counts per school, dagtekening and bezwaar period', async () => {
      const res = await t.request('GET', '/api/bekostiging/vaststelling', {
        as: 'medewerker-bekostiging',
      })
      expect(res.headers.get('cache-control')).toBe('no-store')
      const { overzichten } = await res.json()
      expect(overzichten).toHaveLength(5)
      expect(overzichten[0]).toMatchObject({
        teldatum: '2022-02-01',
        dagtekening: '2022-04-12',
        bezwaarMogelijkTot: '2022-05-24',
        bezwaarOpen: true,
      })
      expect(overzichten[1]).toMatchObject({
        teldatum: '2021-10-01',
        dagtekening: '2021-12-15',
        bezwaarOpen: false,
      })
      expect(
        overzichten[0].tellingen.map((s: { instellingscode: string }) => s.instellingscode),
      ).toEqual(['12AB', '34CD'])
      const s = overzichten[0].tellingen[0]
      expect(s.totaal).toBe(s.onderAcht + s.achtEnOuder)
      expect(overzichten[1].bezwaren).toHaveLength(1)
      const pdf = await t.request('GET', `/api/bekostiging/vaststelling/${LAATSTE_A}/document`, {
        as: 'medewerker-bekostiging',
      })
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      await weigering(
        await t.request('GET', `/api/bekostiging/vaststelling/${LAATSTE_A}/document`, {
          as: 'bekostiging-b',
        }),
        404,
      )
    })

    it('opens on its configured date, 1 April 2022, and says so before', async () => {
      t.clock.set('2022-03-31T12:00:00+02:00')
      const voor = await weigering(
        await t.request('GET', '/api/bekostiging/vaststelling', { as: 'medewerker-bekostiging' }),
        403,
      )
      expect(voor.nl).toContain('2022')
      t.clock.set('2022-04-01T08:00:00+02:00')
      expect(
        (await t.request('GET', '/api/bekostiging/vaststelling', { as: 'medewerker-bekostiging' }))
          .status,
      ).toBe(200)
      t.clock.set('2022-05-02T10:00:00+02:00')
    })

    it('takes a bezwaar with bijlage within 6 weeks (last day included): referentie, receipt, DUO’s queue', async () => {
      t.clock.set('2022-05-24T22:00:00+02:00')
      const res = await t.request('POST', bezwaar(LAATSTE_A), {
        as: 'administratiekantoor',
        body: form({ ...GRONDEN, instellingscode: '34cd' }, [file(PDF, 'telling.pdf')]),
      })
      expect(res.status).toBe(201)
      const { bezwaar: b } = await res.json()
      expect(b).toMatchObject({
        status: 'ingediend',
        instellingscode: '34CD',
        ontvangenDag: '2022-05-24',
        intermediairKvk: '30999999',
        uitersteBeslisdatum: '2022-08-16',
      })
      expect(b.referentie).toMatch(/^BZ-2022-\d{6}$/)
      const zaak = await (
        await t.request('GET', `/api/bekostiging/zaakdossier/bezwaren/${b.id}`, {
          as: 'raadpleger',
        })
      ).json()
      expect(zaak.bijlagen.map((x: { bestandsnaam: string }) => x.bestandsnaam)).toEqual([
        'telling.pdf',
      ])
      expect(zaak.documenten.map((d: { soort: string }) => d.soort)).toEqual(['bevestiging'])
      expect(zaak.vaststelling.teldatum).toBe('2022-02-01')
      const download = await t.request(
        'GET',
        `/api/bekostiging/zaakdossier/bezwaren/${b.id}/bijlagen/${zaak.bijlagen[0].id}`,
        { as: 'raadpleger' },
      )
      expect(download.headers.get('content-disposition')).toContain('telling.pdf')
      const queue = await (
        await t.request('GET', '/api/bekostiging/behandeling?soort=bezwaar', { as: 'behandelaar' })
      ).json()
      expect(queue.zaken.map((z: { referentie: string }) => z.referentie)).toContain(b.referentie)
      t.clock.set('2022-05-02T10:00:00+02:00')
    })

    it('refuses a bezwaar the day after the 6 weeks, with the dates, before reading it', async () => {
      t.clock.set('2022-05-25T00:30:00+02:00')
      const voor = await stand(t)
      const bestanden = bijlagen()
      const res = await weigering(
        await t.request('POST', bezwaar(LAATSTE_A), {
          as: 'medewerker-bekostiging',
          body: form(GRONDEN, [file(PDF, 'telling.pdf')]),
        }),
        409,
        'te-laat',
      )
      expect(res.nl).toContain('tot en met 24 mei 2022')
      expect(res.en).toContain('until 24 May 2022')
      await weigering(
        await t.request('POST', bezwaar(OUDER_A), {
          as: 'medewerker-bekostiging',
          body: form(GRONDEN),
        }),
        409,
        'te-laat',
      )
      expect(await stand(t)).toEqual(voor)
      expect(bijlagen()).toBe(bestanden)
      t.clock.set('2022-05-02T10:00:00+02:00')
    })

    it('refuses bad input, wrong files, bestuur B and the raadpleger, and keeps nothing', async () => {
      const voor = await stand(t)
      const bestanden = bijlagen()
      const kort = await weigering(
        await t.request('POST', bezwaar(LAATSTE_A), {
          as: 'medewerker-bekostiging',
          body: form({ gronden: 'Klopt niet.' }),
        }),
        400,
        'ongeldige-invoer',
      )
      expect(kort.velden[0]?.veld).toBe('gronden')
      await weigering(
        await t.request('POST', bezwaar(LAATSTE_A), {
          as: 'medewerker-bekostiging',
          body: form({ ...GRONDEN, instellingscode: '56EF' }),
        }),
        400,
      )
      const exe = await weigering(
        await t.request('POST', bezwaar(LAATSTE_A), {
          as: 'medewerker-bekostiging',
          body: form(GRONDEN, [file(PDF, 'ok.pdf'), file(EXE, 'telling.pdf')]),
        }),
        400,
      )
      expect(exe.velden[0]?.nl).toContain('telling.pdf')
      const onbekend = await (
        await t.request('POST', bezwaar(demoId('nergens')), {
          as: 'bekostiging-b',
          body: form(GRONDEN),
        })
      ).json()
      const b = await t.request('POST', bezwaar(LAATSTE_A), {
        as: 'bekostiging-b',
        body: form(GRONDEN),
      })
      expect(b.status).toBe(404)
      expect(await b.json()).toEqual(onbekend)
      const r = await weigering(
        await t.request('POST', bezwaar(LAATSTE_A), { as: 'raadpleger', body: form(GRONDEN) }),
        403,
      )
      expect(r.nl).toContain('Medewerker bekostiging')
      await weigering(
        await t.request('POST', bezwaar(LAATSTE_A), {
          as: 'beheerder-bekostiging',
          body: form(GRONDEN),
        }),
        403,
      )
      expect(await stand(t)).toEqual(voor)
      expect(bijlagen()).toBe(bestanden)
    })

    it('takes a bezwaar against a beschikking within 6 weeks of its date, and refuses one without a beschikking', async () => {
      const besloten = demoId('bekostiging:aanvraag:a-deels-emb')
      const detail = await (
        await t.request('GET', `/api/bekostiging/aanvragen/${besloten}`, {
          as: 'medewerker-bekostiging',
        })
      ).json()
      const datum = detail.beschikking.datum as string
      expect(detail.bezwaar.mogelijkTot > datum).toBe(true)
      t.clock.set(`${detail.bezwaar.mogelijkTot}T12:00:00+02:00`)
      const ok = await t.request('POST', `/api/bekostiging/aanvragen/${besloten}/bezwaar`, {
        as: 'medewerker-bekostiging',
        body: form({
          gronden: 'De derde leerling had wel degelijk een toelaatbaarheidsverklaring cluster 3.',
        }),
      })
      expect(ok.status).toBe(201)
      const zaak = await (
        await t.request('GET', `/api/bekostiging/aanvragen/${besloten}`, { as: 'raadpleger' })
      ).json()
      expect(zaak.tijdlijn.at(-1).soort).toBe('bezwaar-ingediend')
      expect(zaak.bezwaren).toHaveLength(1)
      t.clock.set(`${detail.bezwaar.mogelijkTot}T23:59:00+02:00`)
      t.clock.set(
        new Date(
          Date.parse(`${detail.bezwaar.mogelijkTot}T12:00:00+02:00`) + 86_400_000,
        ).toISOString(),
      )
      await weigering(
        await t.request('POST', `/api/bekostiging/aanvragen/${besloten}/bezwaar`, {
          as: 'medewerker-bekostiging',
          body: form(GRONDEN),
        }),
        409,
        'te-laat',
      )
      t.clock.set('2022-05-02T10:00:00+02:00')
      const lopend = demoId('bekostiging:aanvraag:a-ingediend-opvang')
      await weigering(
        await t.request('POST', `/api/bekostiging/aanvragen/${lopend}/bezwaar`, {
          as: 'medewerker-bekostiging',
          body: form(GRONDEN),
        }),
        409,
        'geen-beschikking',
      )
    })
  },
)
