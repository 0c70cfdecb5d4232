import { createI18n } from 'vue-i18n'
import nl from './nl.json'
import en from './en.json'

export type Locale = 'nl' | 'en'
const STORAGE_KEY = 'duo.taal'

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  return saved === 'en' ? 'en' : 'nl'
}

/** Dutch by default; English on request. Sections' messages are merged in under their id. */
export function createPortalI18n() {
  return createI18n({
    legacy: false,
    locale: initialLocale(),
    fallbackLocale: 'nl',
    messages: { nl, en },
  })
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
