/** Texts that come in both languages from the rules (regels/): picked in the page's language. */
import { computed } from 'vue'
import { usePortal } from '@duo/portal-sdk'
import { CATEGORIE, isCategorie } from '../../../regels/categorieen'

export function useTekst() {
  const portal = usePortal()
  const lang = computed(() => portal.locale.value)
  return {
    lang,
    /** `{ nl, en }` in the current language. */
    kies: (t: { nl: string; en: string }) => t[lang.value],
    /** A category's official name (Dutch, glossed in English). */
    categorieNaam: (id: string) => (isCategorie(id) ? CATEGORIE[id].naam[lang.value] : id),
  }
}
