import type { AppType } from '@duo/bff/app-type'
import { usePortal } from '@duo/portal-sdk'
import { useApi } from '@duo/portal-sdk/api'

/** A field problem as the BFF names it (400 `ongeldige-invoer`). */
export interface FieldProblem {
  veld: string
  nl: string
  en: string
}

/** An error answer of the BFF, with its message in both languages and its field problems. */
export class BeheerApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${status} ${code}: ${en}`)
  }
}

async function failure(res: Response): Promise<BeheerApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code: string; nl: string; en: string; details?: unknown }
    }
    if (body.error) {
      const details = Array.isArray(body.error.details)
        ? (body.error.details as FieldProblem[]).filter((d) => d && typeof d.veld === 'string')
        : []
      return new BeheerApiError(res.status, body.error.code, body.error.nl, body.error.en, details)
    }
  } catch {
    /* not JSON */
  }
  return new BeheerApiError(
    res.status,
    'onbekend',
    'Er ging iets mis. Probeer het later opnieuw.',
    'Something went wrong. Please try again later.',
  )
}

/** The JSON of a successful answer; a `BeheerApiError` otherwise. */
async function ok<T>(p: Promise<{ ok: boolean; json(): Promise<unknown> } & Response>): Promise<T> {
  const res = await p
  if (!res.ok) throw await failure(res)
  return (await res.json()) as T
}

type Client = ReturnType<typeof useApi<AppType>>['beheer']

/** The success JSON of a typed client call (error answers carry `{ error }`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches any client method
type JsonOf<F> = F extends (...args: any[]) => Promise<infer R>
  ? R extends { json(): Promise<infer J> }
    ? Exclude<J, { error: unknown }>
    : never
  : never

export type MijnRollen = JsonOf<Client['mijn-rollen']['$get']>
export type Autorisaties = JsonOf<Client['autorisaties']['$get']>
export type Persoon = Autorisaties['personen'][number]
export type Meldingen = JsonOf<Client['meldingen']['$get']>
export type Kandidaten = JsonOf<Client['aanmeldingen']['kandidaten']['$get']>
export type AanmeldingenLijst = JsonOf<Client['aanmeldingen']['$get']>
export type Aanmelding = AanmeldingenLijst['aanmeldingen'][number]
export type AanmeldingDetail = JsonOf<Client['aanmeldingen'][':id']['$get']>
export type Logboek = JsonOf<Client['logboek']['$get']>
export type LogEntry = Logboek['entries'][number]

export interface LogFilter {
  actie?: string
  van?: string
  tot?: string
  persoonId?: string
  bestuursnummer?: string
}

function clean(filter: LogFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => typeof v === 'string' && v !== ''),
  ) as Record<string, string>
}

/** The beheer section's calls to the BFF (typed Hono RPC client on the portal's fetch). */
export function useBeheerApi() {
  const api = useApi<AppType>().beheer
  const portal = usePortal()
  return {
    mijnRollen: () => ok<MijnRollen>(api['mijn-rollen'].$get()),
    autorisaties: () => ok<Autorisaties>(api.autorisaties.$get()),
    toekennen: (json: {
      persoonId: string
      rol: string
      kenmerk: string
      vanaf?: string | null
      tot?: string | null
    }) => ok<unknown>(api.autorisaties.$post({ json })),
    intrekken: (id: string) =>
      ok<unknown>(api.autorisaties[':id'].intrekken.$post({ param: { id } })),
    meldingen: () => ok<Meldingen>(api.meldingen.$get()),
    meldingGezien: (rol: string) =>
      ok<unknown>(api.meldingen[':rol'].gezien.$post({ param: { rol } })),
    kandidaten: () => ok<Kandidaten>(api.aanmeldingen.kandidaten.$get()),
    aanmeldingen: (status?: string) =>
      ok<AanmeldingenLijst>(api.aanmeldingen.$get({ query: status ? { status } : {} } as never)),
    aanmelding: (id: string) =>
      ok<AanmeldingDetail>(api.aanmeldingen[':id'].$get({ param: { id } })),
    /** Multipart with the signed PDF: through the portal's fetch (cookies and CSRF header). */
    aanmelden: (form: FormData) =>
      ok<{ aanmelding: Aanmelding }>(
        portal.fetch('/api/beheer/aanmeldingen', { method: 'POST', body: form }),
      ),
    goedkeuren: (id: string) =>
      ok<unknown>(api.aanmeldingen[':id'].goedkeuren.$post({ param: { id } })),
    afwijzen: (id: string, reden: string) =>
      ok<unknown>(api.aanmeldingen[':id'].afwijzen.$post({ param: { id }, json: { reden } })),
    logboek: (filter: LogFilter, cursor?: number | null) =>
      ok<Logboek>(
        api.logboek.$get({
          query: { ...clean(filter), ...(cursor ? { cursor: String(cursor) } : {}) },
        }),
      ),
  }
}

/** Where the signed PDF of an aanmelding can be downloaded. */
export const bijlageUrl = (id: string) =>
  `/api/beheer/aanmeldingen/${encodeURIComponent(id)}/bijlage`

/** The CSV export of the log with the same filter. */
export function logboekCsvUrl(filter: LogFilter): string {
  const q = new URLSearchParams(clean(filter)).toString()
  return `/api/beheer/logboek.csv${q ? `?${q}` : ''}`
}
