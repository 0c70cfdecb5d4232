import type { AppType } from '@duo/bff/app-type'
import { useApi } from '@duo/portal-sdk'

/** The helpdesk's typed client for the BFF (Hono RPC). */
export function useHelpdeskApi() {
  return useApi<AppType>()
}
