import { apiFoutUit, geenVerbinding, type ApiFout } from '@duo/portal-sdk/errors'
import { portalFetch } from './portal-fetch'

/**
 * Calls of the portal's own features (`/api/portaal/…`): the body, or the API's error as an
 * `ApiFout` thrown (one shape: `{ code, nl, en, velden }`), or "no connection".
 */
export async function portaal<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  let res: Response
  try {
    res = await portalFetch(`/api/portaal${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    })
  } catch {
    throw geenVerbinding()
  }
  const json = (await res.json().catch(() => null)) as unknown
  if (!res.ok) throw apiFoutUit(res.status, json) as ApiFout
  return json as T
}

/** "12 kB", "1,2 MB" in the language. */
export function grootte(bytes: number, locale: 'nl' | 'en'): string {
  const kb = bytes / 1024
  const fmt = (n: number) =>
    n.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 })
  return kb < 1024 ? `${fmt(Math.max(1, Math.round(kb)))} kB` : `${fmt(kb / 1024)} MB`
}

/** "1 maart 2022" / "1 March 2022" for a `YYYY-MM-DD` day. */
export function dag(d: string, locale: 'nl' | 'en'): string {
  return new Date(`${d}T12:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
