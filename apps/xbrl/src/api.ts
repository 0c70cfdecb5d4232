import { useSectionApi } from '@duo/portal-sdk/api'
import type { XbrlApi } from '../api'

export { unwrap, type VeldFout } from '@duo/portal-sdk/api'

/** The XBRL section's typed client for its own API (`/api/xbrl`, Hono RPC). */
export function useXbrlApi() {
  return useSectionApi<XbrlApi>('xbrl')
}
