import { onUnmounted, ref, shallowRef, type Ref } from 'vue'
import { unwrap, useXbrlApi } from '../../api'

/** How often the page asks how far the validation is, while it runs. */
const PEIL_MS = 1000

type Onderdeel =
  | 'bestand'
  | 'documentinformatie'
  | 'balans'
  | 'staat-van-baten-en-lasten'
  | 'kasstroomoverzicht'
  | 'kengetallen'
  | 'toelichting'
  | 'overig'

/**
 * One aanlevering for its page: loaded, and asked again every second while its validation
 * waits or runs (the progress bar), then with its findings once it is done.
 * @example
 * const { data, bevindingen, laad, zet } = useAanlevering(id)
 */
export function useAanlevering(id: Ref<string>) {
  const api = useXbrlApi()
  const haal = () => unwrap(api.aanleveringen[':id'].$get({ param: { id: id.value } }))
  const haalBevindingen = (query: { onderdeel?: Onderdeel; na?: string; aantal?: string } = {}) =>
    unwrap(api.aanleveringen[':id'].bevindingen.$get({ param: { id: id.value }, query }))
  type Detail = Awaited<ReturnType<typeof haal>>
  const data = ref<Detail | null>(null)
  const bevindingen = ref<Awaited<ReturnType<typeof haalBevindingen>> | null>(null)
  const fout = shallowRef<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let weg = false

  const bezig = (d: Detail | null) =>
    d !== null && ['wachtend', 'bezig'].includes(d.aanlevering.validatie.status)

  async function zet(d: Detail) {
    const wasBezig = bezig(data.value)
    data.value = d
    clearTimeout(timer)
    if (bezig(d)) {
      if (!weg) timer = setTimeout(() => void laad(), PEIL_MS)
      return
    }
    if (d.aanlevering.validatie.status === 'klaar' && (wasBezig || bevindingen.value === null))
      bevindingen.value = await haalBevindingen().catch(() => null)
    if (d.aanlevering.validatie.status !== 'klaar') bevindingen.value = null
  }

  async function laad() {
    try {
      fout.value = null
      await zet(await haal())
    } catch (err) {
      fout.value = err
    }
  }

  /** The next page of one onderdeel's findings, added below the ones shown. */
  async function meer(onderdeel: Onderdeel) {
    const groep = bevindingen.value?.onderdelen.find((o) => o.onderdeel === onderdeel)
    if (!groep?.volgende) return
    const volgende = await haalBevindingen({ onderdeel, na: groep.volgende, aantal: '100' })
    const erbij = volgende.onderdelen.find((o) => o.onderdeel === onderdeel)
    if (!erbij) return
    groep.bevindingen = [...groep.bevindingen, ...erbij.bevindingen]
    groep.volgende = erbij.volgende
  }

  onUnmounted(() => {
    weg = true
    clearTimeout(timer)
  })
  return { data, bevindingen, fout, laad, meer, zet: (d: unknown) => zet(d as Detail) }
}

export type AanleveringDetail = NonNullable<ReturnType<typeof useAanlevering>['data']['value']>
export type Bevindingen = NonNullable<ReturnType<typeof useAanlevering>['bevindingen']['value']>
