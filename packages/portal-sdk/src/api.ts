import { hc } from 'hono/client'
import type { Hono } from 'hono'
import { usePortal } from './context'
import { CSRF_HEADER, NIET_INGELOGD_EVENT } from './contract'
import { ApiFout, apiFoutUit, geenVerbinding } from './errors'

export { ApiFout, isApiFout, type ApiFoutBody, type VeldFout } from './errors'

/*
 * A subpath (`@duo/portal-sdk/api`), not part of the shared singleton: only sections that call
 * the BFF through Hono RPC bundle hono/client, and the shell's first page does not load it.
 */

/**
 * A typed Hono RPC client for one section's API (`/api/<section>`), built from that section's
 * own API type, using the portal's fetch (cookies, CSRF header).
 * @example
 * import type { HelpdeskApi } from '../../api'
 * const api = useSectionApi<HelpdeskApi>('helpdesk')
 * const lijst = await unwrap(api.meldingen.$get({ query: {} }))
 */
// The return type is spelled out: inferred, the declarations would name hono's internal files.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors hc's own constraint
export function useSectionApi<T extends Hono<any, any, any>>(
  section: string,
): ReturnType<typeof hc<T>> {
  const portal = usePortal()
  const origin = globalThis.location?.origin ?? 'http://localhost'
  return hc<T>(`${origin}/api/${section}`, { fetch: portal.fetch })
}

type Antwoord = { ok: boolean; status: number; json(): Promise<unknown> }
/** The body of a successful answer: error bodies (`{ code, nl, en }`) are left out of the type. */
export type SuccesVan<R extends Antwoord> = Exclude<
  Awaited<ReturnType<R['json']>>,
  { code: string; nl: string; en: string }
>

/**
 * The JSON of a successful answer; throws an `ApiFout` for an error answer or no answer.
 * @example
 * const { meldingen } = await unwrap(api.meldingen.$get({ query: { pagina: '1' } }))
 */
export async function unwrap<R extends Antwoord>(request: Promise<R>): Promise<SuccesVan<R>> {
  let res: R
  try {
    res = await request
  } catch (err) {
    if (err instanceof ApiFout) throw err
    throw geenVerbinding()
  }
  const body = await res.json().catch(() => null)
  if (!res.ok) throw apiFoutUit(res.status, body)
  return body as SuccesVan<R>
}

/**
 * Sends a form with files and reports upload progress (0–100); fetch cannot report that, so
 * this uses XMLHttpRequest with the portal's CSRF header and same-origin cookies.
 * @example
 * const melding = await uploadForm<{ id: string }>('/api/helpdesk/meldingen', form, (p) => (voortgang.value = p))
 */
export function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader(CSRF_HEADER, '1')
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.withCredentials = false
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    options.signal?.addEventListener('abort', () => xhr.abort())
    xhr.onabort = () =>
      reject(new ApiFout(0, 'afgebroken', 'Het versturen is afgebroken.', 'Sending was cancelled.'))
    xhr.onerror = () => reject(geenVerbinding())
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        /* not JSON: handled below */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T)
      // The session is gone: the shell keeps the form's input and offers to log in again.
      const code = (body as { code?: unknown } | null)?.code
      if (xhr.status === 401 && (typeof code !== 'string' || code === 'niet-ingelogd'))
        globalThis.dispatchEvent?.(new CustomEvent(NIET_INGELOGD_EVENT, { detail: { path } }))
      reject(apiFoutUit(xhr.status, body))
    }
    xhr.send(form)
  })
}
