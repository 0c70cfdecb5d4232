import { apiFoutUit, geenVerbinding, type ApiFout } from '@duo/portal-sdk/errors'
import { portalFetch } from './portal-fetch'

/** POSTs JSON to the BFF; returns the body, or the API's error (or no connection) as data. */
export async function postJson<T>(
  path: string,
  body: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: ApiFout }> {
  try {
    const res = await portalFetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await res.json().catch(() => null)) as unknown
    if (res.ok) return { ok: true, data: json as T }
    return { ok: false, error: apiFoutUit(res.status, json) }
  } catch {
    return { ok: false, error: geenVerbinding() }
  }
}
