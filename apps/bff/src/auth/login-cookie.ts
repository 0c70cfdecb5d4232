import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'

const LOGIN = 'duo-login'

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
