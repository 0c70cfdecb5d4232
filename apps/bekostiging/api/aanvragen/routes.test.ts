import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoId } from '@duo/server-kit/testing'
import {
  IN_VENSTER,
  NOW,
  OPVANG,
  bekostigingTestApp,
  concept,
  dbOf,
  doorbladeren,
  ingediend,
  stand,
  weigering,
  type BekostigingTestApp,
} from '../test-support'

const url = (id: string, rest = '') => `/api/bekostiging/aanvragen/${id}${rest}`

describe.each(dialectsUnderTest)('bekostiging API: aanvragen (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  describe('concepts ("Nu bewaren")', () => {
    it('keeps a concept on the server, across a new login, to resume, change and delete', async () => {
      const id = await concept(t, 'medewerker-bekostiging', {
        instellingscode: '34cd',
        peildatum: '2022-02-01',
      })
      // A new session (after logging out and in again) finds it back.
      const opnieuw = await t.loginAs('medewerker-bekostiging')
      const lijst = await (
        await t.request('GET', '/api/bekostiging/aanvragen/concepten', { as: opnieuw })
      ).json()
      expect(lijst.concepten.map((c: { id: string }) => c.id)).toContain(id)
      const detail = await t.request('GET', url(id), { as: opnieuw })
      expect(detail.headers.get('cache-control')).toBe('no-store')
      expect((await detail.json()).aanvraag).toMatchObject({
        status: 'concept',
        referentie: null,
        instellingscode: '34CD',
      })
      const put = await t.request('PUT', url(id), {
        as: opnieuw,
        json: { gegevens: { ...OPVANG, instellingscode: '34CD' } },
      })
      expect(put.status).toBe(200)
      expect((await put.json()).aanvraag.gegevens.leerlingen).toHaveLength(4)
      expect((await t.request('DELETE', url(id), { as: opnieuw })).status).toBe(200)
      await weigering(await t.request('GET', url(id), { as: opnieuw }), 404, 'niet-gevonden')
    })

    it('is its maker’s alone: a colleague, bestuur B and the raadpleger find nothing, and change nothing', async () => {
      const id = await concept(t)
      const voor = await stand(t)
      const onbekend = await (
        await t.request('GET', url(demoId('bestaat-niet')), { as: 'token-gebruiker' })
      ).json()
      for (const as of ['token-gebruiker', 'bekostiging-b', 'raadpleger', 'behandelaar']) {
        for (const [method, rest, json] of [
          ['GET', '', undefined],
          ['PUT', '', { gegevens: {} }],
          ['DELETE', '', undefined],
          ['POST', '/indienen', undefined],
        ] as const) {
          const res = await t.request(method, url(id, rest), { as, json })
          expect(res.status, `${as} ${method} ${rest}`).toBe(404)
          expect(await res.json()).toEqual(onbekend)
        }
      }
      const zaken = await (
        await t.request('GET', '/api/bekostiging/zaakdossier', { as: 'raadpleger' })
      ).json()
      expect(zaken.zaken.map((z: { id: string }) => z.id)).not.toContain(id)
      expect(await stand(t)).toEqual(voor)
    })

    it('refuses the beheerder bekostiging and the raadpleger with the reason from authz', async () => {
      const voor = await stand(t)
      const json = { categorie: 'eerste-opvang', gegevens: OPVANG }
      const beheerder = await weigering(
        await t.request('POST', '/api/bekostiging/aanvragen', {
          as: 'beheerder-bekostiging',
          json,
        }),
        403,
      )
      expect(beheerder.nl).toMatch(/geen toegang tot (de )?gegevens/i)
      const raadpleger = await weigering(
        await t.request('POST', '/api/bekostiging/aanvragen', { as: 'raadpleger', json }),
        403,
      )
      expect(raadpleger.nl).toContain('Medewerker bekostiging')
      await weigering(
        await t.request('GET', '/api/bekostiging/aanvragen', { as: 'beheerder-bekostiging' }),
        403,
      )
      await weigering(
        await t.request('GET', '/api/bekostiging/aanvragen/concepten', { as: 'raadpleger' }),
        403,
      )
      await weigering(
        await t.request('GET', '/api/bekostiging/aanvragen', { as: 'behandelaar' }),
        403,
        'alleen-bestuur',
      )
      expect((await t.request('GET', '/api/bekostiging/aanvragen')).status).toBe(401)
      const zonder = await t.loginAs('medewerker-bekostiging', {
        machtigingen: ['mijn-helpdesk-po'],
      })
      expect(
        (await weigering(await t.request('GET', '/api/bekostiging/aanvragen', { as: zonder }), 403))
          .nl,
      ).toMatch(/Mijn DUO/)
      expect(await stand(t)).toEqual(voor)
    })

    it('answers bad input with 400 per field and stores nothing', async () => {
      const voor = await stand(t)
      const res = await t.request('POST', '/api/bekostiging/aanvragen', {
        as: 'medewerker-bekostiging',
        json: {
          categorie: 'loterij',
          gegevens: {
            peildatum: '1 februari',
            aantalLeerlingen: 2.5,
            leerlingen: [{ leerlingnummer: 'x'.repeat(30) }],
          },
        },
      })
      const body = await weigering(res, 400, 'ongeldige-invoer')
      expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
        'categorie',
        'gegevens.aantalLeerlingen',
        'gegevens.leerlingen.0.leerlingnummer',
        'gegevens.peildatum',
      ])
      const id = await concept(t)
      const put = await t.request('PUT', url(id), {
        as: 'medewerker-bekostiging',
        json: { gegevens: { leerlingen: 'veel' } },
      })
      await weigering(put, 400, 'ongeldige-invoer')
      const huidig = await (
        await t.request('GET', url(id), { as: 'medewerker-bekostiging' })
      ).json()
      expect(huidig.aanvraag.gegevens).toEqual(OPVANG)
      await t.request('DELETE', url(id), { as: 'medewerker-bekostiging' })
      expect(await stand(t)).toEqual(voor)
    })
  })

  describe('submitting', () => {
    it('gives one referentienummer, an ontvangstbevestiging in the archive and a zaak with its first step', async () => {
      const id = await concept(t)
      t.clock.set(IN_VENSTER)
      const res = await t.request('POST', url(id, '/indienen'), { as: 'medewerker-bekostiging' })
      expect(res.status).toBe(200)
      const { aanvraag } = await res.json()
      expect(aanvraag).toMatchObject({
        status: 'ingediend',
        ontvangenDag: '2022-02-10',
        uitersteBeslisdatum: '2022-06-10',
        ingangsdatum: '2022-03-01',
        ingediendDoor: 'Carla Visser',
        intermediairKvk: null,
      })
      expect(aanvraag.referentie).toMatch(/^BB-2022-\d{6}$/)
      // Submitting again (a double click, a second tab) gives no second number.
      const nogmaals = await weigering(
        await t.request('POST', url(id, '/indienen'), { as: 'medewerker-bekostiging' }),
        409,
        'al-ingediend',
      )
      expect(nogmaals.nl).toContain(aanvraag.referentie)
      const nummers = await dbOf(t)
        .selectFrom('bekostiging_aanvraag')
        .select('referentie')
        .where('id', '=', id)
        .execute()
      expect(nummers).toEqual([{ referentie: aanvraag.referentie }])
      await weigering(
        await t.request('PUT', url(id), { as: 'medewerker-bekostiging', json: { gegevens: {} } }),
        409,
        'al-ingediend',
      )
      await weigering(
        await t.request('DELETE', url(id), { as: 'medewerker-bekostiging' }),
        409,
        'al-ingediend',
      )
      const archief = await t
        .platformOf('bekostiging')
        .documenten.lijst('41234', { zaakReferentie: aanvraag.referentie })
      expect(archief.documenten.map((d) => [d.soort, d.bron])).toEqual([
        ['bevestiging', 'bekostiging'],
      ])
      const detail = await (await t.request('GET', url(id), { as: 'raadpleger' })).json()
      expect(detail.tijdlijn.map((s: { soort: string }) => s.soort)).toEqual(['ingediend'])
      expect(detail.documenten).toHaveLength(1)
      t.clock.set(NOW)
    })

    it('gives two submissions at once one number: one succeeds, the other gets 409', async () => {
      const id = await concept(t)
      t.clock.set(IN_VENSTER)
      const antwoorden = await Promise.all([
        t.request('POST', url(id, '/indienen'), { as: 'medewerker-bekostiging' }),
        t.request('POST', url(id, '/indienen'), { as: 'medewerker-bekostiging' }),
      ])
      expect(antwoorden.map((r) => r.status).sort()).toEqual([200, 409])
      const bevestigingen = await t.platformOf('bekostiging').documenten.lijst('41234', {
        zaakReferentie: (
          await (await t.request('GET', url(id), { as: 'medewerker-bekostiging' })).json()
        ).aanvraag.referentie,
      })
      expect(bevestigingen.totaal).toBe(1)
      t.clock.set(NOW)
    })

    it('refuses a late aanvraag with the rule in both languages, on the Dutch date, and keeps the concept', async () => {
      const id = await concept(t)
      // 1 March 2022, 23:30 in the Netherlands: the last day of the 4 weeks.
      t.clock.set('2022-03-01T23:30:00+01:00')
      const voor = await stand(t)
      // 00:30 on 2 March is one day too late.
      t.clock.set('2022-03-02T00:30:00+01:00')
      const laat = await weigering(
        await t.request('POST', url(id, '/indienen'), { as: 'medewerker-bekostiging' }),
        400,
        'te-laat',
      )
      expect(laat.nl).toContain('tot en met 1 maart 2022')
      expect(laat.en).toContain('until 1 March 2022')
      expect(laat.velden).toEqual([{ veld: 'peildatum', nl: laat.nl, en: laat.en }])
      expect(await stand(t)).toEqual(voor)
      t.clock.set('2022-03-01T23:30:00+01:00')
      expect(
        (await t.request('POST', url(id, '/indienen'), { as: 'medewerker-bekostiging' })).status,
      ).toBe(200)
      t.clock.set(NOW)
    })

    it('refuses an ineligible aanvraag: too few pupils, a pupil claimed twice for the second year', async () => {
      t.clock.set(IN_VENSTER)
      const drie = await concept(t, 'medewerker-bekostiging', {
        ...OPVANG,
        leerlingen: OPVANG.leerlingen.slice(0, 3),
      })
      const weinig = await weigering(
        await t.request('POST', url(drie, '/indienen'), { as: 'medewerker-bekostiging' }),
        400,
        'te-weinig',
      )
      expect(weinig.en).toContain('at least 4 pupils')
      const tweede = {
        instellingscode: '34CD',
        peildatum: '2022-02-01',
        leerlingen: [
          { leerlingnummer: 'TJ-1', datumBinnenkomst: '2020-12-01', datumToelating: '2020-12-10' },
        ],
      }
      const eerste = await concept(t, 'medewerker-bekostiging', tweede, 'asielzoekers-tweede-jaar')
      const eersteRes = await t.request('POST', url(eerste, '/indienen'), {
        as: 'medewerker-bekostiging',
      })
      expect(eersteRes.status).toBe(200)
      const ref = (await eersteRes.json()).aanvraag.referentie
      const nogEens = await concept(t, 'token-gebruiker', tweede, 'asielzoekers-tweede-jaar')
      const dubbel = await weigering(
        await t.request('POST', url(nogEens, '/indienen'), { as: 'token-gebruiker' }),
        400,
        'niet-toegestaan',
      )
      expect(dubbel.nl).toContain(ref)
      t.clock.set(NOW)
    })

    it('records the intermediary of a ketenmachtiging on the aanvraag, its timeline and the audit log', async () => {
      const { id, referentie } = await ingediend(t, 'administratiekantoor')
      const { aanvraag, tijdlijn } = await (
        await t.request('GET', url(id), { as: 'medewerker-bekostiging' })
      ).json()
      expect(aanvraag.intermediairKvk).toBe('30999999')
      expect(aanvraag.ingediendDoor).toBe('Ruud Vermeulen via ketenmachtiging KvK 30999999')
      expect(tijdlijn[0]).toMatchObject({ soort: 'ingediend', intermediairKvk: '30999999' })
      const { entries } = await t
        .platformOf('bekostiging')
        .audit.list({ bestuursnummer: '41234', actie: 'bekostiging.aanvraag.ingediend' })
      const entry = entries.find((e) => e.details.referentie === referentie)
      expect(entry?.details.intermediair).toBe('30999999')
      expect(entry?.actorOmschrijving).toContain('via ketenmachtiging')
    })
  })

  describe('withdrawing', () => {
    it('withdraws while not decided, once; refuses after the decision (409) and for the raadpleger (403)', async () => {
      const { id } = await ingediend(t)
      await weigering(await t.request('POST', url(id, '/intrekken'), { as: 'raadpleger' }), 403)
      await weigering(await t.request('POST', url(id, '/intrekken'), { as: 'bekostiging-b' }), 404)
      const res = await t.request('POST', url(id, '/intrekken'), { as: 'token-gebruiker' })
      expect(res.status).toBe(200)
      expect((await res.json()).aanvraag.status).toBe('ingetrokken')
      await weigering(
        await t.request('POST', url(id, '/intrekken'), { as: 'medewerker-bekostiging' }),
        409,
        'al-ingetrokken',
      )
      const besloten = demoId('bekostiging:aanvraag:a-toegekend-roma')
      const voor = await stand(t)
      const na = await weigering(
        await t.request('POST', url(besloten, '/intrekken'), { as: 'medewerker-bekostiging' }),
        409,
        'al-besloten',
      )
      expect(na.en).toContain('already been decided')
      expect(await stand(t)).toEqual(voor)
      const concept_ = await concept(t)
      await weigering(
        await t.request('POST', url(concept_, '/intrekken'), { as: 'medewerker-bekostiging' }),
        409,
        'concept',
      )
    })
  })

  describe('the list', () => {
    const lijst = '/api/bekostiging/aanvragen'
    it('pages the submitted aanvragen newest first, forward and back by cursor', async () => {
      const ids = await doorbladeren(t, lijst, 'medewerker-bekostiging', 'aanvragen', 3)
      const alle = (
        await (
          await t.request('GET', `${lijst}?aantal=100`, { as: 'medewerker-bekostiging' })
        ).json()
      ).aanvragen as Array<{ id: string; ingediendOp: string; status: string }>
      expect(alle.map((a) => a.id)).toEqual(ids)
      expect(alle.every((a) => a.status !== 'concept')).toBe(true)
      const op = alle.map((a) => a.ingediendOp)
      expect(op).toEqual([...op].sort().reverse())
    })

    it('searches whole words of the referentie and category, only in the bestuur’s own', async () => {
      const alle = (
        await (
          await t.request('GET', `${lijst}?aantal=100`, { as: 'medewerker-bekostiging' })
        ).json()
      ).aanvragen as Array<{ referentie: string; categorie: string }>
      const ask = async (zoek: string, as = 'medewerker-bekostiging') => {
        const res = await t.request('GET', `${lijst}?zoek=${encodeURIComponent(zoek)}`, { as })
        expect(res.status).toBe(200)
        return (await res.json()) as {
          aanvragen: Array<{ referentie: string; categorie: string }>
          totaal?: number
        }
      }
      const ref = alle[0]!.referentie
      const gevonden = await ask(ref.toLowerCase())
      expect(gevonden.aanvragen.map((a) => a.referentie)).toEqual([ref])
      expect(gevonden.totaal).toBe(1)
      const opvang = (await ask('opvang')).aanvragen
      expect(opvang.map((a) => a.referentie).sort()).toEqual(
        alle
          .filter((a) => a.categorie.split('-').includes('opvang'))
          .map((a) => a.referentie)
          .sort(),
      )
      expect((await ask('opvan')).aanvragen).toEqual([])
      expect((await ask(ref, 'bekostiging-b')).aanvragen).toEqual([])
    })
  })

  describe('bestuur B on bestuur A’s aanvragen', () => {
    it('answers every route exactly like an unknown id, and changes nothing', async () => {
      const ids = [
        'a-ingediend-opvang',
        'a-toegekend-roma',
        'a-afgewezen-opvang',
        'a-concept-roma',
      ].map((k) => demoId(`bekostiging:aanvraag:${k}`))
      const onbekend = await (
        await t.request('GET', url(demoId('nergens')), { as: 'bekostiging-b' })
      ).json()
      const voor = await stand(t)
      for (const id of ids)
        for (const [method, rest] of [
          ['GET', ''],
          ['PUT', ''],
          ['DELETE', ''],
          ['POST', '/indienen'],
          ['POST', '/intrekken'],
          ['GET', '/../../zaakdossier/aanvragen/' + id],
        ] as const) {
          const res = await t.request(
            method,
            rest.startsWith('/..') ? `/api/bekostiging/zaakdossier/aanvragen/${id}` : url(id, rest),
            { as: 'bekostiging-b', json: method === 'PUT' ? { gegevens: {} } : undefined },
          )
          expect(res.status, `${method} ${rest} ${id}`).toBe(404)
          expect(await res.json()).toEqual(onbekend)
        }
      const bezwaar = new FormData()
      bezwaar.append(
        'gronden',
        'Wij zijn het niet eens met deze beschikking van een ander bestuur.',
      )
      expect(
        (await t.request('POST', url(ids[1]!, '/bezwaar'), { as: 'bekostiging-b', body: bezwaar }))
          .status,
      ).toBe(404)
      expect(await stand(t)).toEqual(voor)
      const lijst = await (
        await t.request('GET', '/api/bekostiging/aanvragen', { as: 'bekostiging-b' })
      ).json()
      expect(
        lijst.aanvragen.every((a: { bestuursnummer: string }) => a.bestuursnummer === '40567'),
      ).toBe(true)
      expect(lijst.totaal).toBe(4)
    })
  })
})
