import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  NOW,
  bestuurBMetRodRollen,
  leerlingVan,
  rodDb,
  rodTestApp,
  type RodTestApp,
} from '../test-support'

describe.each(dialectsUnderTest)('ROD API: leerlingdossier (%s)', (dialect) => {
  let t: RodTestApp
  let bestuurB: string
  let pupil34: Awaited<ReturnType<typeof leerlingVan>>
  let pupil12: Awaited<ReturnType<typeof leerlingVan>>
  beforeAll(async () => {
    t = await rodTestApp(dialect)
    bestuurB = await bestuurBMetRodRollen(t)
    pupil34 = await leerlingVan(t, '34CD')
    pupil12 = await leerlingVan(t, '12AB')
  }, 90_000)
  afterAll(() => t.close())

  const get = async (as: string, path: string) => {
    const res = await t.request('GET', `/api/rod/leerlingdossier${path}`, { as })
    return { res, body: await res.json() }
  }
  const audit = (actie: string) =>
    t.platformOf('rod').audit.list({ bestuursnummer: '41234', actie, limit: 500 })

  describe('searching', () => {
    it('finds a pupil of the school by PGN, and logs the search without the full number', async () => {
      const { res, body } = await get(
        'schooladmin-34cd',
        `/zoek?instellingscode=34CD&pgn=${pupil34.pgn}`,
      )
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(body.leerlingen).toHaveLength(1)
      expect(body.leerlingen[0]).toMatchObject({
        id: pupil34.id,
        pgn: pupil34.pgn,
        instellingscode: '34CD',
      })
      const { entries } = await audit('rod.leerling.gezocht')
      const entry = entries[0]!
      expect(entry.actorOmschrijving).toBe('Femke Bos')
      expect(entry.details).toMatchObject({
        instellingscode: '34CD',
        zoekwijze: 'pgn',
        gevonden: 1,
      })
      expect(JSON.stringify(entry.details)).not.toContain(pupil34.pgn)
      expect(JSON.stringify(entry.details)).not.toContain(pupil34.achternaam)
    })

    it('accepts a PGN with dots or spaces, and an onderwijsnummer', async () => {
      const dotted = `${pupil34.pgn.slice(0, 4)}.${pupil34.pgn.slice(4, 6)}.${pupil34.pgn.slice(6)}`
      const { body } = await get(
        'schooladmin-34cd',
        `/zoek?instellingscode=34CD&pgn=${encodeURIComponent(dotted)}`,
      )
      expect(body.leerlingen.map((l: { id: string }) => l.id)).toEqual([pupil34.id])
      const metOnderwijsnummer = await rodDb(t)
        .selectFrom('rod_leerling as l')
        .innerJoin('rod_inschrijving as i', 'i.leerling_id', 'l.id')
        .where('i.instellingscode', '=', '34CD')
        .where('l.pgn_soort', '=', 'onderwijsnummer')
        .select(['l.id', 'l.pgn'])
        .executeTakeFirstOrThrow()
      expect(metOnderwijsnummer.pgn.startsWith('10')).toBe(true)
      const on = await get(
        'schooladmin-34cd',
        `/zoek?instellingscode=34CD&pgn=${metOnderwijsnummer.pgn}`,
      )
      expect(on.body.leerlingen.map((l: { id: string }) => l.id)).toEqual([metOnderwijsnummer.id])
    })

    it('refuses a number that is neither a BSN nor an onderwijsnummer, per field', async () => {
      for (const pgn of ['123456789', '12345', '10abcdefg', '101222332']) {
        const { res, body } = await get('schooladmin-34cd', `/zoek?instellingscode=34CD&pgn=${pgn}`)
        expect(res.status, pgn).toBe(400)
        expect(body.velden.map((v: { veld: string }) => v.veld)).toEqual(['pgn'])
        expect(body.velden[0].nl).toContain('BSN of onderwijsnummer')
      }
    })

    it('finds by surname (with or without voorvoegsel) and date of birth', async () => {
      const naam = `${pupil34.voorvoegsel ? `${pupil34.voorvoegsel} ` : ''}${pupil34.achternaam}`
      const { body } = await get(
        'schooladmin-34cd',
        `/zoek?instellingscode=34CD&achternaam=${encodeURIComponent(naam.toUpperCase())}&geboortedatum=${pupil34.geboortedatum}`,
      )
      expect(body.leerlingen.map((l: { id: string }) => l.id)).toContain(pupil34.id)
      const zonderDatum = await get(
        'schooladmin-34cd',
        `/zoek?instellingscode=34CD&achternaam=Jansen`,
      )
      expect(zonderDatum.res.status).toBe(400)
      expect(zonderDatum.body.velden.map((v: { veld: string }) => v.veld)).toEqual([
        'geboortedatum',
      ])
      const leeg = await get('schooladmin-34cd', `/zoek?instellingscode=34CD`)
      expect(leeg.body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
        'achternaam',
        'geboortedatum',
      ])
    })

    it('never finds a pupil of 12AB from 34CD', async () => {
      const { res, body } = await get(
        'schooladmin-34cd',
        `/zoek?instellingscode=34CD&pgn=${pupil12.pgn}`,
      )
      expect(res.status).toBe(200)
      const alleenHier = await rodDb(t)
        .selectFrom('rod_inschrijving')
        .select('id')
        .where('leerling_id', '=', pupil12.id)
        .where('instellingscode', '=', '34CD')
        .execute()
      expect(body.leerlingen).toHaveLength(alleenHier.length ? 1 : 0)
      const elders = await get('schooladmin-34cd', `/zoek?instellingscode=12AB&pgn=${pupil12.pgn}`)
      expect(elders.res.status).toBe(404)
    })

    it('refuses a school role without the dossier, with the reason', async () => {
      const { res, body } = await get(
        'schoolleiding-12ab',
        `/zoek?instellingscode=12AB&pgn=${pupil12.pgn}`,
      )
      expect(res.status).toBe(403)
      expect(body.nl).toContain('Medewerker schooladministratie ROD')
    })
  })

  describe('the dossier', () => {
    it('shows the pupil’s registrations at the school and logs who read which pupil', async () => {
      const voor = (await audit('rod.leerlingdossier.geraadpleegd')).entries.length
      const { res, body } = await get('schooladmin-34cd', `/34CD/${pupil34.id}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(body.leerling).toMatchObject({
        id: pupil34.id,
        pgn: pupil34.pgn,
        achternaam: pupil34.achternaam,
      })
      expect(body.school).toEqual({ instellingscode: '34CD', naam: 'OBS Het Kompas' })
      expect(body.inschrijvingen.length).toBeGreaterThan(0)
      expect(body.inschrijvingen[0].leerjaren.length).toBeGreaterThan(0)
      expect(body.magMutatieIndienen).toBe(true)
      const { entries } = await audit('rod.leerlingdossier.geraadpleegd')
      expect(entries).toHaveLength(voor + 1)
      expect(entries[0]).toMatchObject({
        actorOmschrijving: 'Femke Bos',
        bestuursnummer: '41234',
        details: {
          leerlingId: pupil34.id,
          pgn: `******${pupil34.pgn.slice(-3)}`,
          instellingscode: '34CD',
        },
      })
      expect(JSON.stringify(entries[0]!.details)).not.toContain(pupil34.achternaam)
      // The beheer logboek reads the label of every declared action.
      expect(t.platformOf('rod').audit.acties()['rod.leerlingdossier.geraadpleegd']).toEqual({
        nl: 'Leerlingdossier geraadpleegd',
        en: 'Leerlingdossier (pupil file) viewed',
      })
    })

    it('answers a pupil of 12AB, of bestuur A from bestuur B, and an unknown id all the same: 404', async () => {
      const onbekend = await get('schooladmin-34cd', '/34CD/00000000-0000-4000-8000-000000000000')
      expect(onbekend.res.status).toBe(404)
      for (const [as, path] of [
        ['schooladmin-34cd', `/34CD/${pupil12.id}`],
        ['schooladmin-34cd', `/12AB/${pupil12.id}`],
        [bestuurB, `/34CD/${pupil34.id}`],
        ['schooladmin-34cd', '/34CD/niet-een-id'],
      ] as const) {
        const { res, body } = await get(as, path)
        expect(res.status, path).toBe(404)
        expect(body).toEqual(onbekend.body)
      }
      const voor = (await audit('rod.leerlingdossier.geraadpleegd')).entries.length
      await get('schooladmin-34cd', `/34CD/${pupil12.id}`)
      expect((await audit('rod.leerlingdossier.geraadpleegd')).entries).toHaveLength(voor)
    })

    it('shows a pupil who changed school only with the registrations of the school asking', async () => {
      const overstap = await rodDb(t)
        .selectFrom('rod_inschrijving as a')
        .innerJoin('rod_inschrijving as b', 'b.leerling_id', 'a.leerling_id')
        .where('a.instellingscode', '=', '12AB')
        .where('b.instellingscode', '=', '34CD')
        .select('a.leerling_id')
        .executeTakeFirstOrThrow()
      const { body } = await get('schooladmin-34cd', `/34CD/${overstap.leerling_id}`)
      const alle = await rodDb(t)
        .selectFrom('rod_inschrijving')
        .select(['id', 'instellingscode'])
        .where('leerling_id', '=', overstap.leerling_id)
        .execute()
      const hier = alle.filter((i) => i.instellingscode === '34CD').map((i) => i.id)
      expect(body.inschrijvingen.map((i: { id: string }) => i.id).sort()).toEqual(hier.sort())
      expect(alle.length).toBeGreaterThan(hier.length)
    })

    it('shows both adviezen of a schooljaar and that a definitief advies is never lower', async () => {
      const paar = await rodDb(t)
        .selectFrom('rod_schooladvies as d')
        .innerJoin('rod_schooladvies as v', (j) =>
          j.onRef('v.leerling_id', '=', 'd.leerling_id').onRef('v.schooljaar', '=', 'd.schooljaar'),
        )
        .where('d.instellingscode', '=', '34CD')
        .where('d.soort', '=', 'definitief')
        .where('v.soort', '=', 'voorlopig')
        .whereRef('d.waarde', '!=', 'v.waarde')
        .select(['d.leerling_id'])
        .executeTakeFirstOrThrow()
      const { body } = await get('schooladmin-34cd', `/34CD/${paar.leerling_id}`)
      const sj = body.schooladviezen.find(
        (a: { schooljaar: string }) => a.schooljaar === '2023-2024',
      )
      expect(sj).toMatchObject({
        regime: 'vanaf-2023',
        tweedeMinimaal: 'gelijk-of-hoger',
        regelFout: null,
      })
      expect(sj.eerste.soort).toBe('voorlopig')
      expect(sj.tweede.soort).toBe('definitief')
      expect(sj.termijnen.map((x: { uiterlijk: string }) => x.uiterlijk)).toContain('2024-04-07')
    })

    it('refuses DUO staff and a role without the dossier', async () => {
      expect((await get('rod-behandelaar', `/34CD/${pupil34.id}`)).res.status).toBe(403)
      const sl = await get('schoolleiding-12ab', `/12AB/${pupil12.id}`)
      expect(sl.res.status).toBe(403)
      expect(sl.body.nl).toContain('Medewerker schooladministratie ROD')
    })

    it('opens on 1 June 2022, not the day before', async () => {
      t.clock.set('2022-05-31T22:00:00+02:00')
      const voor = await get('schooladmin-34cd', `/34CD/${pupil34.id}`)
      expect(voor.res.status).toBe(403)
      expect(voor.body.nl).toMatch(/1 juni 2022|2022-06-01/)
      const zoek = await get('schooladmin-34cd', `/zoek?instellingscode=34CD&pgn=${pupil34.pgn}`)
      expect(zoek.res.status).toBe(403)
      t.clock.set('2022-06-01T00:30:00+02:00')
      expect((await get('schooladmin-34cd', `/34CD/${pupil34.id}`)).res.status).toBe(200)
      t.clock.set(NOW)
    })
  })
})
