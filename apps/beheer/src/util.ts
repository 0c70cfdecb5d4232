import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { usePortal, type Localized } from '@duo/portal-sdk'
import type { VeldFout } from '@duo/portal-sdk/errors'
import { veldFout } from '@duo/ui'

/** Texts from the API and the authz catalogue come in both languages: pick the current one. */
export function useLocalized() {
  const portal = usePortal()
  const lang = computed(() => portal.locale.value)
  const loc = (text: Localized | null | undefined) => (text ? text[lang.value] : '')
  const dateFmt = computed(
    () =>
      new Intl.DateTimeFormat(lang.value === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'long',
        timeZone: 'Europe/Amsterdam',
      }),
  )
  const timeFmt = computed(
    () =>
      new Intl.DateTimeFormat(lang.value === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }),
  )
  /** A calendar day `YYYY-MM-DD` as "1 februari 2022". */
  const day = (iso: string | null | undefined) =>
    iso ? dateFmt.value.format(new Date(`${iso}T12:00:00Z`)) : ''
  /** A timestamp in Dutch time. */
  const moment = (iso: string | null | undefined) =>
    iso ? timeFmt.value.format(new Date(iso)) : ''
  return { lang, loc, day, moment }
}

type Named = Record<string, unknown>

/**
 * A message of this section in both languages, for what must follow a language switch after
 * it was made: our own field errors, a status message, a dialog's text. `named` may depend on
 * the language (a role name with its English gloss).
 * @example
 * const tweetalig = useTweetalig()
 * melding.value = tweetalig('beheer.intrekken.gelukt', (l) => ({ rol: rolNaam(id)[l] }))
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

/**
 * The state of a form sent to the API: busy flag, our own field errors and the API's error,
 * both in both languages, so the summary and the messages under the fields follow a language
 * switch together. Values stay in the form on any error.
 * @example
 * const form = useFormulier()
 * <DuoErrorSummary :fouten="form.eigen.value" :fout="form.fout.value" :veld-ids="ids" />
 * <DuoSelect :error="form.veld('rol')" … />
 */
export function useFormulier() {
  const busy = ref(false)
  const eigen = ref<VeldFout[]>([])
  const fout = shallowRef<unknown>(null)
  function reset() {
    eigen.value = []
    fout.value = null
  }
  /** The error of one field (ours first, then the API's), in both languages. */
  const veld = (naam: string): Localized | undefined => {
    const f = eigen.value.find((v) => v.veld === naam)
    return f ? { nl: f.nl, en: f.en } : veldFout(fout.value, naam)
  }
  return { busy, eigen, fout, reset, veld }
}
