import { portalFetch } from './portal-fetch'

export interface ApiFailure {
  code: string
  nl: string
  en: string
  details?: Array<{ veld: string; melding: string }>
}

/** POSTs JSON to the BFF; returns the body, or the API's error (or a network error) as data. */
export async function postJson<T>(
  path: string,
  body: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: ApiFailure }> {
  try {
    const res = await portalFetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await res.json().catch(() => null)) as { error?: ApiFailure } | null
    if (res.ok) return { ok: true, data: json as T }
    return {
      ok: false,
      error: json?.error ?? {
        code: `http-${res.status}`,
        nl: 'Er ging iets mis. Probeer het opnieuw.',
        en: 'Something went wrong. Please try again.',
      },
    }
  } catch {
    return {
      ok: false,
      error: {
        code: 'netwerk',
        nl: 'Geen verbinding met DUO. Controleer uw internetverbinding.',
        en: 'No connection to DUO. Check your internet connection.',
      },
    }
  }
}
