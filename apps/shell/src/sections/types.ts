import type { SectionMeta } from '@duo/portal-sdk'

/** One entry of the BFF's section list (`GET /api/sections`). */
export interface SectionEntry {
  id: SectionMeta['id']
  /** Where the remote's `mf-manifest.json` lives: BFF configuration, per deployment. */
  manifestUrl: string
  /** The section's `section.json`, or null when the BFF could not read it. */
  meta: SectionMeta | null
}

export type SectionStatus =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'loaded' }
  | {
      state: 'failed'
      reason: 'onbereikbaar' | 'traag' | 'incompatibel' | 'ongeldig'
      detail: { nl: string; en: string }
    }
