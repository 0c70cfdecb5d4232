import { createHash } from 'node:crypto'
import * as oidc from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBroker, type Broker } from './broker.ts'
import { CLAIM, PERSONAS } from './personas.ts'
import {
  Browser,
  loginWithoutPicker,
  pickPersona,
  relyingParty,
  startLogin,
  type RelyingParty,
} from './test-support.ts'

const CALLBACK = 'http://localhost:8080/auth/callback'
const AFTER_LOGOUT = 'http://localhost:8080/'
const TITLE = 'eHerkenning testmakelaar (alleen demo)'

describe('eHerkenning test broker (demo mode)', () => {
  let broker: Broker
  let portaal: RelyingParty
  let intern: RelyingParty

  beforeAll(async () => {
    broker = await startBroker()
    portaal = await relyingParty(broker.issuer, 'duo-portaal', 'demo-secret-portaal')
    intern = await relyingParty(broker.issuer, 'duo-intern', 'demo-secret-intern')
  })
  afterAll(async () => {
    await broker?.close()
  })

  it('publishes standard discovery metadata (code + PKCE S256, eHerkenning acr values)', () => {
    const meta = portaal.config.serverMetadata()
    expect(meta.issuer).toBe(broker.issuer)
    expect(meta.code_challenge_methods_supported).toEqual(['S256'])
    expect(meta.response_types_supported).toEqual(['code'])
    expect(meta.scopes_supported).toContain('eherkenning')
    expect(meta.acr_values_supported).toEqual([
      'urn:etoegang:core:assurance-class:loa2',
      'urn:etoegang:core:assurance-class:loa2plus',
      'urn:etoegang:core:assurance-class:loa3',
      'urn:etoegang:core:assurance-class:loa4',
    ])
    expect(meta.end_session_endpoint).toBeDefined()
  })

  it('logs in by login_hint and puts the eHerkenning claims and acr in the ID token', async () => {
    const { claims, accessToken } = await loginWithoutPicker(portaal, new Browser(), {
      login_hint: 'beheerder-po',
    })
    expect(claims.iss).toBe(broker.issuer)
    expect(claims.aud).toBe('duo-portaal')
    expect(claims.sub).toBe('beheerder-po')
    expect(claims.acr).toBe('urn:etoegang:core:assurance-class:loa3')
    expect(claims.name).toBe('Anouk Jansen')
    expect(claims[CLAIM.legalSubjectId]).toBe('30123456')
    expect(claims[CLAIM.actingSubjectId]).toBe('EH-BEHEERDER-PO')
    expect(claims[CLAIM.serviceId]).toEqual(['mijn-duo', 'mijn-helpdesk-po'])
    expect(claims).not.toHaveProperty(CLAIM.intermediateKvk)
    expect(claims).not.toHaveProperty(CLAIM.duoMedewerker)

    // The same claims come from userinfo.
    const userinfo = await oidc.fetchUserInfo(portaal.config, accessToken, 'beheerder-po')
    expect(userinfo[CLAIM.actingSubjectId]).toBe('EH-BEHEERDER-PO')
  })

  it('releases intermediary, empty machtigingen and the EH2+ level for the special personas', async () => {
    const kantoor = await loginWithoutPicker(portaal, new Browser(), {
      login_hint: 'administratiekantoor',
    })
    expect(kantoor.claims[CLAIM.legalSubjectId]).toBe('30123456')
    expect(kantoor.claims[CLAIM.intermediateKvk]).toBe('30999999')
    expect(kantoor.claims[CLAIM.actingSubjectId]).toBe('EH-ADMINISTRATIEKANTOOR')

    const geen = await loginWithoutPicker(portaal, new Browser(), { login_hint: 'geen-machtiging' })
    expect(geen.claims[CLAIM.serviceId]).toEqual([])

    const eh2 = await loginWithoutPicker(portaal, new Browser(), {
      login_hint: 'verantwoording-eh2',
    })
    expect(eh2.claims.acr).toBe('urn:etoegang:core:assurance-class:loa2plus')
    expect(eh2.claims[CLAIM.actingSubjectId]).toBe('EH-VERANTWOORDING')

    const b = await loginWithoutPicker(portaal, new Browser(), { login_hint: 'bekostiging-b' })
    expect(b.claims[CLAIM.legalSubjectId]).toBe('30654321')

    const helpdesk = await loginWithoutPicker(portaal, new Browser(), { login_hint: 'helpdesk' })
    expect(helpdesk.claims.acr).toBe('urn:etoegang:core:assurance-class:loa2')
    expect(helpdesk.claims[CLAIM.serviceId]).toEqual(['mijn-helpdesk-po'])
  })

  it('keeps the OP session (SSO) and switches persona on a different login_hint', async () => {
    const browser = new Browser()
    const first = await loginWithoutPicker(portaal, browser, { login_hint: 'beheerder-po' })
    expect(first.claims[CLAIM.actingSubjectId]).toBe('EH-BEHEERDER-PO')

    // Without a hint the existing session is reused.
    const sso = await loginWithoutPicker(portaal, browser)
    expect(sso.claims.sub).toBe('beheerder-po')

    // A different hint switches persona while the session exists.
    const switched = await loginWithoutPicker(portaal, browser, { login_hint: 'raadpleger' })
    expect(switched.claims.sub).toBe('raadpleger')
    expect(switched.claims[CLAIM.actingSubjectId]).toBe('EH-RAADPLEGER')
    expect(switched.claims.acr).toBe('urn:etoegang:core:assurance-class:loa2plus')

    // Same person, lower level of assurance: also a switch.
    await loginWithoutPicker(portaal, browser, { login_hint: 'verantwoording' })
    const lower = await loginWithoutPicker(portaal, browser, { login_hint: 'verantwoording-eh2' })
    expect(lower.claims.sub).toBe('verantwoording-eh2')
    expect(lower.claims.acr).toBe('urn:etoegang:core:assurance-class:loa2plus')

    const again = await loginWithoutPicker(portaal, browser)
    expect(again.claims.sub).toBe('verantwoording-eh2')
  })

  it('shows the picker with the school-board personas, grouped and HTML-escaped, and logs in by picking', async () => {
    const browser = new Browser()
    const { result, finish } = await startLogin(portaal, browser)
    expect(result.kind).toBe('page')
    if (result.kind !== 'page') return
    expect(result.status).toBe(200)
    const html = result.html
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain(`<h1>${TITLE}</h1>`)
    expect(html).toContain('lang="en"')
    expect(html).toContain('Stichting Openbaar Onderwijs De Linde')
    expect(html).toContain('Stichting Katholiek Onderwijs Het Anker')
    expect(html).toContain('KvK 30123456')
    expect(html).toContain('Administratiekantoor Cijfer &amp; Co')
    expect(html).not.toContain('Cijfer & Co')
    expect(html).toContain('Mijn DUO voor zakelijke klanten')
    expect(html).toContain('Mijn Helpdesk po')
    expect(html).toContain('EH2+')
    for (const p of PERSONAS) {
      const shown = html.includes(`value="${p.id}"`)
      expect(shown, p.id).toBe(p.kind === 'eherkenning')
    }
    expect(html).not.toMatch(/<script/i)

    const picked = await pickPersona(browser, result, 'osr', CALLBACK)
    expect(picked.kind).toBe('redirected')
    if (picked.kind !== 'redirected') return
    const { claims } = await finish(picked.url)
    expect(claims.sub).toBe('osr')
    expect(claims[CLAIM.actingSubjectId]).toBe('EH-OSR')
  })

  it('escapes an unknown login_hint echoed on the picker', async () => {
    const { result } = await startLogin(portaal, new Browser(), {
      login_hint: '<script>alert("x")</script>',
    })
    expect(result.kind).toBe('page')
    if (result.kind !== 'page') return
    expect(result.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(result.html).not.toContain('<script>alert')
  })

  it('refuses a persona that does not belong to the client', async () => {
    const browser = new Browser()
    const { result } = await startLogin(portaal, browser, { login_hint: 'servicedesk' })
    expect(result.kind).toBe('page')
    if (result.kind !== 'page') return
    const refused = await pickPersona(browser, result, 'servicedesk', CALLBACK)
    expect(refused.kind).toBe('page')
    if (refused.kind === 'page') expect(refused.status).toBe(400)
  })

  it('logs DUO staff in via the internal client, with duo:medewerker and duo:rol and no LegalSubjectID', async () => {
    const browser = new Browser()
    const { claims } = await loginWithoutPicker(intern, browser, { login_hint: 'servicedesk' })
    expect(claims.aud).toBe('duo-intern')
    expect(claims[CLAIM.duoMedewerker]).toBe(true)
    expect(claims[CLAIM.duoRol]).toBe('duo-security-servicedesk')
    expect(claims).not.toHaveProperty(CLAIM.legalSubjectId)
    expect(claims.name).toBe('Ursula Koster')

    const helpdesk = await loginWithoutPicker(intern, new Browser(), {
      login_hint: 'helpdeskmedewerker',
    })
    expect(helpdesk.claims[CLAIM.duoRol]).toBe('duo-helpdeskmedewerker')

    // The internal client's picker lists only staff.
    const { result } = await startLogin(intern, new Browser())
    expect(result.kind).toBe('page')
    if (result.kind !== 'page') return
    for (const p of PERSONAS) {
      expect(result.html.includes(`value="${p.id}"`), p.id).toBe(p.kind === 'medewerker')
    }
  })

  it('does not let a school-board session into the internal client', async () => {
    const browser = new Browser()
    await loginWithoutPicker(portaal, browser, { login_hint: 'beheerder-po' })
    const { result } = await startLogin(intern, browser)
    expect(result.kind).toBe('page')
    if (result.kind === 'page') expect(result.html).toContain('Ursula Koster')
  })

  it('requires PKCE', async () => {
    const url = oidc.buildAuthorizationUrl(portaal.config, {
      redirect_uri: CALLBACK,
      scope: 'openid eherkenning',
      state: 'abc',
      login_hint: 'beheerder-po',
    })
    const result = await new Browser().navigate(url, CALLBACK)
    expect(result.kind).toBe('redirected')
    if (result.kind === 'redirected') {
      expect(result.url.searchParams.get('error')).toBe('invalid_request')
      expect(result.url.searchParams.get('error_description')).toMatch(/PKCE/)
    }
  })

  it('returns access_denied to the client when the user cancels', async () => {
    const browser = new Browser()
    const { result } = await startLogin(portaal, browser)
    if (result.kind !== 'page') throw new Error('expected the picker')
    const action = /action="(\/interaction\/[^"]+\/abort)"/.exec(result.html)?.[1]
    expect(action).toBeDefined()
    const back = await browser.navigate(new URL(action ?? '', result.url), CALLBACK, {
      method: 'POST',
      body: new URLSearchParams(),
    })
    expect(back.kind).toBe('redirected')
    if (back.kind === 'redirected') expect(back.url.searchParams.get('error')).toBe('access_denied')
  })

  it('ends the OP session on RP-initiated logout (auto-submitted) and redirects back', async () => {
    const browser = new Browser()
    const { idToken } = await loginWithoutPicker(portaal, browser, {
      login_hint: 'medewerker-bekostiging',
    })
    // Session exists: a login without hint goes straight back.
    expect((await startLogin(portaal, browser)).result.kind).toBe('redirected')

    const endSession = oidc.buildEndSessionUrl(portaal.config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: AFTER_LOGOUT,
      state: 'uitgelogd',
    })
    const out = await browser.navigate(endSession, AFTER_LOGOUT)
    expect(out.kind).toBe('redirected')
    if (out.kind === 'redirected') expect(out.url.searchParams.get('state')).toBe('uitgelogd')

    // Session gone: the picker is shown again.
    const after = await startLogin(portaal, browser)
    expect(after.result.kind).toBe('page')
    if (after.result.kind === 'page') expect(after.result.html).toContain(TITLE)
  })

  it('allows exactly the inline script of its self-submitting pages by CSP hash', async () => {
    const browser = new Browser()
    const { idToken } = await loginWithoutPicker(portaal, browser, { login_hint: 'osr' })
    const res = await browser.request(
      oidc.buildEndSessionUrl(portaal.config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: AFTER_LOGOUT,
      }),
    )
    const html = await res.text()
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(script).toContain('submit()')
    const hash = createHash('sha256').update(script).digest('base64')
    expect(res.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`)
    expect(html).toContain('name="logout" value="yes"')
  })

  it('serves a health check', async () => {
    const res = await fetch(new URL('/healthz', broker.issuer))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', demoMode: true })
  })
})

describe('eHerkenning test broker with IDP_DEMO_MODE=false', () => {
  let broker: Broker
  let portaal: RelyingParty

  beforeAll(async () => {
    broker = await startBroker({ demoMode: false })
    portaal = await relyingParty(broker.issuer, 'duo-portaal', 'demo-secret-portaal')
  })
  afterAll(async () => {
    await broker?.close()
  })

  it('ignores login_hint and shows the picker instead', async () => {
    const browser = new Browser()
    const { result, finish } = await startLogin(portaal, browser, { login_hint: 'beheerder-po' })
    expect(result.kind).toBe('page')
    if (result.kind !== 'page') return
    expect(result.html).toContain(TITLE)
    expect(result.html).toContain('demomodus staat uit')

    const picked = await pickPersona(browser, result, 'nieuw', CALLBACK)
    expect(picked.kind).toBe('redirected')
    if (picked.kind !== 'redirected') return
    const { claims } = await finish(picked.url)
    expect(claims.sub).toBe('nieuw')

    // And no persona switch by hint either: the session persona stays.
    const sso = await loginWithoutPicker(portaal, browser, { login_hint: 'beheerder-po' })
    expect(sso.claims.sub).toBe('nieuw')
  })
})
