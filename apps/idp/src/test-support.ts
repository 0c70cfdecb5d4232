/**
 * Test support: a minimal "browser" for the broker (cookie jar, manual redirects, forms
 * that submit themselves) and an openid-client relying party. Used by the tests only.
 */
import * as oidc from 'openid-client'

const REDIRECTS = new Set([301, 302, 303, 307, 308])

export function unescapeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export interface FormData {
  action: string
  fields: URLSearchParams
}

/** The first form with method post and its hidden inputs. */
export function parseForm(html: string, actionPattern?: RegExp): FormData | undefined {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)]
  for (const [, attrs = '', inner = ''] of forms) {
    const action = /action="([^"]*)"/.exec(attrs)?.[1]
    if (action === undefined || !/method="post"/i.test(attrs)) continue
    if (actionPattern && !actionPattern.test(unescapeHtml(action))) continue
    const fields = new URLSearchParams()
    for (const [input] of inner.matchAll(/<input\b[^>]*>/g)) {
      if (!/type="hidden"/.test(input)) continue
      const name = /name="([^"]*)"/.exec(input)?.[1]
      const value = /value="([^"]*)"/.exec(input)?.[1] ?? ''
      if (name) fields.append(unescapeHtml(name), unescapeHtml(value))
    }
    return { action: unescapeHtml(action), fields }
  }
  return undefined
}

export type NavigationResult =
  { kind: 'redirected'; url: URL } | { kind: 'page'; status: number; url: URL; html: string }

export class Browser {
  readonly cookies = new Map<string, string>()

  async request(
    url: URL,
    init: { method?: string; body?: URLSearchParams } = {},
  ): Promise<Response> {
    const headers = new Headers()
    if (this.cookies.size) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    }
    if (init.body) headers.set('content-type', 'application/x-www-form-urlencoded')
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      redirect: 'manual',
      ...(init.body ? { body: init.body.toString() } : {}),
    })
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = cookie.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.trim().split('=')
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0
        if (k.toLowerCase() === 'expires') return Date.parse(v) <= Date.now()
        return false
      })
      if (!value || expired) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return res
  }

  /**
   * Follows redirects and self-submitting forms (pages with `document.forms[0].submit()`)
   * until a redirect leaves for a URL starting with `stopAt`, or a page needs the user.
   */
  async navigate(
    start: URL,
    stopAt: string,
    init: { method?: string; body?: URLSearchParams } = {},
  ): Promise<NavigationResult> {
    let url = start
    let method = init.method ?? 'GET'
    let body = init.body
    for (let i = 0; i < 25; i++) {
      if (url.href.startsWith(stopAt)) return { kind: 'redirected', url }
      const res = await this.request(url, { method, ...(body ? { body } : {}) })
      if (REDIRECTS.has(res.status)) {
        await res.arrayBuffer()
        url = new URL(res.headers.get('location') ?? '', url)
        method = 'GET'
        body = undefined
        continue
      }
      const html = await res.text()
      const form = /document\.forms\[0\]\.submit\(\)/.test(html) ? parseForm(html) : undefined
      if (form) {
        url = new URL(form.action, url)
        method = 'POST'
        body = form.fields
        continue
      }
      return { kind: 'page', status: res.status, url, html }
    }
    throw new Error('too many redirects')
  }
}

export interface RelyingParty {
  config: oidc.Configuration
  redirectUri: string
  postLogoutRedirectUri: string
}

export async function relyingParty(
  issuer: string,
  clientId: string,
  clientSecret: string,
  redirectUri = 'http://localhost:8080/auth/callback',
  postLogoutRedirectUri = 'http://localhost:8080/',
): Promise<RelyingParty> {
  const config = await oidc.discovery(
    new URL(issuer),
    clientId,
    undefined,
    oidc.ClientSecretBasic(clientSecret),
    {
      execute: [oidc.allowInsecureRequests],
    },
  )
  return { config, redirectUri, postLogoutRedirectUri }
}

export interface LoginOutcome {
  claims: oidc.IDToken
  idToken: string
  accessToken: string
}

/** Starts an authorization code + PKCE request; returns where the browser ends up. */
export async function startLogin(
  rp: RelyingParty,
  browser: Browser,
  extra: Record<string, string> = {},
): Promise<{ result: NavigationResult; finish: (callback: URL) => Promise<LoginOutcome> }> {
  const verifier = oidc.randomPKCECodeVerifier()
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const url = oidc.buildAuthorizationUrl(rp.config, {
    redirect_uri: rp.redirectUri,
    scope: 'openid profile eherkenning',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  })
  const result = await browser.navigate(url, rp.redirectUri)
  const finish = async (callback: URL): Promise<LoginOutcome> => {
    const tokens = await oidc.authorizationCodeGrant(rp.config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    })
    const claims = tokens.claims()
    if (!claims || !tokens.id_token) throw new Error('no ID token')
    return { claims, idToken: tokens.id_token, accessToken: tokens.access_token }
  }
  return { result, finish }
}

/** Full login that must end at the callback without user interaction (e.g. by login_hint). */
export async function loginWithoutPicker(
  rp: RelyingParty,
  browser: Browser,
  extra: Record<string, string> = {},
): Promise<LoginOutcome> {
  const { result, finish } = await startLogin(rp, browser, extra)
  if (result.kind !== 'redirected') {
    throw new Error(
      `expected a redirect to the callback, got page ${result.status} at ${result.url.href}`,
    )
  }
  return finish(result.url)
}

/** Picks a persona on the picker page the browser is on. */
export async function pickPersona(
  browser: Browser,
  page: Extract<NavigationResult, { kind: 'page' }>,
  personaId: string,
  stopAt: string,
): Promise<NavigationResult> {
  const form = parseForm(page.html, /\/login$/)
  if (!form) throw new Error('no login form on the page')
  const body = new URLSearchParams(form.fields)
  body.set('persona', personaId)
  return browser.navigate(new URL(form.action, page.url), stopAt, { method: 'POST', body })
}
