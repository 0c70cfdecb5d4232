import { useI18n } from 'vue-i18n'
import type { Localized } from '@duo/portal-sdk'

/**
 * A message of this section in both languages, for what must follow a language switch after it
 * was made: our own field errors (`VeldFout`), a message in the live region.
 * @example
 * const tweetalig = useTweetalig()
 * melding.value = tweetalig('rio.wijzigen.doorgevoerd', { referentie })
 */
export function useTweetalig() {
  const { t } = useI18n()
  return (key: string, named: Record<string, unknown> = {}): Localized => ({
    nl: t(key, named, { locale: 'nl' }),
    en: t(key, named, { locale: 'en' }),
  })
}
