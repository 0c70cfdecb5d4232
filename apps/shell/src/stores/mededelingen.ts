import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { portaal } from '../api/portaal'

export interface Mededeling {
  id: string
  titel: { nl: string; en: string }
  tekst: { nl: string; en: string }
  ernst: 'info' | 'waarschuwing' | 'storing'
  plek: 'home' | 'banner'
  vanaf: string
}

const VERBORGEN_KEY = 'duo.mededelingen.verborgen'

/** Dismissed by someone not logged in: remembered in this browser only. */
function lokaalVerborgen(): string[] {
  try {
    const lijst = JSON.parse(globalThis.localStorage?.getItem(VERBORGEN_KEY) ?? '[]') as unknown
    return Array.isArray(lijst) ? lijst.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

/**
 * The announcements for whoever looks (`GET /api/portaal/mededelingen`): the BFF decides the
 * period and the audience and leaves out what this person dismissed; someone not logged in
 * dismisses in this browser.
 */
export const useMededelingenStore = defineStore('duo-mededelingen', () => {
  const lijst = ref<Mededeling[]>([])
  const verborgen = ref<string[]>(lokaalVerborgen())

  async function laad(): Promise<void> {
    try {
      lijst.value = (
        await portaal<{ mededelingen: Mededeling[] }>('GET', '/mededelingen')
      ).mededelingen
    } catch {
      // Announcements are never worth an error on every page.
      lijst.value = []
    }
  }

  async function verberg(id: string, ingelogd: boolean): Promise<void> {
    if (ingelogd)
      await portaal('POST', `/mededelingen/${encodeURIComponent(id)}/verbergen`).catch(() => {})
    else {
      verborgen.value = [...new Set([...verborgen.value, id])]
      globalThis.localStorage?.setItem(VERBORGEN_KEY, JSON.stringify(verborgen.value))
    }
    lijst.value = lijst.value.filter((m) => m.id !== id)
  }

  const zichtbaar = computed(() => lijst.value.filter((m) => !verborgen.value.includes(m.id)))
  return {
    laad,
    verberg,
    banners: computed(() => zichtbaar.value.filter((m) => m.plek === 'banner')),
    opHome: computed(() => zichtbaar.value.filter((m) => m.plek === 'home')),
  }
})
