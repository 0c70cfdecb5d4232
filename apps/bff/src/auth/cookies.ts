import type { Context } from 'hono'
import { deleteCookie, getCookie, getSignedCookie, setCookie, setSignedCookie } from 'hono/cookie'

/**
 * `__Host-` cookies: Secure, Path=/, no Domain, so no sibling host can set or read them.
 * Chromium accepts Secure cookies on http://localhost (a secure context) for the demo.
 */
const SESSION = 'duo-sessie'
const LOGIN = 'duo-login'

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION, 'host')
}

export function writeSessionCookie(c: Context, rawId: string, maxAgeSeconds: number): void {
  // SameSite=Lax: the cookie must come along on the top-level redirect back from the broker.
  setCookie(c, SESSION, rawId, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: maxAgeSeconds,
  })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION, { prefix: 'host', path: '/', secure: true })
}

/** The login in progress (state, nonce, PKCE verifier): signed, HttpOnly, ten minutes. */
export interface PendingLogin {
  audience: 'portaal' | 'intern'
  state: string
  nonce: string
  codeVerifier: string
  returnTo: string
}

export async function writePendingLogin(
  c: Context,
  secret: string,
  pending: PendingLogin,
): Promise<void> {
  const value = Buffer.from(JSON.stringify(pending)).toString('base64url')
  await setSignedCookie(c, LOGIN, value, secret, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: 600,
  })
}

export async function readPendingLogin(c: Context, secret: string): Promise<PendingLogin | null> {
  const value = await getSignedCookie(c, secret, LOGIN, 'host')
  deleteCookie(c, LOGIN, { prefix: 'host', path: '/', secure: true })
  if (!value) return null
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as PendingLogin
  } catch {
    return null
  }
}
