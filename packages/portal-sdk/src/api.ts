import { hc } from 'hono/client'
import type { Hono } from 'hono'
import { usePortal } from './context'

/** An error answer of the BFF (`{ error: { code, nl, en } }`), with the message to show. */
export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly nl: string,
    readonly en: string,
  ) {
    super(`${status} ${code}: ${en}`)
  }
}

/*
 * A subpath (`@duo/portal-sdk/api`), not part of the shared singleton: only sections that call
 * the BFF through Hono RPC bundle hono/client, and the shell's first page does not load it.
 */

/**
 * A typed Hono RPC client for the BFF's `/api`, using the portal's fetch (cookies, CSRF header).
 * @example
 * import type { AppType } from '@duo/bff/app-type'
 * const api = useApi<AppType>()
 * const res = await api.me.$get()
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors hc's own constraint
export function useApi<T extends Hono<any, any, any>>() {
  const portal = usePortal()
  return hc<T>(`${globalThis.location?.origin ?? 'http://localhost'}/api`, { fetch: portal.fetch })
}
