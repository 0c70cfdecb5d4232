import { useSectionApi } from '@duo/portal-sdk/api'
import { apiFoutUit, type ApiFout } from '@duo/portal-sdk/errors'
import { usePortal } from '@duo/portal-sdk'
import type { RioApi } from '../api'
import type { Foutmelding } from '../api/domein/foutcodes'
import type { NieuweCode } from '../api/wijzigingen/verwerk'

export { isApiFout, unwrap, type VeldFout } from '@duo/portal-sdk/api'
export type { Foutmelding, NieuweCode }

/** RIO's typed client for its own API (`/api/rio`, Hono RPC). */
export function useRioApi() {
  return useSectionApi<RioApi>('rio')
}

/** A refused change: an `ApiFout` that also carries RIO's foutmeldingen. */
export type GeweigerdeWijziging = ApiFout & { foutmeldingen: Foutmelding[] }

export const isGeweigerd = (err: unknown): err is GeweigerdeWijziging =>
  !!err && Array.isArray((err as { foutmeldingen?: unknown }).foutmeldingen)

/**
 * Posts JSON to one of RIO's routes and keeps what the generic client drops: the foutmeldingen
 * of a refused change (foutcode, fouttekst, field).
 * @example
 * const { wijziging } = await verstuur<{ wijziging: { referentie: string } }>('wijzigingen', { mutaties })
 */
export function useVerstuur() {
  const portal = usePortal()
  return async function verstuur<T>(pad: string, body?: unknown, methode = 'POST'): Promise<T> {
    // A write always sends JSON (an empty object when it has nothing to say).
    const inhoud = body === undefined && methode !== 'GET' ? {} : body
    const res = await portal.fetch(`/api/rio/${pad}`, {
      method: methode,
      headers: inhoud === undefined ? {} : { 'Content-Type': 'application/json' },
      body: inhoud === undefined ? undefined : JSON.stringify(inhoud),
    })
    const data = await res.json().catch(() => null)
    if (res.ok) return data as T
    const fout = apiFoutUit(res.status, data)
    const foutmeldingen = (data as { foutmeldingen?: unknown } | null)?.foutmeldingen
    return Promise.reject(
      Array.isArray(foutmeldingen) ? Object.assign(fout, { foutmeldingen }) : fout,
    )
  }
}
