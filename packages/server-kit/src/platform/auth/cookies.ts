import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

/**
 * `__Host-` cookies: Secure, Path=/, no Domain, so no sibling host can set or read them.
 * Chromium accepts Secure cookies on http://localhost (a secure context) for the demo.
 */
const SESSION = 'duo-sessie'

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
