/**
 * The findings of the attack on the running demo (issue "Hardening"), each as the request that
 * exposed it: every test here failed before the fix.
 */
import * as OTPAuth from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import {
  DEMO_TOTP_SECRET,
  findByGebruikersnaam,
  isLocked,
  listAudit,
  resetFailures,
} from '@duo/server-kit/platform'
import { createBffTestApp } from '../testing/test-app'

const NOW = '2022-03-15T10:00:00+01:00'
const totp = new OTPAuth.TOTP({
  secret: OTPAuth.Secret.fromBase32(DEMO_TOTP_SECRET),
  digits: 6,
  period: 30,
})
const foutCode = () => String((Number(totp.generate()) + 1) % 1_000_000).padStart(6, '0')

// Password hashing is slow on purpose: give these tests room on a busy machine.
describe.each(dialectsUnderTest)(
  'hardening of the credential checks (%s)',
  { timeout: 60_000 },
  (dialect) => {
    let t: Awaited<ReturnType<typeof createBffTestApp>>
    let adres = 0
    // Each test comes from its own address, so the per-address limit only bites where tested.
    const nieuwAdres = () => `10.0.${Math.floor(++adres / 250)}.${adres % 250}`
    beforeAll(async () => {
      t = await createBffTestApp(dialect, { now: NOW })
    }, 60_000)
    afterAll(() => t.close())

    async function ontgrendel(naam: string) {
      const account = (await findByGebruikersnaam(t.db, naam))!
      await resetFailures(t.db, account.id)
      await t.db.deleteFrom('platform_teller').execute()
    }

    it('1. a token code cannot be brute-forced: wrong codes count, lock, and are audited', async () => {
      await ontgrendel('pbakker')
      const ip = nieuwAdres()
      const statuses: number[] = []
      for (let i = 0; i < 8; i++) {
        const res = await t.request('POST', '/api/login/token', {
          adres: ip,
          json: { gebruikersnaam: 'pbakker', wachtwoord: 'Token-2021!', code: foutCode() },
        })
        statuses.push(res.status)
      }
      expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401])
      expect(statuses.slice(4).every((s) => s === 423)).toBe(true)
      const right = await t.request('POST', '/api/login/token', {
        adres: ip,
        json: { gebruikersnaam: 'pbakker', wachtwoord: 'Token-2021!', code: totp.generate() },
      })
      expect(right.status).toBe(423)
      const { entries } = await listAudit(t.db, { actie: 'portaal.login.mislukt' })
      expect(
        entries.filter((e) => e.details.reden === 'onjuiste-code').length,
      ).toBeGreaterThanOrEqual(4)
    })

    it('2. parallel wrong passwords cannot slip the right one past the lockout', async () => {
      await ontgrendel('jdevries')
      // Ten at once (the per-account rate limit allows ten), the right password among them.
      const attempts = Array.from({ length: 10 }, (_, i) =>
        t.request('POST', '/api/login/wachtwoord', {
          adres: nieuwAdres(),
          json: { gebruikersnaam: 'jdevries', wachtwoord: i === 9 ? 'Welkom-2021!' : `fout-${i}` },
        }),
      )
      const res = await Promise.all(attempts)
      // At most five reached the password check; every other one found the account locked.
      const gecontroleerd = res.filter((r) => r.status === 401 || r.status === 200)
      expect(gecontroleerd.length).toBeLessThanOrEqual(5)
      expect(res.filter((r) => r.status === 423).length).toBeGreaterThanOrEqual(5)
      // The right password is either one of the five checks (then it logs in, which clears the
      // count: allowed) or refused as locked; it never gets past five wrong ones. Which of the
      // two depends on the order the database serves the ten in.
      const goed = res[9]!.status
      expect([200, 423]).toContain(goed)
      if (goed === 423)
        expect(isLocked((await findByGebruikersnaam(t.db, 'jdevries'))!, new Date())).toBe(true)
      await ontgrendel('jdevries')
    })

    it('3. logins are rate limited per address and per account, with Retry-After', async () => {
      const ip = nieuwAdres()
      let last: Response | undefined
      for (let i = 0; i < 21; i++)
        last = await t.request('POST', '/api/login/wachtwoord', {
          adres: ip,
          json: { gebruikersnaam: `onbekend-${i}`, wachtwoord: 'x' },
        })
      expect(last!.status).toBe(429)
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(((await last!.json()) as { code: string }).code).toBe('te-veel-verzoeken')
      // One account from many addresses.
      await t.db.deleteFrom('platform_teller').execute()
      const perAccount = []
      for (let i = 0; i < 11; i++)
        perAccount.push(
          (
            await t.request('POST', '/api/login/wachtwoord', {
              adres: nieuwAdres(),
              json: { gebruikersnaam: 'iemand-anders', wachtwoord: 'x' },
            })
          ).status,
        )
      expect(perAccount.at(-1)).toBe(429)
    })

    it('3. password hashing is bounded: a flood gets "busy" instead of starving the BFF', async () => {
      await t.db.deleteFrom('platform_teller').execute()
      const flood = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          t.request('POST', '/api/login/wachtwoord', {
            adres: nieuwAdres(),
            json: { gebruikersnaam: `vloed-${i}`, wachtwoord: 'x' },
          }),
        ),
      )
      const druk = flood.filter((r) => r.status === 503)
      expect(druk.length).toBeGreaterThan(0)
      expect(druk[0]!.headers.get('retry-after')).toBe('2')
      expect(((await druk[0]!.json()) as { code: string }).code).toBe('te-druk')
      expect(flood.every((r) => r.status === 401 || r.status === 503)).toBe(true)
    })

    it('4. a large JSON body is refused before it is read, a malformed one in the error shape', async () => {
      const groot = await t.request('PUT', '/api/helpdesk/contactpersoon', {
        as: 'beheerder-po',
        body: JSON.stringify({ naam: 'x'.repeat(400 * 1024) }),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(groot.status).toBe(413)
      expect((await groot.json()).code).toBe('te-groot')
      const kapot = await t.request('PUT', '/api/helpdesk/contactpersoon', {
        as: 'beheerder-po',
        body: '{"naam":',
        headers: { 'Content-Type': 'application/json' },
      })
      expect(kapot.status).toBe(400)
      expect(await kapot.json()).toMatchObject({
        code: 'ongeldige-json',
        nl: expect.any(String),
        en: expect.any(String),
      })
    })

    it('4. an upload from someone without the machtiging is refused before its body is read', async () => {
      const cookie = await t.loginAs('beheerder-po', { machtigingen: ['mijn-duo'] })
      let gelezen = false
      // highWaterMark 0: pulled only when somebody reads it.
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            gelezen = true
            controller.enqueue(new Uint8Array(1024 * 1024))
          },
        },
        { highWaterMark: 0 },
      )
      const res = await t.app.request(
        '/api/helpdesk/meldingen',
        {
          method: 'POST',
          headers: {
            Cookie: cookie,
            'X-DUO-CSRF': '1',
            'Content-Type': 'multipart/form-data; boundary=x',
            'Content-Length': String(45 * 1024 * 1024),
          },
          body,
          duplex: 'half',
        } as RequestInit,
        { incoming: { socket: { remoteAddress: nieuwAdres() } } },
      )
      expect(res.status).toBe(403)
      expect(gelezen).toBe(false)
    })

    it('6. an intermediary cannot link an old account, and another bestuur’s account is never tried', async () => {
      const keten = await t.request('POST', '/api/account/koppelen', {
        as: 'administratiekantoor',
        adres: nieuwAdres(),
        json: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
      })
      expect(keten.status).toBe(403)
      expect((await keten.json()).code).toBe('geen-ketenmachtiging')
      const before = (await findByGebruikersnaam(t.db, 'jdevries'))!
      for (let i = 0; i < 6; i++) {
        const res = await t.request('POST', '/api/account/koppelen', {
          as: 'beheerder-po-b',
          adres: nieuwAdres(),
          json: { gebruikersnaam: 'jdevries', wachtwoord: `fout-${i}` },
        })
        expect(res.status).toBe(401)
      }
      const after = (await findByGebruikersnaam(t.db, 'jdevries'))!
      expect(after.failedAttempts).toBe(before.failedAttempts)
      expect(after.lockedUntil).toBe(before.lockedUntil)
      expect(after.gekoppeldAanPersoonId).toBeNull()
    })

    it('6. failed linking attempts on the own bestuur are attributed to the person who tried', async () => {
      await ontgrendel('jdevries')
      await t.request('POST', '/api/account/koppelen', {
        as: 'helpdesk',
        adres: nieuwAdres(),
        json: { gebruikersnaam: 'jdevries', wachtwoord: 'fout' },
      })
      const { entries } = await listAudit(t.db, { actie: 'portaal.login.mislukt', limit: 1 })
      expect(entries[0]).toMatchObject({
        actorOmschrijving: 'Karin Peters',
        bestuursnummer: '41234',
      })
      expect(entries[0]!.actorPersoonId).not.toBeNull()
    })

    it('9. a download keeps its own sandboxing policy; personal data is never cached', async () => {
      const lijst = await (
        await t.request('GET', '/api/helpdesk/archief', { as: 'helpdesk' })
      ).json()
      const res = await t.request(
        'GET',
        `/api/helpdesk/archief/${lijst.documenten[0].id}/download`,
        {
          as: 'helpdesk',
        },
      )
      expect(res.status).toBe(200)
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
      for (const path of [
        '/api/helpdesk/contact',
        '/api/helpdesk/overzicht',
        '/api/login/opties',
        '/api/me',
      ]) {
        const r = await t.request('GET', path, { as: 'helpdesk' })
        expect(r.headers.get('cache-control'), path).toContain('no-store')
      }
      const pagina = await t.request('GET', '/api/me', { as: 'helpdesk' })
      expect(pagina.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    })

    it('12. a page number in hex is not read as 16', async () => {
      const res = await t.request('GET', '/api/helpdesk/meldingen?pagina=0x10', { as: 'helpdesk' })
      expect(res.status).toBe(400)
      expect((await res.json()).velden[0].veld).toBe('pagina')
    })
  },
)
