import { usePortal } from '@duo/portal-sdk'
import { unwrap, useSectionApi } from '@duo/portal-sdk/api'
import type { BeheerApi } from '../api'

export interface LogFilter {
  actie?: string
  van?: string
  tot?: string
  persoonId?: string
  bestuursnummer?: string
  /** 'ja': logins and logouts too. */
  logins?: string
}

function clean(filter: LogFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => typeof v === 'string' && v !== ''),
  ) as Record<string, string>
}

type Client = ReturnType<typeof useSectionApi<BeheerApi>>

/**
 * The beheer section's calls to its own API (typed Hono RPC client on the portal's fetch).
 * Every call answers the JSON of success, or throws an `ApiFout` (`@duo/portal-sdk/api`).
 */
export function useBeheerApi() {
  const api = useSectionApi<BeheerApi>('beheer')
  const portal = usePortal()
  return {
    mijnRollen: () => unwrap(api['mijn-rollen'].$get()),
    autorisaties: () => unwrap(api.autorisaties.$get()),
    toekennen: (json: {
      persoonId: string
      rol: string
      kenmerk: string
      vanaf?: string | null
      tot?: string | null
    }) => unwrap(api.autorisaties.$post({ json })),
    intrekken: (id: string) => unwrap(api.autorisaties[':id'].intrekken.$post({ param: { id } })),
    periode: (id: string, json: { vanaf: string | null; tot: string | null }) =>
      unwrap(api.autorisaties[':id'].periode.$post({ param: { id }, json })),
    nieuweRollen: () => unwrap(api['nieuwe-rollen'].$get()),
    nieuweRolGezien: (rol: string) =>
      unwrap(api['nieuwe-rollen'][':rol'].gezien.$post({ param: { rol } })),
    kandidaten: () => unwrap(api.aanmeldingen.kandidaten.$get()),
    aanmeldingen: (status?: 'ingediend' | 'goedgekeurd' | 'afgewezen') =>
      unwrap(api.aanmeldingen.$get({ query: status ? { status } : {} })),
    aanmelding: (id: string) => unwrap(api.aanmeldingen[':id'].$get({ param: { id } })),
    /** Multipart with the signed PDF, as the page built it: through the portal's fetch. */
    aanmelden: (form: FormData) =>
      unwrap(
        portal.fetch('/api/beheer/aanmeldingen', {
          method: 'POST',
          body: form,
        }) as unknown as ReturnType<Client['aanmeldingen']['$post']>,
      ),
    goedkeuren: (id: string) => unwrap(api.aanmeldingen[':id'].goedkeuren.$post({ param: { id } })),
    afwijzen: (id: string, reden: string) =>
      unwrap(api.aanmeldingen[':id'].afwijzen.$post({ param: { id }, json: { reden } })),
    logboek: (filter: LogFilter, cursor?: number | null) =>
      unwrap(
        api.logboek.$get({
          query: { ...clean(filter), ...(cursor ? { cursor: String(cursor) } : {}) },
        }),
      ),
  }
}

type BeheerCalls = ReturnType<typeof useBeheerApi>
type Antwoord<K extends keyof BeheerCalls> = Awaited<ReturnType<BeheerCalls[K]>>

export type MijnRollen = Antwoord<'mijnRollen'>
export type Autorisaties = Antwoord<'autorisaties'>
export type Persoon = Autorisaties['personen'][number]
export type NieuweRollen = Antwoord<'nieuweRollen'>
export type Kandidaten = Antwoord<'kandidaten'>
type AanmeldingenLijst = Antwoord<'aanmeldingen'>
export type Aanmelding = AanmeldingenLijst['aanmeldingen'][number]
export type AanmeldingDetail = Antwoord<'aanmelding'>
type Logboek = Antwoord<'logboek'>
export type LogEntry = Logboek['entries'][number]
export type LogGroep = Logboek['groepen'][number]

/** Where the signed PDF of an aanmelding can be downloaded. */
export const bijlageUrl = (id: string) =>
  `/api/beheer/aanmeldingen/${encodeURIComponent(id)}/bijlage`

/** An export of the log (CSV or XLSX) with the same filter, headings in the given language. */
export function logboekExportUrl(soort: 'csv' | 'xlsx', filter: LogFilter, taal: 'nl' | 'en') {
  const q = new URLSearchParams({ ...clean(filter), ...(taal === 'en' ? { taal } : {}) })
  const query = q.toString()
  return `/api/beheer/logboek.${soort}${query ? `?${query}` : ''}`
}
