import { computed, inject } from 'vue'
import { PORTAL_CONTEXT, type Locale, type Localized } from '@duo/portal-sdk'
import { TEKSTEN } from './texts'

/**
 * A text for a component: a plain string (already in the page's language, e.g. from vue-i18n's
 * `t()`) or both languages (from the API or the authz catalogue), picked at render time so it
 * follows a language switch.
 */
export type Tekst = string | Localized

/**
 * The current language and the components' own texts. Without a portal context (the shell's
 * login pages, a bare test) it is Dutch: `usePortal()` would throw there.
 * @example
 * const { locale, t, tekst } = useTaal()
 * const knop = computed(() => t.value.annuleren)
 */
export function useTaal() {
  const portal = inject(PORTAL_CONTEXT, null)
  const locale = computed<Locale>(() => portal?.locale.value ?? 'nl')
  const t = computed(() => TEKSTEN[locale.value])
  const tekst = (x: Tekst | null | undefined): string =>
    x == null ? '' : typeof x === 'string' ? x : x[locale.value]
  return { locale, t, tekst }
}
