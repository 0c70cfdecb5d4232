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
    expect(a.entries[0].voor).toBe('Lars Hendriks')
    expect(a.entries[0].actieNaam).toEqual({ nl: 'Rol toegekend', en: 'Role assigned' })
    expect(a.entries[0].details.rol).toEqual({
      nl: 'PO-informatiediensten',
      en: 'PO-informatiediensten',
    })
    expect(a.entries[0].wat.nl).toContain('Rol: PO-informatiediensten; Kenmerk: 41234')
    expect(a.entries[0].wat.en).toContain('Role: PO-informatiediensten')
    // The filter offers today's actions of every section and the portal, grouped by section.
    const alle = a.groepen.flatMap((g: Json) => g.acties)
    expect(a.groepen[0]).toMatchObject({ sectie: 'portaal', naam: { nl: 'Portaal', en: 'Portal' } })
    expect(a.groepen.map((g: Json) => g.sectie)).toContain('beheer')
    const acties = alle.map((x: Json) => x.actie)
    expect(acties).toEqual(
      expect.arrayContaining([
        'beheer.rol.toegekend',
        'beheer.rol.ingetrokken',
        'beheer.aanmelding.ingediend',
        'beheer.aanmelding.goedgekeurd',
        'beheer.aanmelding.afgewezen',
        'beheer.rol.periode-gewijzigd',
        'portaal.login.gelukt',
      ]),
    )
    expect(acties).not.toContain('rol.toegekend')
    expect(alle.find((x: Json) => x.actie === 'beheer.aanmelding.ingediend').naam.nl).toBe(
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
      voor: 'Daan Smit',
      sectie: 'beheer',
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

  it('leaves logins out unless asked, and names the bestuur under "Voor", never a bare number', async () => {
    await t.db
      .insertInto('audit_log')
      .values({
        id: randomUUID(),
        at: '2022-03-01T08:30:00.000Z',
        actie: 'portaal.login.gelukt',
        actor_persoon_id: id('beheerder-po'),
        actor_omschrijving: 'Anouk Jansen',
        sessie_ref: null,
        onderwerp_persoon_id: null,
        bestuursnummer: A,
        details: JSON.stringify({ methode: 'eherkenning', niveau: 'EH3', diensten: ['mijn-duo'] }),
      })
      .execute()
    const zonder = await logboek('', 'beheerder-po')
    expect(zonder.entries.some((e: Json) => e.actie === 'portaal.login.gelukt')).toBe(false)
    expect(zonder.entries.length).toBeGreaterThan(0)
    const met = await logboek('?logins=ja', 'beheerder-po')
    const login = met.entries.find((e: Json) => e.actie === 'portaal.login.gelukt')
    expect(login).toMatchObject({
      actieNaam: { nl: 'Ingelogd', en: 'Logged in' },
      sectie: 'portaal',
      voor: 'Stichting Openbaar Onderwijs De Linde (41234)',
    })
    expect(login.wat.nl).toBe(
      'Ingelogd met: eHerkenning; Betrouwbaarheidsniveau: EH3; Diensten: Mijn DUO voor zakelijke klanten',
    )
    // One action asked for: logins too, whatever the switch says.
    const alleenLogins = await logboek('?actie=portaal.login.gelukt', 'beheerder-po')
    expect(alleenLogins.entries.map((e: Json) => e.actie)).toEqual(['portaal.login.gelukt'])

    const b = await logboek('?actie=beheer.aanmelding.ingediend', 'beheerder-po-b')
    expect(b.entries[0].voor).toMatch(/^.+ \(\d{5}\)$/)
    expect(b.entries[0].voor.startsWith('Bestuur ')).toBe(false)
    expect(b.entries[0].wat.nl).toContain('Beheerder bekostiging en opleidingen: ')
    for (const e of [...met.entries, ...b.entries]) expect(e.wat.nl && e.wat.en).toBeTruthy()
  })
})
