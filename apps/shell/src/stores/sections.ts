import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { Router } from 'vue-router'
import { checkContractVersion, type SectionDefinition } from '@duo/portal-sdk'
import { checkSection, importSection, registerSections } from '#section-loader'
import { checkDefinition } from '../sections/check-definition'
import { SectionTimeoutError, withTimeout } from '../sections/with-timeout'
import type { SectionEntry, SectionStatus } from '../sections/types'

/** How long a section may take to arrive before the shell shows the fallback panel. */
export const SECTION_TIMEOUT_MS = 6000

const unreachable = {
  nl: 'De sectie kon niet worden opgehaald.',
  en: 'The section could not be fetched.',
}
const slow = {
  nl: 'De sectie reageerde niet op tijd.',
  en: 'The section did not respond in time.',
}

type MergeMessages = (locale: 'nl' | 'en', messages: Record<string, unknown>) => void

/** The section list and the loading state of each section. */
export const useSectionsStore = defineStore('duo-sections', () => {
  const entries = ref<SectionEntry[]>([])
  const status = reactive<Record<string, SectionStatus>>({})
  const loaded = reactive<Record<string, SectionDefinition>>({})
  const attempts: Record<string, number> = {}

  function setEntries(list: SectionEntry[]) {
    entries.value = list
    registerSections(list)
    for (const e of list) status[e.id] ??= { state: 'idle' }
  }

  /** Loads a section once; later calls after a failure retry it. Never throws. */
  async function load(id: string, router: Router, mergeMessages: MergeMessages): Promise<void> {
    const entry = entries.value.find((e) => e.id === id)
    const current = status[id]
    if (!entry || current?.state === 'loaded' || current?.state === 'loading') return
    status[id] = { state: 'loading' }
    // Refuse an incompatible section on its section.json, before any of its code runs.
    const early = entry.meta ? checkContractVersion(entry.meta.contractVersion) : null
    if (early) {
      status[id] = { state: 'failed', reason: 'incompatibel', detail: early }
      return
    }
    const attempt = (attempts[id] = (attempts[id] ?? 0) + 1)
    try {
      // Then on its mf-manifest.json: the versions of the shared singletons (@duo/ui,
      // @duo/portal-sdk, Vue, …) it was built against, still before any of its code runs.
      const loaded = await withTimeout(
        checkSection(entry).then(async (skew) =>
          skew ? { skew } : { definition: await importSection(entry, attempt > 1) },
        ),
        SECTION_TIMEOUT_MS,
        id,
      )
      if (loaded.skew) {
        status[id] = { state: 'failed', reason: 'incompatibel', detail: loaded.skew }
        return
      }
      const { definition } = loaded
      const problem = checkDefinition(id, definition)
      if (problem) {
        status[id] = { state: 'failed', reason: 'incompatibel', detail: problem }
        return
      }
      install(definition as SectionDefinition, router, mergeMessages)
      status[id] = { state: 'loaded' }
    } catch (error) {
      const timedOut = error instanceof SectionTimeoutError
      status[id] = {
        state: 'failed',
        reason: timedOut ? 'traag' : 'onbereikbaar',
        detail: timedOut ? slow : unreachable,
      }
      console.warn(`[shell] sectie ${id} niet geladen`, error)
    }
  }

  function install(definition: SectionDefinition, router: Router, mergeMessages: MergeMessages) {
    const { id } = definition.meta
    for (const locale of ['nl', 'en'] as const)
      mergeMessages(locale, { [id]: definition.messages[locale] })
    for (const route of definition.routes) router.addRoute(`section-${id}`, route)
    loaded[id] = definition
  }

  return { entries, status, loaded, setEntries, load }
})
