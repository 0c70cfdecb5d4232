import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { createBffTestApp } from '../../testing/test-app'
import { cel, feedbackCsv } from './csv'

describe.each(dialectsUnderTest)('the feedback survey (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect, { now: '2022-04-02T10:00:00+02:00' })
  })
  afterAll(() => t.close())

  it('takes an answer from anyone, with no person attached unless they give an address', async () => {
    const res = await t.request('POST', '/api/portaal/feedback', {
      json: {
        pagina: '/helpdesk/meldingen',
        score: 2,
        beter: '=HYPERLINK("http://evil.example")',
        taal: 'en',
      },
      adres: '192.0.2.1',
    })
    expect(res.status).toBe(201)
    const rij = await t.db
      .selectFrom('feedback')
      .selectAll()
      .where('score', '=', 2)
      .where('taal', '=', 'en')
      .where('pagina', '=', '/helpdesk/meldingen')
      .orderBy('gegeven_op', 'desc')
      .executeTakeFirstOrThrow()
    expect(rij).toMatchObject({ email: null, goed: null })
    // A full URL (which might carry someone's query) is never stored as the page.
    await t.request('POST', '/api/portaal/feedback', {
      json: { pagina: 'https://x.example/?bsn=1', score: 5 },
      adres: '192.0.2.1',
    })
    expect(
      await t.db.selectFrom('feedback').select('pagina').where('pagina', 'like', '%bsn%').execute(),
    ).toEqual([])
  })

  it('refuses a score outside 1–5 and a bad address, per field', async () => {
    const res = await t.request('POST', '/api/portaal/feedback', {
      json: { pagina: '/', score: 6, email: 'geen' },
      adres: '192.0.2.2',
    })
    expect(res.status).toBe(400)
    expect((await res.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'email',
      'score',
    ])
  })

  it('limits answers per address', async () => {
    const statussen = []
    for (let i = 0; i < 11; i++)
      statussen.push(
        (
          await t.request('POST', '/api/portaal/feedback', {
            json: { pagina: '/', score: 4 },
            adres: '192.0.2.3',
          })
        ).status,
      )
    expect(statussen.filter((s) => s === 201)).toHaveLength(10)
    expect(statussen.at(-1)).toBe(429)
  })

  it('shows the redactie the results per page and per month, and only the redactie', async () => {
    expect((await t.request('GET', '/api/portaal/redactie/feedback')).status).toBe(401)
    expect(
      (await t.request('GET', '/api/portaal/redactie/feedback', { as: 'beheerder-po' })).status,
    ).toBe(403)
    const res = await t.request(
      'GET',
      '/api/portaal/redactie/feedback?van=2022-01-01&tot=2022-03-31',
      { as: 'redacteur' },
    )
    expect(res.status).toBe(200)
    const r = await res.json()
    expect(r.totaal).toBe(36)
    expect(r.perMaand.map((m: { maand: string }) => m.maand)).toEqual([
      '2022-01',
      '2022-02',
      '2022-03',
    ])
    expect(r.perPagina[0]).toMatchObject({
      pagina: expect.any(String),
      aantal: expect.any(Number),
      gemiddelde: expect.any(Number),
    })
    expect(
      r.verdeling.map((v: { aantal: number }) => v.aantal).reduce((a: number, b: number) => a + b),
    ).toBe(36)
    const een = await (
      await t.request('GET', '/api/portaal/redactie/feedback?pagina=/rod/', { as: 'redacteur' })
    ).json()
    expect(een.perPagina.map((p: { pagina: string }) => p.pagina)).toEqual(['/rod/'])
    expect(een.paginas).toContain('/helpdesk/meldingen')
    const slecht = await t.request('GET', '/api/portaal/redactie/feedback?van=gisteren', {
      as: 'redacteur',
    })
    expect(slecht.status).toBe(400)
  })

  it('exports CSV with semicolons, safe from formulas, for the redactie only (logged)', async () => {
    expect(
      (await t.request('GET', '/api/portaal/redactie/feedback/export.csv', { as: 'raadpleger' }))
        .status,
    ).toBe(403)
    const res = await t.request('GET', '/api/portaal/redactie/feedback/export.csv', {
      as: 'redacteur',
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="feedback-2022-04-0\d\.csv"$/,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    // A byte order mark first, so Excel reads UTF-8 (Response.text() would hide it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const tekst = new TextDecoder().decode(bytes)
    expect(tekst.startsWith('gegeven_op;pagina;score;goed;beter;email;taal\r\n')).toBe(true)
    expect(tekst).toContain(`;"'=HYPERLINK(""http://evil.example"")";`)
    const acties = await t.db
      .selectFrom('audit_log')
      .select('actie')
      .where('actie', '=', 'portaal.feedback.geexporteerd')
      .execute()
    expect(acties).toHaveLength(1)
  })
})

describe('CSV cells', () => {
  it('neutralises formulas and quotes what needs it', () => {
    expect(
      [
        '=1+1',
        '+31',
        '-2',
        '@SUM(A1)',
        '\tx',
        'gewoon',
        'a;b',
        'zei "ja"',
        'twee\nregels',
        null,
        4,
      ].map(cel),
    ).toEqual([
      "'=1+1",
      "'+31",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'gewoon',
      '"a;b"',
      '"zei ""ja"""',
      '"twee\nregels"',
      '',
      '4',
    ])
    expect(feedbackCsv([])).toBe('\uFEFFgegeven_op;pagina;score;goed;beter;email;taal\r\n')
  })
})
