import { useI18n } from 'vue-i18n'
import nl from './nl.json'
import en from './en.json'

/**
 * The texts of the pages around the sections (manuals, newsletter, e-mail settings, survey,
 * redactie). Not in the shell's first bundle: each of those pages is its own chunk and brings
 * these with it, merged into the portal's messages when the page is first set up.
 */
let samengevoegd = false
export function useRondTeksten() {
  const i18n = useI18n()
  if (!samengevoegd) {
    i18n.mergeLocaleMessage('nl', nl)
    i18n.mergeLocaleMessage('en', en)
    samengevoegd = true
  }
  return i18n
}
