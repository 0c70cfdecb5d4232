import type { AppType } from '@duo/bff/app-type'
import { CSRF_HEADER } from '@duo/portal-sdk'
import { PortalApiError, useApi } from '@duo/portal-sdk/api'

/** The helpdesk's typed client for the BFF (Hono RPC). */
export function useHelpdeskApi() {
  return useApi<AppType>()
}

export type HelpdeskApi = ReturnType<typeof useHelpdeskApi>

/** An error answer of the BFF, with the problems per field when the input was refused. */
export class ApiFout extends PortalApiError {
  constructor(
    status: number,
    code: string,
    nl: string,
    en: string,
    readonly velden: Array<{ veld: string; melding: string }> = [],
  ) {
    super(status, code, nl, en)
  }
}

const GEEN_VERBINDING = new ApiFout(
  0,
  'geen-verbinding',
  'Er is geen verbinding met de server. Probeer het opnieuw.',
  'There is no connection with the server. Please try again.',
)

function foutUit(status: number, body: unknown): ApiFout {
  const error = (
    body as { error?: { code?: string; nl?: string; en?: string; details?: unknown } } | null
  )?.error
  const velden = Array.isArray(error?.details)
    ? (error.details as Array<{ veld: string; melding: string }>)
    : []
  return new ApiFout(
    status,
    error?.code ?? 'onbekend',
    error?.nl ?? 'Er ging iets mis.',
    error?.en ?? 'Something went wrong.',
    velden,
  )
}

type Antwoord = { ok: boolean; status: number; json(): Promise<unknown> }
// Error bodies ({ error }) are typed too; a successful answer is any other body.
type SuccesVan<R extends Antwoord> = Exclude<Awaited<ReturnType<R['json']>>, { error: unknown }>

/**
 * The JSON of a successful answer of the typed client; an `ApiFout` otherwise.
 * @example
 * const lijst = await succes(api.helpdesk.meldingen.$get({ query: {} }))
 */
export async function succes<R extends Antwoord>(request: Promise<R>): Promise<SuccesVan<R>> {
  let res: R
  try {
    res = await request
  } catch {
    throw GEEN_VERBINDING
  }
  const body = await res.json().catch(() => null)
  if (!res.ok) throw foutUit(res.status, body)
  return body as SuccesVan<R>
}

/**
 * Sends a form with files and reports upload progress (0–100); fetch cannot report that, so
 * this uses XMLHttpRequest with the portal's CSRF header and same-origin cookies.
 */
export function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
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
    xhr.onerror = () => reject(GEEN_VERBINDING)
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        /* not JSON: handled below */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(foutUit(xhr.status, body))
    }
    xhr.send(form)
  })
}
