import { useI18n } from 'vue-i18n'
import type { Localized } from '@duo/portal-sdk'

type Named = Record<string, unknown>

/**
 * A message of this section in both languages, for what must follow a language switch after it
 * was made: our own field errors (`VeldFout`), a status message in a live region, a status label.
 * `named` may depend on the language (a translated value inside the message).
 * @example
 * const tweetalig = useTweetalig()
 * const fout: VeldFout = { veld: 'onderwerp', ...tweetalig('helpdesk.fout.onderwerp') }
 */
export function useTweetalig() {
  const { t } = useI18n()
  return (key: string, named: Named | ((locale: 'nl' | 'en') => Named) = {}): Localized => {
    const waarden = (l: 'nl' | 'en') => (typeof named === 'function' ? named(l) : named)
    return {
      nl: t(key, waarden('nl'), { locale: 'nl' }),
      en: t(key, waarden('en'), { locale: 'en' }),
    }
  }
}
