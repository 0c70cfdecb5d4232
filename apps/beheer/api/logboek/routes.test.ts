import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  A,
  B,
  aanmelden,
  beheerTestApp,
  id,
  toekennen,
  type BeheerTestApp,
  type Json,
} from '../test-support'

describe.each(dialectsUnderTest)('beheer API: logboek (%s)', (dialect) => {
  let t: BeheerTestApp
  beforeAll(async () => {
    t = await beheerTestApp(dialect)
    // Something to log in both besturen: a grant in A, an aanmelding in B.
    const res = await toekennen(t, 'beheerder-po', {
      persoonId: id('nieuw'),
      rol: 'po-informatiediensten',
      kenmerk: A,
    })
    expect(res.status).toBe(201)
    await aanmelden(t, 'beheerder-po-b', { beheerderBekostiging: id('bekostiging-b') })
  })
  afterAll(() => t.close())

  const logboek = async (query: string, as: string) =>
    (await t.request('GET', `/api/beheer/logboek${query}`, { as })).json()

  it('shows a beheerder the log of his own bestuur only, filtered, with readable labels', async () => {
    const b = await logboek('?actie=beheer.rol.toegekend', 'beheerder-po-b')
    expect(b.entries.every((e: Json) => e.bestuursnummer === B)).toBe(true)
    const a = await logboek('?actie=beheer.rol.toegekend', 'beheerder-po')
    expect(a.entries.length).toBeGreaterThan(0)
    expect(
      a.entries.every((e: Json) => e.bestuursnummer === A && e.actie === 'beheer.rol.toegekend'),
    ).toBe(true)
    expect(a.entries[0].onderwerpNaam).toBe('Lars Hendriks')
    expect(a.entries[0].actieNaam).toEqual({ nl: 'Rol toegekend', en: 'Role assigned' })
    expect(a.entries[0].rolNaam.nl).toBeTruthy()
    // The filter offers today's actions of every section and the portal, with their labels.
    const acties = a.acties.map((x: Json) => x.actie)
    expect(acties).toEqual(
      expect.arrayContaining([
        'beheer.rol.toegekend',
        'beheer.rol.ingetrokken',
        'beheer.aanmelding.ingediend',
        'beheer.aanmelding.goedgekeurd',
        'beheer.aanmelding.afgewezen',
        'portaal.login.gelukt',
      ]),
    )
    expect(acties).not.toContain('rol.toegekend')
    expect(a.acties.find((x: Json) => x.actie === 'beheer.aanmelding.ingediend').naam.nl).toBe(
      'Aanmelding ingediend',
    )
    const none = await logboek('?van=2030-01-01', 'beheerder-po')
    expect(none.entries).toEqual([])
  })

  it('finds and labels entries written under an action’s old name', async () => {
    await t.db
      .insertInto('audit_log')
      .values({
        id: randomUUID(),
        at: '2021-11-01T09:00:00.000Z',
        actie: 'rol.toegekend',
        actor_persoon_id: id('beheerder-po'),
        actor_omschrijving: 'Anouk Jansen (Beheerder po)',
        sessie_ref: null,
        onderwerp_persoon_id: id('raadpleger'),
        bestuursnummer: A,
        details: JSON.stringify({ rol: 'po-informatiediensten', kenmerk: A }),
      })
      .execute()
    const a = await logboek('?actie=beheer.rol.toegekend', 'beheerder-po')
    const oud = a.entries.find((e: Json) => e.actie === 'rol.toegekend')
    expect(oud).toMatchObject({
      onderwerpNaam: 'Daan Smit',
      actieNaam: { nl: 'Rol toegekend', en: 'Role assigned' },
    })
  })

  it('refuses the log to someone without a beheerder role and checks the filter', async () => {
    expect(
      (await t.request('GET', '/api/beheer/logboek', { as: 'medewerker-bekostiging' })).status,
    ).toBe(403)
    const bad = await t.request('GET', '/api/beheer/logboek?van=gisteren', { as: 'beheerder-po' })
    expect(bad.status).toBe(400)
    const body = await bad.json()
    expect(body.code).toBe('ongeldige-invoer')
    expect(body.velden[0].veld).toBe('van')
    expect(body.velden[0].nl).toContain('JJJJ-MM-DD')
    expect(body.velden[0].en).toContain('YYYY-MM-DD')
  })

  it('refuses a bestuursnummer that is not 5 digits with 400, in the list and the export', async () => {
    for (const path of ['/api/beheer/logboek', '/api/beheer/logboek.csv']) {
      for (const waarde of ['%0a', '4123', 'x%0d%0aSet-Cookie:%20a=b']) {
        const res = await t.request('GET', `${path}?bestuursnummer=${waarde}`, {
          as: 'servicedesk',
        })
        expect(res.status, `${path} ${waarde}`).toBe(400)
        expect((await res.json()).velden[0].veld).toBe('bestuursnummer')
      }
    }
  })

  it('lets the servicedesk see all besturen, or one', async () => {
    const body = await logboek('', 'servicedesk')
    const besturen = new Set(body.entries.map((e: Json) => e.bestuursnummer))
    expect(besturen.has(A) && besturen.has(B)).toBe(true)
    const alleenB = await logboek(`?bestuursnummer=${B}`, 'servicedesk')
    expect(alleenB.entries.length).toBeGreaterThan(0)
    expect(alleenB.entries.every((e: Json) => e.bestuursnummer === B)).toBe(true)
    const csv = await t.request('GET', `/api/beheer/logboek.csv?bestuursnummer=${B}`, {
      as: 'servicedesk',
    })
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="logboek-${B}-2022-03-01.csv"`,
    )
  })

  it('exports CSV with escaping and without formula injection', async () => {
    const evil = randomUUID()
    await t.db
      .insertInto('persoon')
      .values({
        id: evil,
        naam: '=HYPERLINK("http://x","klik"), "quoted"',
        email: null,
        created_at: new Date().toISOString(),
      })
      .execute()
    await t.db
      .insertInto('eherkenning_identiteit')
      .values({
        id: randomUUID(),
        persoon_id: evil,
        legal_subject_kvk: '30123456',
        acting_subject_id: 'EH-EVIL',
        intermediair_kvk: null,
        first_seen_at: new Date().toISOString(),
        last_seen_at: new Date().toISOString(),
      })
      .execute()
    expect(
      (
        await toekennen(t, 'beheerder-po', {
          persoonId: evil,
          rol: 'po-informatiediensten',
          kenmerk: A,
        })
      ).status,
    ).toBe(201)
    const res = await t.request('GET', '/api/beheer/logboek.csv', { as: 'beheerder-po' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const text = await res.text()
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      '"tijdstip","actie","door","sessie","persoon","bestuursnummer","rol","kenmerk","vanaf","tot","reden","details"',
    )
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik""), ""quoted"""`)
    expect(text).not.toMatch(/(^|,)"=/m)
    expect(lines.filter((l) => l).every((l) => l.startsWith('"'))).toBe(true)
    expect(lines.some((l) => l.includes('"40567"'))).toBe(false)
    expect(text).toContain('"beheer.rol.toegekend"')
  })
})
