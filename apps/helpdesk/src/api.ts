import { useSectionApi } from '@duo/portal-sdk/api'
import type { HelpdeskApi } from '../api'

export { ApiFout, unwrap, uploadForm, type VeldFout } from '@duo/portal-sdk/api'

/** The helpdesk's typed client for its own API (`/api/helpdesk`, Hono RPC). */
export function useHelpdeskApi() {
  return useSectionApi<HelpdeskApi>('helpdesk')
}
