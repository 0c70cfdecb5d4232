import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { Localized } from '@duo/portal-sdk'

/**
 * The shell's one polite status message (its DuoLiveRegion, at the top of <main>): "U blijft
 * ingelogd", "Wat u had ingevuld, staat weer in het formulier". Both languages, so it follows a
 * language switch. Sections have their own live regions, never inside this one.
 */
export const useAnnouncer = defineStore('duo-announcer', () => {
  const melding = shallowRef<Localized | null>(null)
  let laatst = { nl: '', op: 0 }
  /** A new object each time: the same words are announced again, unless just said (2 s). */
  function announce(tekst: Localized) {
    const nu = Date.now()
    if (laatst.nl === tekst.nl && nu - laatst.op < 2000) return
    laatst = { nl: tekst.nl, op: nu }
    melding.value = { ...tekst }
  }
  return { melding, announce }
})
