import { useSectionApi } from '@duo/portal-sdk/api'
import type { RodApi } from '../api'

export { unwrap, uploadForm, type VeldFout } from '@duo/portal-sdk/api'

/** ROD's typed client for its own API (`/api/rod`, Hono RPC). */
export function useRodApi() {
  return useSectionApi<RodApi>('rod')
}
