/** Shared set-up of bekostiging's API tests: the portal with this section and its demo data. */
import { expect } from 'vitest'
import type { DialectName } from '@duo/server-kit'
import { createTestApp, type TestApp } from '@duo/server-kit/testing'
import bekostigingApi from './index'
import type { BekostigingDb, BekostigingTables } from './tables'

/** A Monday in the spring of 2022: the dashboard (1 March) and Ovt (1 April) are open. */
export const NOW = '2022-05-02T10:00:00+02:00'
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
export const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])

export const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type })

export type BekostigingTestApp = TestApp

/** The portal with bekostiging and its demo data, at a fixed moment. */
export function bekostigingTestApp(dialect: DialectName, now = NOW): Promise<BekostigingTestApp> {
  return createTestApp(dialect, { now, sections: [bekostigingApi] })
}

export const dbOf = (t: TestApp) => t.platformOf('bekostiging').db as BekostigingDb

/** A snapshot of the section's tables, to show that a refused request changed nothing. */
export async function stand(t: TestApp) {
  const db = dbOf(t)
  const tel = async (tabel: keyof BekostigingTables) =>
    Number(
      (
        await db
          .selectFrom(tabel as 'bekostiging_bezwaar')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const aanvragen = await db
    .selectFrom('bekostiging_aanvraag')
    .select(['id', 'status', 'gegevens', 'updated_at'])
    .orderBy('id')
    .execute()
  return {
    aanvragen,
    bezwaren: await tel('bekostiging_bezwaar'),
    beschikkingen: await tel('bekostiging_beschikking'),
    gebeurtenissen: await tel('bekostiging_gebeurtenis'),
    regels: await tel('bekostiging_regel'),
    bijlagen: await tel('bekostiging_bijlage'),
  }
}

/** Expects the answer of a refusal: its status and the error contract. */
export async function weigering(res: Response, status: number, code?: string | RegExp) {
  expect(res.status).toBe(status)
  const body = (await res.json()) as {
    code: string
    nl: string
    en: string
    velden: Array<{ veld: string; nl: string; en: string }>
  }
  expect(body.nl.length).toBeGreaterThan(5)
  expect(body.en.length).toBeGreaterThan(5)
  if (code) expect(body.code).toMatch(code)
  return body
}

/** Fields of an eerste opvang aanvraag for peildatum 1 February 2022 that may be submitted until 1 March 2022. */
export const OPVANG = {
  instellingscode: '12AB',
  peildatum: '2022-02-01',
  leerlingen: ['2021-06-01', '2021-09-01', '2021-12-01', '2022-01-15'].map((d, i) => ({
    leerlingnummer: `T-${i + 1}`,
    datumBinnenkomst: d,
    datumToelating: d,
  })),
}
/** A moment inside that window. */
export const IN_VENSTER = '2022-02-10T10:00:00+01:00'

/** A concept of `as` (default the medewerker bekostiging of bestuur A); returns its id. */
export async function concept(
  t: TestApp,
  as = 'medewerker-bekostiging',
  gegevens: object = OPVANG,
  categorie = 'eerste-opvang',
) {
  const res = await t.request('POST', '/api/bekostiging/aanvragen', {
    as,
    json: { categorie, gegevens },
  })
  expect(res.status).toBe(201)
  return (await res.json()).aanvraag.id as string
}

/** A submitted aanvraag (the clock is set inside the window and back); returns id and referentie. */
export async function ingediend(t: TestApp, as = 'medewerker-bekostiging', school = '12AB') {
  const id = await concept(t, as, { ...OPVANG, instellingscode: school })
  const terug = t.clock.fixed
  t.clock.set(IN_VENSTER)
  const res = await t.request('POST', `/api/bekostiging/aanvragen/${id}/indienen`, { as })
  t.clock.set(terug)
  expect(res.status).toBe(200)
  return { id, referentie: (await res.json()).aanvraag.referentie as string }
}

/**
 * Walks a list page by page, forward by the cursor `volgende` (`?na=`) and back by `vorige`
 * (`?voor=`): the same rows in the same order as one large page, each once; `?pagina=2` is
 * the second page too, and a cursor that is not one answers 400. Returns the rows' ids.
 */
export async function doorbladeren(
  t: TestApp,
  pad: string,
  as: string,
  lijst: string,
  aantal = 3,
): Promise<string[]> {
  type Antwoord = Record<string, unknown> & {
    volgende: string | null
    vorige: string | null
    pagina: number
  }
  const vraag = async (q: string): Promise<Antwoord> => {
    const res = await t.request('GET', `${pad}${pad.includes('?') ? '&' : '?'}${q}`, { as })
    expect(res.status).toBe(200)
    return (await res.json()) as Antwoord
  }
  const ids = (a: Antwoord) => (a[lijst] as Array<{ id: string }>).map((r) => r.id)
  const alles = await vraag('aantal=100')
  expect(alles.volgende).toBeNull()
  expect(alles.vorige).toBeNull()
  expect(ids(alles).length).toBeGreaterThan(aantal)

  let p = await vraag(`aantal=${aantal}`)
  expect(p.vorige).toBeNull()
  const vooruit = [p]
  while (p.volgende) {
    p = await vraag(`aantal=${aantal}&pagina=${p.pagina + 1}&na=${p.volgende}`)
    vooruit.push(p)
  }
  expect(vooruit.flatMap(ids)).toEqual(ids(alles))
  expect(vooruit.slice(0, -1).every((x) => ids(x).length === aantal)).toBe(true)

  const terug = [p]
  while (p.vorige) {
    p = await vraag(`aantal=${aantal}&voor=${p.vorige}`)
    terug.unshift(p)
  }
  expect(terug.map(ids)).toEqual(vooruit.map(ids))
  expect(terug[0]!.vorige).toBeNull()

  expect(ids(await vraag(`aantal=${aantal}&pagina=2`))).toEqual(ids(vooruit[1]!))
  for (const fout of ['na=niet-een-cursor', 'voor=W10', 'na=%25%25'])
    await weigering(
      await t.request('GET', `${pad}${pad.includes('?') ? '&' : '?'}${fout}`, { as }),
      400,
      'ongeldige-invoer',
    )
  return ids(alles)
}
