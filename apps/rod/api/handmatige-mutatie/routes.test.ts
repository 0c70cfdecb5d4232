import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  EXE,
  NOW,
  PDF,
  bestuurBMetRodRollen,
  file,
  leerlingVan,
  rodDb,
  rodTestApp,
  tellingen,
  verzoekForm,
  type RodTestApp,
} from '../test-support'
import { MAX_BIJLAGE_BYTES } from './bijlage'
import { laadObject } from './onderdelen'
import { maakVerzoek } from './store'
import { isUniqueViolation } from '@duo/server-kit'

describe.each(dialectsUnderTest)('ROD API: handmatige mutatie (%s)', (dialect) => {
  let t: RodTestApp
  let bestuurB: string
  beforeAll(async () => {
    t = await rodTestApp(dialect)
    bestuurB = await bestuurBMetRodRollen(t)
  }, 90_000)
  afterAll(() => t.close())

  const post = (as: string, school: string, leerlingId: string, form: FormData) =>
    t.request('POST', `/api/rod/handmatige-mutatie/${school}/${leerlingId}`, { as, body: form })
  const bijlagen = () => {
    try {
      return readdirSync(join(t.dataDir, 'rod', 'bijlagen')).length
    } catch {
      return 0
    }
  }

  /** A leerjaar row of a 34CD pupil that no verzoek is about yet. */
  async function leerjaarZonderVerzoek(offset = 0) {
    return rodDb(t)
      .selectFrom('rod_leerjaar as l')
      .leftJoin('rod_mutatieverzoek as v', 'v.object_id', 'l.id')
      .where('l.instellingscode', '=', '34CD')
      .where('l.schooljaar', '=', '2023-2024')
      .where('l.leerjaar', '<', 8)
      .where('v.id', 'is', null)
      .select(['l.id', 'l.leerling_id', 'l.leerjaar'])
      .orderBy('l.id')
      .offset(offset)
      .limit(1)
      .executeTakeFirstOrThrow()
  }

  /** A 2023-24 pair of adviezen at 34CD with the definitief one higher than the voorlopig one. */
  async function adviespaar(regime: 'nieuw' | 'oud') {
    const [eerste, tweede, sj] =
      regime === 'nieuw'
        ? ['voorlopig', 'definitief', '2023-2024']
        : ['advies', 'herzien', '2022-2023']
    return rodDb(t)
      .selectFrom('rod_schooladvies as a')
      .innerJoin('rod_schooladvies as b', (j) =>
        j.onRef('b.leerling_id', '=', 'a.leerling_id').onRef('b.schooljaar', '=', 'a.schooljaar'),
      )
      .where('a.instellingscode', 'in', ['34CD'])
      .where('a.schooljaar', '=', sj)
      .where('a.soort', '=', eerste)
      .where('b.soort', '=', tweede)
      .whereRef('a.waarde', '!=', 'b.waarde')
      .select([
        'a.leerling_id',
        'a.id as eerste_id',
        'a.waarde as eerste',
        'b.id as tweede_id',
        'b.waarde as tweede',
      ])
      .executeTakeFirstOrThrow()
  }

  it('files a verzoek from the dossier with a bijlage, for DUO, and logs it', async () => {
    const lj = await leerjaarZonderVerzoek()
    const res = await post(
      'schooladmin-34cd',
      '34CD',
      lj.leerling_id,
      verzoekForm(
        { onderdeel: 'leerjaar', objectId: lj.id, waarde: String(Number(lj.leerjaar) - 1 || 2) },
        file(PDF, 'verklaring leverancier.pdf', 'application/pdf'),
      ),
    )
    expect(res.status).toBe(201)
    const { verzoek } = await res.json()
    expect(verzoek).toMatchObject({
      status: 'ingediend',
      onderdeel: 'leerjaar',
      instellingscode: '34CD',
      huidigeWaarde: String(lj.leerjaar),
      ingediendDoor: 'Femke Bos',
      bijlage: {
        naam: 'verklaring leverancier.pdf',
        type: 'application/pdf',
        grootte: PDF.byteLength,
      },
    })
    expect(verzoek.referentie).toMatch(/^HM-2024-[0-9A-F]{8}$/)
    const { entries } = await t
      .platformOf('rod')
      .audit.list({ bestuursnummer: '41234', actie: 'rod.handmatige-mutatie.ingediend' })
    expect(entries[0]!.details).toMatchObject({
      verzoekId: verzoek.id,
      referentie: verzoek.referentie,
    })

    // The school follows it, and may download its own bijlage.
    const lijst = await (
      await t.request('GET', '/api/rod/handmatige-mutatie', { as: 'schooladmin-34cd' })
    ).json()
    expect(lijst.verzoeken.map((v: { id: string }) => v.id)).toContain(verzoek.id)
    expect(
      lijst.verzoeken.every((v: { instellingscode: string }) => v.instellingscode === '34CD'),
    ).toBe(true)
    const download = await t.request('GET', `/api/rod/handmatige-mutatie/${verzoek.id}/bijlage`, {
      as: 'schooladmin-34cd',
    })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('content-disposition')).toContain('attachment')
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF)

    // One waiting verzoek per registration.
    const voor = await tellingen(t)
    const nogEens = await post(
      'schooladmin-34cd',
      '34CD',
      lj.leerling_id,
      verzoekForm({ onderdeel: 'leerjaar', objectId: lj.id, waarde: '3' }),
    )
    expect(nogEens.status).toBe(409)
    expect((await nogEens.json()).code).toBe('al-ingediend')
    expect(await tellingen(t)).toEqual(voor)
  })

  it('takes one of several verzoeken sent at the same moment for one registration', async () => {
    const lj = await leerjaarZonderVerzoek(6)
    const waarde = String(Number(lj.leerjaar) - 1 || 2)
    const antwoorden = await Promise.all(
      Array.from({ length: 4 }, () =>
        post(
          'schooladmin-34cd',
          '34CD',
          lj.leerling_id,
          verzoekForm({ onderdeel: 'leerjaar', objectId: lj.id, waarde }),
        ),
      ),
    )
    expect(antwoorden.map((r) => r.status).sort()).toEqual([201, 409, 409, 409])
    const open = await rodDb(t)
      .selectFrom('rod_mutatieverzoek')
      .select('id')
      .where('object_id', '=', lj.id)
      .where('status', '=', 'ingediend')
      .execute()
    expect(open).toHaveLength(1)
    // Past the route's check (two requests at the same moment), the database refuses the second.
    const object = (await laadObject(rodDb(t) as never, 'leerjaar', lj.id))!
    const tweede = maakVerzoek(
      rodDb(t) as never,
      { object, waarde, reden: 'Tegelijk', bijlage: null, door: { persoonId: 'p', naam: 'P' } },
      new Date(),
    )
    await expect(tweede).rejects.toSatisfy(isUniqueViolation)
  })

  it('refuses bad input per field, stores nothing, keeps no file', async () => {
    const lj = await leerjaarZonderVerzoek(1)
    const voor = await tellingen(t)
    const bestanden = bijlagen()
    const cases: Array<[Record<string, string>, string[], File?]> = [
      [{ onderdeel: 'leerjaar', objectId: lj.id, waarde: '9' }, ['waarde']],
      [{ onderdeel: 'leerjaar', objectId: lj.id, waarde: String(lj.leerjaar) }, ['waarde']],
      [{ onderdeel: 'geslacht', objectId: lj.id, waarde: '3' }, ['onderdeel']],
      [{ onderdeel: 'leerjaar', objectId: lj.id, waarde: '3', reden: 'kort' }, ['reden']],
      [
        { onderdeel: 'leerjaar', objectId: lj.id, waarde: '3', bevestiging: 'nee' },
        ['bevestiging'],
      ],
      [{ onderdeel: 'leerjaar', objectId: 'x', waarde: '3' }, ['objectId']],
      [
        { onderdeel: 'leerjaar', objectId: lj.id, waarde: '3' },
        ['bijlage'],
        file(EXE, 'brief.pdf', 'application/pdf'),
      ],
    ]
    for (const [velden, verwacht, bijlage] of cases) {
      const res = await post(
        'schooladmin-34cd',
        '34CD',
        lj.leerling_id,
        verzoekForm(velden, bijlage),
      )
      expect(res.status, JSON.stringify(velden)).toBe(400)
      const body = await res.json()
      expect(body.code).toBe('ongeldige-invoer')
      expect(body.velden.map((v: { veld: string }) => v.veld)).toEqual(verwacht)
      expect(body.velden[0].nl).toBeTruthy()
      expect(body.velden[0].en).toBeTruthy()
    }
    // A registration of another pupil is not this pupil's.
    const ander = await leerjaarZonderVerzoek(2)
    const res = await post(
      'schooladmin-34cd',
      '34CD',
      lj.leerling_id,
      verzoekForm({ onderdeel: 'leerjaar', objectId: ander.id, waarde: '3' }),
    )
    expect(res.status).toBe(400)
    expect((await res.json()).velden[0].veld).toBe('objectId')
    expect(await tellingen(t)).toEqual(voor)
    expect(bijlagen()).toBe(bestanden)
  })

  it('keeps the advies rule: a definitief advies never lower than the voorlopig one', async () => {
    const paar = await adviespaar('nieuw')
    const voor = await tellingen(t)
    // Lower the definitief below the voorlopig: refused.
    const lager = await post(
      'schooladmin-34cd',
      '34CD',
      paar.leerling_id,
      verzoekForm({
        onderdeel: 'schooladvies',
        objectId: paar.tweede_id,
        waarde: 'praktijkonderwijs',
      }),
    )
    expect(lager.status).toBe(400)
    const body = await lager.json()
    expect(body.velden[0]).toMatchObject({ veld: 'waarde' })
    expect(body.velden[0].nl).toContain('niet lager')
    expect(body.velden[0].en).toContain('may not be lower')
    // Raise the voorlopig above the definitief: refused for the same reason.
    const hoger = await post(
      'schooladmin-34cd',
      '34CD',
      paar.leerling_id,
      verzoekForm({ onderdeel: 'schooladvies', objectId: paar.eerste_id, waarde: 'vwo' }),
    )
    expect(hoger.status).toBe(400)
    expect(await tellingen(t)).toEqual(voor)
    // Equal is allowed from 2023-24.
    const gelijk = await post(
      'schooladmin-34cd',
      '34CD',
      paar.leerling_id,
      verzoekForm({ onderdeel: 'schooladvies', objectId: paar.tweede_id, waarde: paar.eerste }),
    )
    expect(gelijk.status).toBe(201)
  })

  it('keeps the old rule before 2023-24: a herzien advies only higher, never equal', async () => {
    const paar = await adviespaar('oud')
    const gelijk = await post(
      'schooladmin-34cd',
      '34CD',
      paar.leerling_id,
      verzoekForm({ onderdeel: 'schooladvies', objectId: paar.tweede_id, waarde: paar.eerste }),
    )
    expect(gelijk.status).toBe(400)
    expect((await gelijk.json()).velden[0].nl).toContain('moet hoger zijn')
  })

  it('answers a pupil of 12AB or of bestuur A from bestuur B like an unknown one, and a role without the right 403', async () => {
    const pupil12 = await leerlingVan(t, '12AB')
    const pupil34 = await leerlingVan(t, '34CD')
    const lj = await leerjaarZonderVerzoek(3)
    const form = () => verzoekForm({ onderdeel: 'leerjaar', objectId: lj.id, waarde: '2' })
    const voor = await tellingen(t)
    const onbekend = await post(
      'schooladmin-34cd',
      '34CD',
      '00000000-0000-4000-8000-000000000000',
      form(),
    )
    expect(onbekend.status).toBe(404)
    const onbekendBody = await onbekend.json()
    for (const [as, school, id] of [
      ['schooladmin-34cd', '12AB', pupil12.id],
      ['schooladmin-34cd', '34CD', pupil12.id],
      [bestuurB, '34CD', pupil34.id],
    ] as const) {
      const res = await post(as, school, id, form())
      expect(res.status, `${as} ${school}`).toBe(404)
      expect(await res.json()).toEqual(onbekendBody)
    }
    const zonderRecht = await post('schoolleiding-12ab', '12AB', pupil12.id, form())
    expect(zonderRecht.status).toBe(403)
    const reden = await zonderRecht.json()
    expect(reden.nl).toContain('Medewerker schooladministratie ROD')
    // Whether the pupil exists is not told to someone who may not look: the same answer.
    const niemand = await post(
      'schoolleiding-12ab',
      '12AB',
      '00000000-0000-4000-8000-000000000000',
      form(),
    )
    expect(niemand.status).toBe(403)
    expect(await niemand.json()).toEqual(reden)
    expect(await tellingen(t)).toEqual(voor)
  })

  it('keeps every school to its own verzoeken', async () => {
    const twaalf = await rodDb(t)
      .selectFrom('rod_mutatieverzoek')
      .select('id')
      .where('instellingscode', '=', '12AB')
      .executeTakeFirstOrThrow()
    for (const path of [`/${twaalf.id}`, `/${twaalf.id}/bijlage`]) {
      const res = await t.request('GET', `/api/rod/handmatige-mutatie${path}`, {
        as: 'schooladmin-34cd',
      })
      expect(res.status).toBe(404)
    }
    const andereSchool = await t.request(
      'GET',
      '/api/rod/handmatige-mutatie?instellingscode=12AB',
      {
        as: 'schooladmin-34cd',
      },
    )
    expect(andereSchool.status).toBe(404)
    const b = await t.request('GET', '/api/rod/handmatige-mutatie', { as: bestuurB })
    const bBody = await b.json()
    expect(
      bBody.verzoeken.every((v: { bestuursnummer: string }) => v.bestuursnummer === '40567'),
    ).toBe(true)
    const zonderRecht = await t.request('GET', '/api/rod/handmatige-mutatie', {
      as: 'schoolleiding-12ab',
    })
    expect(zonderRecht.status).toBe(403)
  })

  it('refuses a body over the limit with 413, as sent over HTTP (with its length)', async () => {
    const lj = await leerjaarZonderVerzoek(4)
    const groot = file(
      new Uint8Array(MAX_BIJLAGE_BYTES + 200 * 1024),
      'groot.pdf',
      'application/pdf',
    )
    // Serialised as a browser sends it: multipart with its boundary and a Content-Length.
    const verzonden = new Response(
      verzoekForm({ onderdeel: 'leerjaar', objectId: lj.id, waarde: '2' }, groot),
    )
    const bytes = new Uint8Array(await verzonden.arrayBuffer())
    const voor = await tellingen(t)
    const res = await t.request('POST', `/api/rod/handmatige-mutatie/34CD/${lj.leerling_id}`, {
      as: 'schooladmin-34cd',
      body: bytes,
      headers: {
        'Content-Type': verzonden.headers.get('content-type')!,
        'Content-Length': String(bytes.byteLength),
      },
    })
    const body = await res.json()
    expect(res.status, JSON.stringify(body)).toBe(413)
    expect(body.code).toBe('te-groot')
    expect(await tellingen(t)).toEqual(voor)
    // Someone who may not file one is refused (with the reason) before the body is looked at.
    const vreemd = await t.request('POST', `/api/rod/handmatige-mutatie/34CD/${lj.leerling_id}`, {
      as: 'schoolleiding-12ab',
      body: bytes,
      headers: {
        'Content-Type': verzonden.headers.get('content-type')!,
        'Content-Length': String(bytes.byteLength),
      },
    })
    expect(vreemd.status).toBe(403)
    expect((await vreemd.json()).nl).toContain('Medewerker schooladministratie ROD')
  })

  it('opens on 1 June 2022, not the day before', async () => {
    const lj = await leerjaarZonderVerzoek(5)
    const form = () =>
      verzoekForm({ onderdeel: 'leerjaar', objectId: lj.id, waarde: lj.leerjaar === 1 ? '2' : '1' })
    t.clock.set('2022-05-31T23:59:00+02:00')
    const voor = await post('schooladmin-34cd', '34CD', lj.leerling_id, form())
    expect(voor.status).toBe(403)
    expect((await voor.json()).nl).toMatch(/1 juni 2022|2022-06-01/)
    t.clock.set('2022-06-01T00:01:00+02:00')
    const op = await post('schooladmin-34cd', '34CD', lj.leerling_id, form())
    expect(op.status).toBe(201)
    expect((await op.json()).verzoek.referentie).toMatch(/^HM-2022-/)
    t.clock.set(NOW)
  })

  it('pages by cursor, forward and back, with a bounded count; a bad cursor is a 400', async () => {
    const lijst = async (query: string) => {
      const res = await t.request('GET', `/api/rod/handmatige-mutatie${query}`, {
        as: 'schooladmin-34cd',
      })
      expect(res.status, query).toBe(200)
      return res.json()
    }
    const alle = await lijst('?aantal=100')
    expect(alle.totaalBegrensd).toBe(false)
    expect(alle.totaal).toBe(alle.verzoeken.length)
    expect(alle.totaal).toBeGreaterThanOrEqual(3)
    const ids = alle.verzoeken.map((v: { id: string }) => v.id)
    const op = alle.verzoeken.map((v: { ingediendOp: string }) => v.ingediendOp)
    expect(op).toEqual([...op].sort().reverse())
    // Forward by `volgende` through every verzoek, two at a time, then back by `vorige`.
    const paginas = [await lijst('?aantal=2')]
    expect(paginas[0].vorige).toBeNull()
    while (paginas.at(-1).volgende)
      paginas.push(
        await lijst(`?aantal=2&pagina=${paginas.length + 1}&na=${paginas.at(-1).volgende}`),
      )
    expect(paginas.flatMap((p) => p.verzoeken.map((v: { id: string }) => v.id))).toEqual(ids)
    const terug = await lijst(`?aantal=2&pagina=2&voor=${paginas.at(-1).vorige}`)
    expect(terug.verzoeken).toEqual(paginas.at(-2).verzoeken)
    expect(terug.volgende).toBe(paginas.at(-2).volgende)
    // The cursor keeps the filter and the school's boundary.
    const status = await lijst(`?aantal=1&status=ingediend`)
    if (status.volgende) {
      const verder = await lijst(`?aantal=100&status=ingediend&pagina=2&na=${status.volgende}`)
      expect(verder.verzoeken.every((v: { status: string }) => v.status === 'ingediend')).toBe(true)
    }
    for (const cursor of [
      'na=niet-geldig',
      'voor=%25%25',
      `na=${Buffer.from('[1]').toString('base64url')}`,
    ]) {
      const res = await t.request('GET', `/api/rod/handmatige-mutatie?${cursor}`, {
        as: 'schooladmin-34cd',
      })
      expect(res.status, cursor).toBe(400)
      expect(await res.json()).toMatchObject({ code: 'ongeldige-invoer' })
    }
  })
})
