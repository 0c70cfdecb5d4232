import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, demoId } from '@duo/server-kit/testing'
import {
  bekostigingTestApp,
  doorbladeren,
  ingediend,
  stand,
  weigering,
  type BekostigingTestApp,
} from '../test-support'

const wachtrij = '/api/bekostiging/behandeling'
const aanvraag = (id: string, rest = '') => `${wachtrij}/aanvragen/${id}${rest}`

describe.each(dialectsUnderTest)('bekostiging API: DUO’s handling (%s)', (dialect) => {
  let t: BekostigingTestApp
  beforeAll(async () => {
    t = await bekostigingTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())

  it('shows the open zaken of every bestuur, by due date, with filters', async () => {
    const res = await t.request('GET', wachtrij, { as: 'behandelaar' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { zaken, totaal } = await res.json()
    expect(totaal).toBe(zaken.length)
    const termijnen = zaken.map((z: { uitersteBeslisdatum: string }) => z.uitersteBeslisdatum)
    expect(termijnen).toEqual([...termijnen].sort())
    expect(new Set(zaken.map((z: { bestuursnummer: string }) => z.bestuursnummer))).toEqual(
      new Set(['41234', '40567']),
    )
    expect(
      zaken.every((z: { status: string }) => ['ingediend', 'in-behandeling'].includes(z.status)),
    ).toBe(true)
    expect(zaken.some((z: { soort: string }) => z.soort === 'bezwaar')).toBe(true)
    const ask = async (q: string) =>
      (await (await t.request('GET', `${wachtrij}?${q}`, { as: 'behandelaar' })).json())
        .zaken as Array<Record<string, string>>
    expect((await ask('soort=bezwaar')).every((z) => z.soort === 'bezwaar')).toBe(true)
    expect((await ask('categorie=roma-sinti')).map((z) => z.onderwerp)).toEqual(['roma-sinti'])
    expect((await ask('status=toegekend')).every((z) => z.status === 'toegekend')).toBe(true)
    // 2 May 2022: received in the last 30 days, or more than 90 days ago.
    expect((await ask('leeftijd=tot-30')).every((z) => z.ontvangenDag! >= '2022-04-02')).toBe(true)
    expect((await ask('leeftijd=boven-90')).every((z) => z.ontvangenDag! < '2022-02-01')).toBe(true)
    expect((await ask('leeftijd=boven-90')).length).toBeGreaterThan(0)
    await weigering(
      await t.request('GET', `${wachtrij}?leeftijd=oud`, { as: 'behandelaar' }),
      400,
      'ongeldige-invoer',
    )
  })

  it('pages the queue forward and back by cursor, and searches it by referentie and word', async () => {
    await doorbladeren(t, wachtrij, 'behandelaar', 'zaken', 2)
    await doorbladeren(t, `${wachtrij}?status=toegekend`, 'behandelaar', 'zaken', 1)
    const alle = (await (await t.request('GET', wachtrij, { as: 'behandelaar' })).json())
      .zaken as Array<{ referentie: string; bestuursnummer: string }>
    const ask = async (q: string) =>
      (await (await t.request('GET', `${wachtrij}?${q}`, { as: 'behandelaar' })).json())
        .zaken as Array<{ referentie: string; bestuursnummer: string }>
    // Across besturen: a zaak of either bestuur by its referentie.
    for (const nr of ['41234', '40567']) {
      const ref = alle.find((x) => x.bestuursnummer === nr)!.referentie
      expect((await ask(`zoek=${ref.toLowerCase()}`)).map((x) => x.referentie)).toEqual([ref])
    }
    expect(await ask('zoek=opvan')).toEqual([])
  })

  it('is DUO’s alone: a medewerker bekostiging and another DUO role get 403 with the reason', async () => {
    const m = await weigering(
      await t.request('GET', wachtrij, { as: 'medewerker-bekostiging' }),
      403,
    )
    expect(m.nl).toMatch(/DUO behandelaar bekostiging/)
    await weigering(await t.request('GET', wachtrij, { as: 'helpdeskmedewerker' }), 403)
    const id = demoId('bekostiging:aanvraag:a-ingediend-opvang')
    const voor = await stand(t)
    await weigering(
      await t.request('POST', aanvraag(id, '/in-behandeling'), { as: 'medewerker-bekostiging' }),
      403,
    )
    await weigering(
      await t.request('POST', aanvraag(id, '/besluit'), {
        as: 'helpdeskmedewerker',
        json: { besluit: 'afgewezen', bedragCenten: 0, motivering: 'Niet volgens de regels.' },
      }),
      403,
    )
    // A concept does not exist for DUO.
    await weigering(
      await t.request('GET', aanvraag(demoId('bekostiging:aanvraag:a-concept-roma')), {
        as: 'behandelaar',
      }),
      404,
    )
    expect(await stand(t)).toEqual(voor)
  })

  it('takes an aanvraag in behandeling and grants it: beschikking in the archive and zaakdossier, funding line, timeline', async () => {
    const { id, referentie } = await ingediend(t)
    const neem = await t.request('POST', aanvraag(id, '/in-behandeling'), { as: 'behandelaar' })
    expect((await neem.json()).aanvraag).toMatchObject({
      status: 'in-behandeling',
      behandelaarNaam: 'Frank de Graaf',
    })
    await weigering(
      await t.request('POST', aanvraag(id, '/in-behandeling'), { as: 'behandelaar' }),
      409,
      'al-in-behandeling',
    )
    const fout = await t.request('POST', aanvraag(id, '/besluit'), {
      as: 'behandelaar',
      json: { besluit: 'toegekend', bedragCenten: 0, motivering: 'kort' },
    })
    const body = await weigering(fout, 400, 'ongeldige-invoer')
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'bedragCenten',
      'motivering',
    ])
    const res = await t.request('POST', aanvraag(id, '/besluit'), {
      as: 'behandelaar',
      json: {
        besluit: 'toegekend',
        bedragCenten: 1_250_000,
        motivering: 'Vier leerlingen korter dan een jaar in Nederland op de peildatum.',
      },
    })
    expect(res.status).toBe(201)
    const besluit = await res.json()
    expect(besluit.aanvraag.status).toBe('toegekend')
    expect(besluit.beschikking.referentie).toMatch(/^BS-2022-\d{6}$/)
    const archief = await t
      .platformOf('bekostiging')
      .documenten.lijst('41234', { zaakReferentie: referentie })
    expect(archief.documenten.map((d) => d.soort).sort()).toEqual(['beschikking', 'bevestiging'])
    const pdf = await t.request(
      'GET',
      `/api/bekostiging/zaakdossier/documenten/${besluit.beschikking.documentId}`,
      { as: 'raadpleger' },
    )
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
    await weigering(
      await t.request(
        'GET',
        `/api/bekostiging/zaakdossier/documenten/${besluit.beschikking.documentId}`,
        { as: 'bekostiging-b' },
      ),
      404,
    )
    const zaak = await (
      await t.request('GET', `/api/bekostiging/zaakdossier/aanvragen/${id}`, { as: 'raadpleger' })
    ).json()
    expect(
      zaak.tijdlijn.map((s: { soort: string; kant: string }) => `${s.soort}/${s.kant}`),
    ).toEqual(['ingediend/bestuur', 'in-behandeling/duo', 'besloten/duo'])
    expect(zaak.beschikking).toMatchObject({
      besluit: 'toegekend',
      bedragCenten: 1_250_000,
      datum: '2022-05-02',
    })
    expect(zaak.bezwaar).toEqual({ mogelijkTot: '2022-06-13', open: true })
    const bekostiging = await (
      await t.request('GET', '/api/bekostiging/raadplegen?jaar=2022&school=12AB', {
        as: 'medewerker-bekostiging',
      })
    ).json()
    expect(
      bekostiging.bijzonder.some(
        (r: { omschrijving: string; bedragCenten: number }) =>
          r.omschrijving.includes(referentie) && r.bedragCenten === 1_250_000,
      ),
    ).toBe(true)
    // Decided: no second decision, no withdrawal.
    await weigering(
      await t.request('POST', aanvraag(id, '/besluit'), {
        as: 'behandelaar',
        json: { besluit: 'afgewezen', bedragCenten: 0, motivering: 'Toch niet volgens de regels.' },
      }),
      409,
      'al-besloten',
    )
    await weigering(
      await t.request('POST', `/api/bekostiging/aanvragen/${id}/intrekken`, {
        as: 'medewerker-bekostiging',
      }),
      409,
      'al-besloten',
    )
  })

  it('refuses to decide on a withdrawn aanvraag, and a refusal grants no money', async () => {
    const { id } = await ingediend(t)
    await t.request('POST', `/api/bekostiging/aanvragen/${id}/intrekken`, {
      as: 'medewerker-bekostiging',
    })
    const voor = await stand(t)
    await weigering(
      await t.request('POST', aanvraag(id, '/besluit'), {
        as: 'behandelaar',
        json: {
          besluit: 'toegekend',
          bedragCenten: 100,
          motivering: 'Voldoet aan de voorwaarden.',
        },
      }),
      409,
      'ingetrokken',
    )
    expect(await stand(t)).toEqual(voor)
    const ander = await ingediend(t, 'medewerker-bekostiging', '34CD')
    const teVeel = await t.request('POST', aanvraag(ander.id, '/besluit'), {
      as: 'behandelaar',
      json: { besluit: 'afgewezen', bedragCenten: 5, motivering: 'Niet genoeg leerlingen.' },
    })
    await weigering(teVeel, 400, 'ongeldige-invoer')
    const res = await t.request('POST', aanvraag(ander.id, '/besluit'), {
      as: 'behandelaar',
      json: {
        besluit: 'afgewezen',
        bedragCenten: 0,
        motivering: 'Niet genoeg leerlingen volgens ROD.',
      },
    })
    expect(res.status).toBe(201)
    expect((await stand(t)).regels).toBe(voor.regels)
  })

  it('decides on a bezwaar: beslissing op bezwaar in the archive, timeline of both zaken', async () => {
    const id = demoId('bekostiging:bezwaar:b-bezwaar-ovt')
    const detail = await (
      await t.request('GET', `${wachtrij}/bezwaren/${id}`, { as: 'behandelaar' })
    ).json()
    expect(detail.bezwaar).toMatchObject({
      status: 'ingediend',
      bestuursnummer: '40567',
      onderwerp: 'vaststelling',
    })
    expect(detail.vaststelling.teldatum).toBe('2022-02-01')
    await weigering(
      await t.request('GET', `/api/bekostiging/zaakdossier/bezwaren/${id}`, {
        as: 'medewerker-bekostiging',
      }),
      404,
    )
    const res = await t.request('POST', `${wachtrij}/bezwaren/${id}/beslissing`, {
      as: 'behandelaar',
      json: {
        beslissing: 'gegrond',
        motivering: 'De andere school had de leerlingen inderdaad vóór de teldatum uitgeschreven.',
      },
    })
    expect(res.status).toBe(201)
    expect((await res.json()).bezwaar.status).toBe('gegrond')
    const zaak = await (
      await t.request('GET', `/api/bekostiging/zaakdossier/bezwaren/${id}`, { as: 'bekostiging-b' })
    ).json()
    expect(zaak.tijdlijn.map((s: { soort: string }) => s.soort)).toEqual([
      'bezwaar-ingediend',
      'bezwaar-besloten',
    ])
    expect(zaak.documenten.map((d: { soort: string }) => d.soort)).toEqual([
      'bevestiging',
      'beschikking',
    ])
    await weigering(
      await t.request('POST', `${wachtrij}/bezwaren/${id}/beslissing`, {
        as: 'behandelaar',
        json: { beslissing: 'ongegrond', motivering: 'Toch niet, bij nader inzien.' },
      }),
      409,
      'al-besloten',
    )
  })
})
