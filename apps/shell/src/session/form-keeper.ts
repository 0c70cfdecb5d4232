import { defineStore } from 'pinia'
import { bewaarConcept, conceptSleutel, leesConcept, wisConcept } from '@duo/portal-sdk'
import { useSessionStore } from '../stores/session'
import { useAnnouncer } from '../stores/announcer'
import {
  heeftInvoer,
  herstelFormulieren,
  leesFormulieren,
  type Formulierstand,
} from './form-snapshot'

/** The shell's own draft of a page's forms (sections' `useFormDraft` keep their own too). */
export const AUTO_KEY = '@formulieren'

export const HERSTELD = {
  nl: 'Wat u had ingevuld, staat weer in het formulier.',
  en: 'What you had typed is back in the form.',
}

const hier = () => conceptSleutel(AUTO_KEY, `${location.pathname}${location.search}`)
const main = () => document.getElementById('main')

/**
 * Keeps the values of the forms on the page when the session ends (and once more when the
 * person follows the login link), and puts them back when they return to the page logged in.
 */
export const useFormKeeper = defineStore('duo-form-keeper', () => {
  const session = useSessionStore()
  const announcer = useAnnouncer()

  function keep() {
    const user = session.user
    const root = main()
    if (!user || !root) return
    const stand = leesFormulieren(root)
    if (heeftInvoer(stand)) bewaarConcept(hier(), user.persoon.id, stand)
  }

  async function restore() {
    const user = session.user
    const root = main()
    if (!user || session.verlopen || !root) return
    const sleutel = hier()
    const stand = leesConcept<Formulierstand>(sleutel, user.persoon.id)
    if (!stand) return
    const gezet = await herstelFormulieren(root, stand)
    // Kept when no field showed up (e.g. the page was not open to them): next visit tries again.
    if (gezet > 0) {
      wisConcept(sleutel)
      announcer.announce(HERSTELD)
    }
  }

  return { keep, restore }
})
