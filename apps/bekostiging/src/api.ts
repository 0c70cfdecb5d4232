import { useSectionApi } from '@duo/portal-sdk/api'
import type { BekostigingApi } from '../api'

export { unwrap, uploadForm, type VeldFout } from '@duo/portal-sdk/api'

/** Bekostiging's typed client for its own API (`/api/bekostiging`, Hono RPC). */
export function useBekostigingApi() {
  return useSectionApi<BekostigingApi>('bekostiging')
}
