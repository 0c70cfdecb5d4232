import type { SectionMeta } from '@duo/portal-sdk'

/** One entry of the BFF's section list (`GET /api/sections`). */
export interface SectionEntry {
  id: SectionMeta['id']
  /** Where the remote's `mf-manifest.json` lives: BFF configuration, per deployment. */
  manifestUrl: string
  /** The section's `section.json`, or null when the BFF could not read it. */
  meta: SectionMeta | null
  /**
   * Set while the section is in its maintenance window: the shell shows the message in its
   * place and loads none of its code (its API answers 503 meanwhile).
   */
  onderhoud?: {
    sectie: string
    /** First day (`YYYY-MM-DD`) it works again. */
    beschikbaarVanaf: string
    bericht: { nl: string; en: string }
  } | null
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
