import { dialectsUnderTest } from '@duo/server-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as OTPAuth from 'otpauth'
import {
  DEMO_TOTP_SECRET,
  createLegacyAccount,
  findByGebruikersnaam,
  hashPassword,
  demoPersoonId,
} from '@duo/server-kit/platform'
import { cookieFrom, createBffTestApp } from '../testing/test-app'

const BEFORE_APRIL = '2022-03-15T10:00:00+01:00'
const AFTER_APRIL = '2022-04-01T09:00:00+02:00'
const code = () =>
  new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(DEMO_TOTP_SECRET),
    digits: 6,
    period: 30,
  }).generate()

describe.each(dialectsUnderTest)('legacy logins and linking (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp(dialect, { now: BEFORE_APRIL })
  })
  afterAll(() => t.close())

  it('"Bestaande gebruikers kunnen tot 1 april 2022 gebruik blijven maken van hun gebruikersnaam en wachtwoord"', async () => {
    t.clock.set(BEFORE_APRIL)
    expect((await (await t.request('GET', '/api/login/opties')).json()).helpdeskWachtwoord).toBe(
      true,
    )
    const res = await t.request('POST', '/api/login/wachtwoord', {
      json: { gebruikersnaam: 'JDeVries ', wachtwoord: 'Welkom-2021!' },
    })
    expect(res.status).toBe(200)
    const me = await (await t.request('GET', '/api/me', { as: cookieFrom(res)! })).json()
    expect(me).toMatchObject({
      persoon: { naam: 'Jan de Vries' },
      machtigingen: ['mijn-helpdesk-po'],
      methode: 'helpdesk-wachtwoord',
      organisatie: { bestuursnummer: '41234' },
    })

    t.clock.set(AFTER_APRIL)
    expect((await (await t.request('GET', '/api/login/opties')).json()).helpdeskWachtwoord).toBe(
      false,
    )
    const late = await t.request('POST', '/api/login/wachtwoord', {
      json: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
    })
    expect(late.status).toBe(403)
    expect((await late.json()).code).toBe('helpdesk-wachtwoord-verlopen')
    expect(cookieFrom(late)).toBeNull()
  })

  it('"Voor nieuwe gebruikers wordt eHerkenning verplicht vanaf 1 januari 2022": an account made since then cannot use a password', async () => {
    t.clock.set(BEFORE_APRIL)
    await createLegacyAccount(
      t.db,
      {
        soort: 'helpdesk-wachtwoord',
        gebruikersnaam: 'nieuw2022',
        passwordHash: await hashPassword('Geheim-123!'),
        bestuursnummer: '41234',
        naam: 'Nieuwe Gebruiker',
      },
      new Date('2022-01-05T10:00:00Z'),
    )
    const res = await t.request('POST', '/api/login/wachtwoord', {
      json: { gebruikersnaam: 'nieuw2022', wachtwoord: 'Geheim-123!' },
    })
    expect(res.status).toBe(403)
    expect((await res.json()).code).toBe('nieuwe-gebruiker')
  })

  it('locks an account after five wrong passwords, also for the right one', async () => {
    t.clock.set(BEFORE_APRIL)
    await createLegacyAccount(
      t.db,
      {
        soort: 'helpdesk-wachtwoord',
        gebruikersnaam: 'slot',
        passwordHash: await hashPassword('Juist-123!'),
        bestuursnummer: '41234',
        naam: 'Slot',
      },
      new Date('2021-06-01T10:00:00Z'),
    )
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await t.request('POST', '/api/login/wachtwoord', {
            json: { gebruikersnaam: 'slot', wachtwoord: 'fout' },
          })
        ).status,
      ).toBe(401)
    }
    expect(
      (
        await t.request('POST', '/api/login/wachtwoord', {
          json: { gebruikersnaam: 'slot', wachtwoord: 'fout' },
        })
      ).status,
    ).toBe(423)
    const right = await t.request('POST', '/api/login/wachtwoord', {
      json: { gebruikersnaam: 'slot', wachtwoord: 'Juist-123!' },
    })
    expect(right.status).toBe(423)
    expect((await right.json()).nl).toContain('tijdelijk geblokkeerd')
  })

  it('gives the same answer for an unknown name as for a wrong password, and names empty fields', async () => {
    t.clock.set(BEFORE_APRIL)
    const unknown = await t.request('POST', '/api/login/wachtwoord', {
      json: { gebruikersnaam: 'bestaatniet', wachtwoord: 'x' },
    })
    expect(unknown.status).toBe(401)
    expect((await unknown.json()).code).toBe('onjuiste-gegevens')
    const empty = await t.request('POST', '/api/login/wachtwoord', {
      json: { gebruikersnaam: '', wachtwoord: '' },
    })
    expect(empty.status).toBe(400)
    const body = await empty.json()
    expect(body.velden.map((d: { veld: string }) => d.veld)).toEqual([
      'gebruikersnaam',
      'wachtwoord',
    ])
  })

  it('"Bestaande gebruikers kunnen voorlopig nog inloggen met hun token": username, password and a TOTP code', async () => {
    t.clock.set('2026-11-28T10:00:00+01:00')
    const res = await t.request('POST', '/api/login/token', {
      json: { gebruikersnaam: 'pbakker', wachtwoord: 'Token-2021!', code: code() },
    })
    expect(res.status).toBe(200)
    const me = await (await t.request('GET', '/api/me', { as: cookieFrom(res)! })).json()
    expect(me.persoon.id).toBe(demoPersoonId('token-gebruiker'))
    expect(me.machtigingen).toEqual(['mijn-duo'])
    expect(me.grants.map((g: { role: string }) => g.role)).toEqual(['medewerker-bekostiging'])
    // A code is good once.
    const replay = await t.request('POST', '/api/login/token', {
      json: { gebruikersnaam: 'pbakker', wachtwoord: 'Token-2021!', code: code() },
    })
    expect(replay.status).toBe(401)
    const wrong = await t.request('POST', '/api/login/token', {
      json: { gebruikersnaam: 'pbakker', wachtwoord: 'Token-2021!', code: '12345' },
    })
    expect(wrong.status).toBe(400)
  })

  it('closes token logins from the configured end date', async () => {
    const closing = await createBffTestApp(dialect, {
      now: '2023-02-01T10:00:00+01:00',
      env: { DUO_TOKEN_TOT: '2023-01-01' },
    })
    try {
      expect((await (await closing.request('GET', '/api/login/opties')).json()).token).toBe(false)
      const res = await closing.request('POST', '/api/login/token', {
        json: { gebruikersnaam: 'pbakker', wachtwoord: 'Token-2021!', code: code() },
      })
      expect(res.status).toBe(403)
      expect((await res.json()).code).toBe('token-verlopen')
      closing.clock.set('2022-12-31T10:00:00+01:00')
      expect((await (await closing.request('GET', '/api/login/opties')).json()).token).toBe(true)
    } finally {
      await closing.close()
    }
  })

  it('links an old helpdesk account once, on an eHerkenning session of the same bestuur', async () => {
    const other = await t.request('POST', '/api/account/koppelen', {
      as: 'beheerder-po-b',
      json: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
    })
    // Another bestuur's account answers like an unknown name, and is not even tried.
    expect(other.status).toBe(401)
    expect((await other.json()).code).toBe('onjuiste-gegevens')
    expect((await findByGebruikersnaam(t.db, 'jdevries'))?.failedAttempts).toBe(0)
    const wrong = await t.request('POST', '/api/account/koppelen', {
      as: 'helpdesk',
      json: { gebruikersnaam: 'jdevries', wachtwoord: 'fout' },
    })
    expect(wrong.status).toBe(401)
    const ok = await t.request('POST', '/api/account/koppelen', {
      as: 'helpdesk',
      json: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
    })
    expect(ok.status).toBe(200)
    expect((await findByGebruikersnaam(t.db, 'jdevries'))?.gekoppeldAanPersoonId).toBe(
      demoPersoonId('helpdesk'),
    )
    const me = await (await t.request('GET', '/api/me', { as: 'helpdesk' })).json()
    expect(me.gekoppeldeAccounts).toEqual(['jdevries'])
    const again = await t.request('POST', '/api/account/koppelen', {
      as: 'beheerder-po',
      json: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
    })
    expect(again.status).toBe(409)
  })
})
