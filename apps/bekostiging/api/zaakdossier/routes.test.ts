import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoId } from '@duo/server-kit/testing'
import {
  bekostigingTestApp,
  dbOf,
  doorbladeren,
  stand,
  weigering,
  type BekostigingTestApp,
} from '../test-support'

const z = '/api/bekostiging/zaakdossier'

describe.each(dialectsUnderTest)('bekostiging API: zaakdossier (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('lists every aanvraag and bezwaar of the bestuur as a zaak, newest first, without concepts', async () => {
    const res = await t.request('GET', z, { as: 'raadpleger' })
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { zaken, totaal } = await res.json()
    // Bestuur A: 10 submitted aanvragen, a bezwaar against a beschikking and one against an Ovt.
    expect(totaal).toBe(12)
    expect(zaken.filter((x: { soort: string }) => x.soort === 'bezwaar')).toHaveLength(2)
    expect(
      zaken.every(
        (x: { bestuursnummer: string; status: string }) =>
          x.bestuursnummer === '41234' && x.status !== 'concept',
      ),
    ).toBe(true)
    const dagen = zaken.map((x: { ontvangenDag: string }) => x.ontvangenDag)
    expect(dagen).toEqual([...dagen].sort().reverse())
    const ask = async (q: string) =>
      (await (await t.request('GET', `${z}?${q}`, { as: 'medewerker-bekostiging' })).json()) as {
        zaken: Array<{
          status: string
          onderwerp: string
          instellingscode: string
          referentie: string
          ontvangenDag: string
        }>
        totaal: number
      }
    expect((await ask('soort=bezwaar')).totaal).toBe(2)
    expect(
      (await ask('status=open')).zaken.every((x) =>
        ['ingediend', 'in-behandeling'].includes(x.status),
      ),
    ).toBe(true)
    expect(
      (await ask('categorie=roma-sinti')).zaken.every((x) => x.onderwerp === 'roma-sinti'),
    ).toBe(true)
    expect((await ask('school=34CD')).zaken.every((x) => x.instellingscode === '34CD')).toBe(true)
    const eerste = zaken[0].referentie as string
    expect((await ask(`zoek=${eerste.toLowerCase()}`)).zaken.map((x) => x.referentie)).toEqual([
      eerste,
    ])
    expect((await ask('jaar=2021')).zaken.every((x) => x.ontvangenDag.startsWith('2021'))).toBe(
      true,
    )
    await weigering(
      await t.request('GET', `${z}?soort=brief`, { as: 'raadpleger' }),
      400,
      'ongeldige-invoer',
    )
  })

  it('pages forward and back by cursor, over aanvragen and bezwaren alike', async () => {
    const ids = await doorbladeren(t, z, 'raadpleger', 'zaken', 5)
    expect(ids).toHaveLength(12)
    expect(await doorbladeren(t, `${z}?status=open`, 'raadpleger', 'zaken', 1)).toEqual(
      (await (await t.request('GET', `${z}?status=open`, { as: 'raadpleger' })).json()).zaken.map(
        (x: { id: string }) => x.id,
      ),
    )
    const res = await t.request('GET', `${z}?aantal=5`, { as: 'raadpleger' })
    expect(await res.json()).toMatchObject({ totaal: 12, totaalBegrensd: false, pagina: 1 })
  })

  it('searches whole words of the referentie, category and grounds, only in the bestuur’s own zaken', async () => {
    const ask = async (zoek: string, as = 'raadpleger') => {
      const res = await t.request('GET', `${z}?zoek=${encodeURIComponent(zoek)}`, { as })
      expect(res.status).toBe(200)
      return (await res.json()).zaken as Array<{
        referentie: string
        onderwerp: string
        soort: string
      }>
    }
    const alle = (await (await t.request('GET', z, { as: 'raadpleger' })).json()).zaken as Array<{
      referentie: string
      onderwerp: string
      soort: string
    }>
    // The referentie whole, in lower case, and its number alone.
    const ref = alle[0]!.referentie
    expect((await ask(ref)).map((x) => x.referentie)).toEqual([ref])
    expect((await ask(ref.toLowerCase())).map((x) => x.referentie)).toEqual([ref])
    expect((await ask(ref.split('-').at(-1)!)).map((x) => x.referentie)).toContain(ref)
    // "opvang" is a word of eerste-opvang, not of procesopvang; a part of a word finds nothing.
    const opvang = await ask('opvang')
    expect(opvang.length).toBeGreaterThan(0)
    expect(
      opvang.every((x) => x.soort === 'bezwaar' || x.onderwerp.split('-').includes('opvang')),
    ).toBe(true)
    expect(await ask('opvan')).toEqual([])
    // A word of a bezwaar's grounds.
    const gronden = await dbOf(t)
      .selectFrom('bekostiging_bezwaar')
      .select(['referentie', 'gronden'])
      .where('bestuursnummer', '=', '41234')
      .executeTakeFirstOrThrow()
    const woord = gronden.gronden.split(/[^\p{L}]+/u).find((w) => w.length > 8)!
    expect((await ask(woord)).map((x) => x.referentie)).toContain(gronden.referentie)
    // Bestuur B finds nothing of A's, not even by its referentie.
    expect(await ask(ref, 'bekostiging-b')).toEqual([])
  })

  it('shows a zaak with its timeline, decision, documents and who did what', async () => {
    const id = demoId('bekostiging:aanvraag:a-afgewezen-opvang')
    const d = await (await t.request('GET', `${z}/aanvragen/${id}`, { as: 'raadpleger' })).json()
    expect(d.aanvraag).toMatchObject({
      status: 'afgewezen',
      schoolNaam: 'OBS Het Kompas',
      ingediendDoor: 'Carla Visser',
    })
    expect(d.beschikking.besluit).toBe('afgewezen')
    expect(d.tijdlijn.map((s: { soort: string; door: string }) => `${s.soort}:${s.door}`)).toEqual([
      'ingediend:Carla Visser',
      'in-behandeling:Frank de Graaf',
      'besloten:Frank de Graaf',
      'bezwaar-ingediend:Carla Visser',
      'bezwaar-besloten:Frank de Graaf',
    ])
    expect(d.documenten.map((x: { soort: string }) => x.soort)).toEqual([
      'bevestiging',
      'beschikking',
    ])
    expect(d.bezwaren[0].status).toBe('ongegrond')
    const pdf = await t.request('GET', `${z}/documenten/${d.documenten[1].id}`, {
      as: 'raadpleger',
    })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-disposition')).toContain('.pdf')
  })

  it('is read only for the raadpleger: every write answers 403 with the reason and changes nothing', async () => {
    const voor = await stand(t)
    const lopend = demoId('bekostiging:aanvraag:a-ingediend-opvang')
    const besloten = demoId('bekostiging:aanvraag:a-deels-emb')
    const ovt = demoId('bekostiging:vaststelling:41234:2022-02-01')
    const gronden = () => {
      const f = new FormData()
      f.append('gronden', 'Wij zijn het oneens met de vastgestelde aantallen van de school.')
      return f
    }
    const pogingen: Array<[string, string, { json?: unknown; body?: FormData }]> = [
      ['POST', '/api/bekostiging/aanvragen', { json: { categorie: 'emb', gegevens: {} } }],
      ['POST', `/api/bekostiging/aanvragen/${lopend}/intrekken`, {}],
      ['POST', `/api/bekostiging/aanvragen/${besloten}/bezwaar`, { body: gronden() }],
      ['POST', `/api/bekostiging/vaststelling/${ovt}/bezwaar`, { body: gronden() }],
    ]
    for (const [method, path, opts] of pogingen) {
      const body = await weigering(
        await t.request(method, path, { as: 'raadpleger', ...opts }),
        403,
      )
      expect(body.nl, path).toContain('Medewerker bekostiging')
    }
    expect(await stand(t)).toEqual(voor)
  })

  it('answers bestuur B on A’s zaken, documents and bijlagen like unknown ids', async () => {
    const a = await (
      await t.request('GET', `${z}/aanvragen/${demoId('bekostiging:aanvraag:a-toegekend-roma')}`, {
        as: 'raadpleger',
      })
    ).json()
    const bezwaar = demoId('bekostiging:bezwaar:a-bezwaar-ovt')
    const onbekendeZaak = await (
      await t.request('GET', `${z}/aanvragen/${demoId('x')}`, { as: 'bekostiging-b' })
    ).json()
    const onbekendDoc = await (
      await t.request('GET', `${z}/documenten/${demoId('x')}`, { as: 'bekostiging-b' })
    ).json()
    for (const [path, onbekend] of [
      [`${z}/aanvragen/${a.aanvraag.id}`, onbekendeZaak],
      [`${z}/documenten/${a.documenten[0].id}`, onbekendDoc],
    ] as const) {
      const res = await t.request('GET', path, { as: 'bekostiging-b' })
      expect(res.status, path).toBe(404)
      expect(await res.json()).toEqual(onbekend)
    }
    await weigering(
      await t.request('GET', `${z}/bezwaren/${bezwaar}`, { as: 'bekostiging-b' }),
      404,
    )
    // A document of the archive that is no zaak's (the Ovt) is not served here.
    const ovt = demoId('bekostiging:document:ovt:41234:2022-02-01')
    await weigering(await t.request('GET', `${z}/documenten/${ovt}`, { as: 'raadpleger' }), 404)
    const lijst = await (await t.request('GET', z, { as: 'bekostiging-b' })).json()
    expect(lijst.zaken.every((x: { bestuursnummer: string }) => x.bestuursnummer === '40567')).toBe(
      true,
    )
  })

  it('refuses the beheerder bekostiging and someone without roles, with the reason', async () => {
    expect(
      (await weigering(await t.request('GET', z, { as: 'beheerder-bekostiging' }), 403)).nl,
    ).toMatch(/gegevens/)
    const nieuw = await weigering(await t.request('GET', z, { as: 'nieuw' }), 403)
    expect(nieuw.nl).toContain('Medewerker bekostiging')
  })
})
