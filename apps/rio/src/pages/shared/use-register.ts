import { computed, onMounted, ref, shallowRef, type Ref } from 'vue'
import { usePortal } from '@duo/portal-sdk'
import { unwrap, useRioApi } from '../../api'
import type { Lijst } from './velden'

type Overzicht = Awaited<ReturnType<typeof laadOverzicht>>
type Api = ReturnType<typeof useRioApi>
const laadOverzicht = (api: Api, geldigOp?: string) =>
  unwrap(api.register.$get({ query: geldigOp ? { geldigOp } : {} }))

/**
 * The register's overview on a date (default today): the bestuur, counts, its aanbieders and
 * locaties, erkenningen and the value lists the forms choose from, with their labels.
 */
export function useRegister(geldigOp?: Ref<string | undefined>) {
  const portal = usePortal()
  const api = useRioApi()
  const data = ref<Overzicht | null>(null)
  const fout = shallowRef<unknown>(null)
  const laden = ref(false)

  async function laad() {
    if (!portal.canAnywhere('rio.raadplegen')) return
    laden.value = true
    fout.value = null
    try {
      data.value = await laadOverzicht(api, geldigOp?.value)
    } catch (err) {
      fout.value = err
    } finally {
      laden.value = false
    }
  }
  onMounted(laad)

  /** The options of a value list, labelled in the current language. */
  const opties = (lijst: Lijst) =>
    computed(() => {
      const d = data.value
      if (!d) return []
      if (lijst === 'erkenningen')
        return d.erkenningen.map((e) => ({
          value: e.erkenningscode,
          label: `${e.naam} (${e.erkenningscode})`,
        }))
      return d.waardelijsten[lijst].map((w) => ({ value: w.code, label: w[portal.locale.value] }))
    })

  /** The label of a code in a value list ("BO" → "Basisonderwijs (BO)"). */
  function label(lijst: Lijst, code: unknown): string {
    const d = data.value
    if (!d || typeof code !== 'string') return String(code ?? '')
    if (lijst === 'erkenningen') {
      const e = d.erkenningen.find((x) => x.erkenningscode === code)
      return e ? `${e.naam} (${code})` : code
    }
    const w = (
      d.waardelijsten[lijst] as ReadonlyArray<{ code: string; nl: string; en: string }>
    ).find((x) => x.code === code)
    return w ? w[portal.locale.value] : code
  }

  return { data, fout, laden, laad, opties, label }
}
