import { computed, ref } from 'vue'
import { usePortal } from '@duo/portal-sdk'
import { ApiFout } from './api'

type Localized = { nl: string; en: string }

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
  /** The message of a failed call in the current language; `fallback` for anything else. */
  const fout = (err: unknown, fallback: string) =>
    err instanceof ApiFout ? err.tekst(lang.value) : fallback
  return { lang, loc, day, moment, fout }
}

/**
 * The state of a form sent to the API: busy flag, the error summary and one message per
 * field. Values stay in the form on any error.
 */
export function useFormErrors(fieldLabels: () => Record<string, string>) {
  const { lang, loc } = useLocalized()
  const busy = ref(false)
  const fields = ref<Record<string, string>>({})
  const general = ref<string>('')
  const summary = computed(() => {
    const labels = fieldLabels()
    const items = Object.entries(fields.value).map(([field, message]) => ({
      field: labels[field] ? `beheer-veld-${field}` : undefined,
      message,
    }))
    return general.value ? [{ field: undefined, message: general.value }, ...items] : items
  })
  function reset() {
    fields.value = {}
    general.value = ''
  }
  function show(err: unknown, fallback: Localized) {
    if (err instanceof ApiFout) {
      if (err.velden.length) {
        fields.value = Object.fromEntries(err.velden.map((f) => [f.veld, loc(f)]))
      } else {
        general.value = err.tekst(lang.value)
      }
    } else {
      general.value = loc(fallback)
    }
  }
  return { busy, fields, general, summary, reset, show }
}
