import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialectsUnderTest, startTestSmtp, type TestSmtp } from '@duo/server-kit/testing'
import { lijstMails } from '@duo/server-kit/platform'
import { createBffTestApp } from '../../testing/test-app'
import { ruimPortaalOp } from '..'

/** The token of the newest confirmation mail to this address. */
async function tokenUit(t: Awaited<ReturnType<typeof createBffTestApp>>, aan: string) {
  const [mail] = await lijstMails(t.db, { aan, soort: 'bevestiging' })
  const m = /\/nieuwsbrief\/bevestigen\?t=([\w-]+)/.exec(mail?.tekst ?? '')
  if (!m) throw new Error(`geen bevestigingsmail aan ${aan}`)
  return m[1]!
}

describe.each(dialectsUnderTest)('the newsletter with double opt-in (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  let smtp: TestSmtp
  let adres = 10
  /** Every test its own client address: the limits per address stay out of the way. */
  const van = () => ({ adres: `203.0.113.${adres++}` })
  beforeAll(async () => {
    smtp = await startTestSmtp()
    t = await createBffTestApp(dialect, {
      now: '2022-02-01T10:00:00+01:00',
      mail: { smtpUrl: smtp.url },
    })
  })
  afterAll(async () => {
    await t.close()
    await smtp.stop()
  })

  it('sends a confirmation link and nothing else to an address that has not confirmed', async () => {
    const res = await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
      json: { email: ' Lisa@School.example ', onderwerpen: ['bekostiging', 'po'], taal: 'nl' },
      ...van(),
    })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ verstuurd: true })
    const [mail] = await lijstMails(t.db, { aan: 'lisa@school.example' })
    expect(mail).toMatchObject({
      soort: 'bevestiging',
      onderwerp: 'Bevestig uw aanmelding voor de nieuwsbrief van DUO',
    })
    expect(mail!.tekst).toContain('http://localhost:8080/nieuwsbrief/bevestigen?t=')
    // Only the hash of the token is stored.
    const rij = await t.db.selectFrom('nieuwsbrief_aanvraag').selectAll().executeTakeFirstOrThrow()
    expect(mail!.tekst).not.toContain(rij.token_hash)
    expect(rij.token_hash).toMatch(/^[0-9a-f]{64}$/)

    const uitgave = await t.request('POST', '/api/portaal/redactie/nieuwsbrief/uitgaven', {
      as: 'redacteur',
      json: {
        onderwerp: 'bekostiging',
        titel: 'Teldatum 1 februari',
        tekst: 'De teldatum nadert.',
      },
    })
    expect(await uitgave.json()).toEqual({ ontvangers: 0 })
    expect(await lijstMails(t.db, { aan: 'lisa@school.example', soort: 'nieuwsbrief' })).toEqual([])
  })

  it('refuses a tampered link and an expired one (after 48 hours), and then keeps nothing', async () => {
    await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
      json: { email: 'jan@school.example', onderwerpen: ['rod'] },
      ...van(),
    })
    const token = await tokenUit(t, 'jan@school.example')
    const vervalst = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const res = await t.request('POST', '/api/portaal/nieuwsbrief/bevestigen', {
      json: { token: vervalst },
      ...van(),
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({
      code: 'link-ongeldig',
      en: expect.stringContaining('invalid'),
    })

    t.clock.set('2022-02-03T10:00:01+01:00')
    const laat = await t.request('POST', '/api/portaal/nieuwsbrief/bevestigen', {
      json: { token },
      ...van(),
    })
    expect(laat.status).toBe(410)
    expect(await laat.json()).toMatchObject({ code: 'link-verlopen' })
    // The sweep removes every request older than 48 hours (Lisa's too).
    expect(await ruimPortaalOp(t)).toBe(1)
    expect(await t.db.selectFrom('nieuwsbrief_aanvraag').selectAll().execute()).toEqual([])
    t.clock.set('2022-02-01T10:00:00+01:00')
  })

  it('sends an issue to confirmed subscribers of its topic only, each with one-click unsubscribe', async () => {
    await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
      json: { email: 'piet@school.example', onderwerpen: ['bekostiging'], taal: 'en' },
      ...van(),
    })
    await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
      json: { email: 'ria@school.example', onderwerpen: ['rio'] },
      ...van(),
    })
    const ok = await t.request('POST', '/api/portaal/nieuwsbrief/bevestigen', {
      json: { token: await tokenUit(t, 'piet@school.example') },
      ...van(),
    })
    expect(await ok.json()).toEqual({ bevestigd: true, onderwerpen: ['bekostiging'] })
    await t.request('POST', '/api/portaal/nieuwsbrief/bevestigen', {
      json: { token: await tokenUit(t, 'ria@school.example') },
      ...van(),
    })
    // A confirmation link works once.
    const nogmaals = await t.request('POST', '/api/portaal/nieuwsbrief/bevestigen', {
      json: { token: await tokenUit(t, 'piet@school.example') },
      ...van(),
    })
    expect(nogmaals.status).toBe(400)

    const res = await t.request('POST', '/api/portaal/redactie/nieuwsbrief/uitgaven', {
      as: 'redacteur',
      json: {
        onderwerp: 'bekostiging',
        titel: 'Teldatum 1 februari',
        tekst: 'De teldatum nadert.',
      },
    })
    expect(await res.json()).toEqual({ ontvangers: 1 })
    await t.composed.mail.verwerk()
    const mail = smtp.mails.find(
      (m) => m.aan[0] === 'piet@school.example' && m.onderwerp.startsWith('DUO nieuwsbrief'),
    )!
    expect(mail.onderwerp).toBe('DUO nieuwsbrief: Teldatum 1 februari')
    expect(mail.tekst).toContain(
      'Unsubscribe with one click: http://localhost:8080/nieuwsbrief/uitschrijven?t=',
    )
    expect(mail.kopregels.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const url = /^<(http:\/\/localhost:8080\/nieuwsbrief\/uitschrijven\?t=[\w-]+)>$/.exec(
      mail.kopregels.get('list-unsubscribe') ?? '',
    )![1]!
    expect(
      smtp.mails.some(
        (m) => m.aan[0] === 'ria@school.example' && m.onderwerp.startsWith('DUO nieuwsbrief'),
      ),
    ).toBe(false)

    // RFC 8058: the mail program POSTs to the header's URL, with no cookie and no CSRF header.
    const pad = url.replace('http://localhost:8080', '')
    const klik = await t.app.request(pad, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(klik.status).toBe(200)
    const weer = await t.request('POST', '/api/portaal/redactie/nieuwsbrief/uitgaven', {
      as: 'redacteur',
      json: { onderwerp: 'bekostiging', titel: 'Nog een', tekst: 'x' },
    })
    expect(await weer.json()).toEqual({ ontvangers: 0 })
    // The page's own call with the same token answers the same (already unsubscribed).
    const token = new URL(url).searchParams.get('t')!
    expect(
      (
        await t.request('POST', '/api/portaal/nieuwsbrief/uitschrijven', {
          json: { token },
          ...van(),
        })
      ).status,
    ).toBe(200)
  })

  it('limits subscriptions per address and per e-mail address', async () => {
    const adres = { adres: '198.51.100.7' }
    const statussen = []
    for (let i = 0; i < 6; i++)
      statussen.push(
        (
          await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
            json: { email: `x${i}@school.example`, onderwerpen: ['po'] },
            ...adres,
          })
        ).status,
      )
    expect(statussen).toEqual([202, 202, 202, 202, 202, 429])
    const perMail = []
    for (let i = 0; i < 4; i++)
      perMail.push(
        (
          await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
            json: { email: 'doelwit@school.example', onderwerpen: ['po'] },
            ...van(),
          })
        ).status,
      )
    expect(perMail).toEqual([202, 202, 202, 429])
  })

  it('refuses bad input per field, and the redactie part to anyone else', async () => {
    const res = await t.request('POST', '/api/portaal/nieuwsbrief/aanmelden', {
      json: { email: 'geen-adres', onderwerpen: [] },
      ...van(),
    })
    expect(res.status).toBe(400)
    expect((await res.json()).velden.map((v: { veld: string }) => v.veld).sort()).toEqual([
      'email',
      'onderwerpen',
    ])
    const json = { onderwerp: 'po', titel: 'x', tekst: 'y' }
    expect(
      (await t.request('POST', '/api/portaal/redactie/nieuwsbrief/uitgaven', { json })).status,
    ).toBe(401)
    expect(
      (
        await t.request('POST', '/api/portaal/redactie/nieuwsbrief/uitgaven', {
          as: 'beheerder-po',
          json,
        })
      ).status,
    ).toBe(403)
    expect(
      (await t.request('GET', '/api/portaal/redactie/nieuwsbrief', { as: 'helpdeskmedewerker' }))
        .status,
    ).toBe(403)
    const overzicht = await (
      await t.request('GET', '/api/portaal/redactie/nieuwsbrief', { as: 'redacteur' })
    ).json()
    expect(overzicht.perOnderwerp).toMatchObject({ rio: 1, bekostiging: 0 })
    expect(
      overzicht.uitgaven
        .map((u: { titel: string; ontvangers: number }) => `${u.titel}:${u.ontvangers}`)
        .sort(),
    ).toEqual(['Nog een:0', 'Teldatum 1 februari:0', 'Teldatum 1 februari:1'])
  })
})
