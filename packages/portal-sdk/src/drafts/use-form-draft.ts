import { inject, isRef, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { PORTAL_CONTEXT } from '../context'
import {
  alleenTekst,
  bewaarConcept,
  CONCEPT_HERSTELD_EVENT,
  conceptSleutel,
  leesConcept,
  wisConcept,
} from './store'

/** A form's state: a reactive object, a ref, or a plain object of refs (`{ tekst, status }`). */
export type ConceptStaat = object | Ref<unknown>

export interface ConceptOpties {
  /** Restore at once (default), or only when the page calls `herstel()` (after loading data). */
  direct?: boolean
  /** Wait this long after the last change before saving (default 300 ms). */
  wachtMs?: number
}

function lees(staat: ConceptStaat): unknown {
  if (isRef(staat)) return alleenTekst(staat.value)
  const uit: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(staat)) uit[k] = isRef(v) ? v.value : v
  return alleenTekst(uit)
}

function schrijf(staat: ConceptStaat, data: unknown): void {
  if (isRef(staat)) {
    const huidig = staat.value
    if (huidig && typeof huidig === 'object' && data && typeof data === 'object')
      Object.assign(huidig, data)
    else staat.value = data
    return
  }
  if (!data || typeof data !== 'object') return
  const doel = staat as Record<string, unknown>
  for (const [k, v] of Object.entries(data)) {
    if (!(k in doel)) continue
    const veld = doel[k]
    if (isRef(veld)) veld.value = v
    else doel[k] = v
  }
}

/**
 * Keeps what a person types in a form as a draft in the browser's sessionStorage, and puts it
 * back when they return to the page, e.g. after their session expired and they logged in again.
 * Per page and per person; never files (a `File` is left out); removed on logout. Call `wis()`
 * once the form was sent.
 * @example
 * const invoer = reactive({ onderwerp: '', omschrijving: '' })
 * const concept = useFormDraft('nieuwe-melding', invoer)
 * async function verstuur() { await api.indienen(invoer); concept.wis() }
 * // a form filled from the server first: useFormDraft('contact', invoer, { direct: false }),
 * // then concept.herstel() after the data is in.
 */
export function useFormDraft(key: string, staat: ConceptStaat, opties: ConceptOpties = {}) {
  const portal = inject(PORTAL_CONTEXT, null)
  const sleutel = conceptSleutel(key)
  const persoon = () => portal?.user.value?.persoon.id ?? null
  const hersteld = ref(false)
  let actief = opties.direct !== false
  /** The state at `wis()`: not saved again (a page leaving right after sending). */
  let verstuurd: string | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  /** Only what the person changed is kept: a form left untouched (or just filled from the
   * server, before `herstel()`) leaves no draft. */
  let basis = JSON.stringify(lees(staat))
  let gewijzigd = false

  function bewaar() {
    if (timer) clearTimeout(timer)
    timer = null
    const wie = persoon()
    if (!actief || !wie || !gewijzigd) return
    const data = lees(staat)
    if (verstuurd !== null && JSON.stringify(data) === verstuurd) return
    verstuurd = null
    bewaarConcept(sleutel, wie, data)
  }

  /** Puts the draft back into the form; true when there was one. */
  function herstel(): boolean {
    actief = true
    const wie = persoon()
    const data = wie ? leesConcept(sleutel, wie) : null
    const nu = JSON.stringify(lees(staat))
    if (data === null || JSON.stringify(data) === nu) {
      basis = nu
      return false
    }
    schrijf(staat, data)
    basis = JSON.stringify(lees(staat))
    hersteld.value = true
    globalThis.dispatchEvent?.(new CustomEvent(CONCEPT_HERSTELD_EVENT, { detail: { key } }))
    return true
  }

  /** The form was sent (or cleared on purpose): forget the draft. */
  function wis() {
    if (timer) clearTimeout(timer)
    timer = null
    verstuurd = JSON.stringify(lees(staat))
    hersteld.value = false
    wisConcept(sleutel)
  }

  watch(
    () => JSON.stringify(lees(staat)),
    (json) => {
      gewijzigd = json !== basis
      if (!gewijzigd) return
      if (timer) clearTimeout(timer)
      timer = setTimeout(bewaar, opties.wachtMs ?? 300)
    },
  )
  // Leaving the page (or the login redirect) saves what is typed so far at once.
  onBeforeUnmount(bewaar)
  globalThis.addEventListener?.('pagehide', bewaar)
  onBeforeUnmount(() => globalThis.removeEventListener?.('pagehide', bewaar))

  if (actief) herstel()
  return { hersteld, herstel, bewaar, wis }
}
