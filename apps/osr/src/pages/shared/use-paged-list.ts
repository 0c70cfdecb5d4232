import { computed, onMounted, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { usePortal } from '@duo/portal-sdk'
import type { PermissionId } from '@duo/authz'

type Filter = Record<string, string>

/** What every list answer of the API says about its paging. */
interface Paged {
  totaal: number
  aantal: number
}

export interface PagedListOptions<F extends Filter, T extends Paged> {
  /** Only who may do this makes the page ask the API at all; others read why (Toegang). */
  permission: PermissionId
  /** Each filter's value when the URL does not name it; also what "Wissen" goes back to. */
  standaard: F
  /** The values a filter may have; anything else in the URL counts as the default. */
  keuzes?: { [K in keyof F]?: readonly string[] }
  /** Asks the API for one page with these filters. */
  haal: (filter: F, pagina: number) => Promise<T>
}

const MAX_ZOEK = 100

function eerste(q: LocationQuery, key: string): string | undefined {
  const v = q[key]
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s : undefined
}

/**
 * A list page paged and filtered on the server, whose state lives in the page's URL
 * (`?status=actief&school=12AB&pagina=2`): a reload, a shared link, or going back from a mandaat
 * shows the same list. The URL is written with `replace` (no history entry per search) and
 * leaves out default values. `invoer` holds what the filter bar shows until it is submitted.
 * @example
 * const lijst = usePagedList({ permission: 'osr.raadplegen',
 *   standaard: { status: '', zoek: '' }, haal: (f, pagina) => unwrap(api.mandaten.$get(…)) })
 */
export function usePagedList<F extends Filter, T extends Paged>(opties: PagedListOptions<F, T>) {
  const { permission, standaard, haal } = opties
  const keuzes: Partial<Record<string, readonly string[]>> = opties.keuzes ?? {}
  const portal = usePortal()
  const route = useRoute()
  const router = useRouter()
  const routeNaam = route.name

  /** The filters as the URL has them (what the list shows). */
  const filter = computed(() => {
    const f = { ...standaard }
    for (const key of Object.keys(standaard) as Array<keyof F & string>) {
      let waarde = eerste(route.query, key)?.trim().slice(0, MAX_ZOEK)
      const mag = keuzes[key]
      if (waarde !== undefined && mag && !mag.includes(waarde)) waarde = undefined
      if (waarde !== undefined) f[key] = waarde as F[typeof key]
    }
    return f
  })
  const pagina = computed(() => {
    const p = Number(eerste(route.query, 'pagina'))
    return Number.isInteger(p) && p >= 1 && p < 1e6 ? p : 1
  })
  /** What the filter bar shows; applied to the URL on `zoek`. */
  const invoer = reactive({ ...filter.value }) as F
  watch(filter, (f) => Object.assign(invoer, f))

  const laden = ref(false)
  const fout = shallowRef<unknown>(null)
  const data = ref(null) as Ref<T | null>
  let laatste = 0

  async function laad() {
    const nummer = ++laatste
    laden.value = true
    fout.value = null
    try {
      const antwoord = await haal(filter.value, pagina.value)
      if (nummer !== laatste) return
      data.value = antwoord
      // A page past the end (an old link, fewer results now): show the last one instead.
      const paginas = Math.max(1, Math.ceil(antwoord.totaal / antwoord.aantal))
      if (pagina.value > paginas) void toon(filter.value, paginas)
    } catch (err) {
      if (nummer === laatste) fout.value = err
    } finally {
      if (nummer === laatste) laden.value = false
    }
  }

  const query = (f: F, p: number): LocationQueryRaw => {
    const q: LocationQueryRaw = {}
    for (const [key, waarde] of Object.entries(f)) {
      const w = waarde.trim()
      if (w !== standaard[key]) q[key] = w
    }
    if (p > 1) q.pagina = String(p)
    return q
  }
  /** Shows this list: a new URL loads it (see the watch below); the same one loads again. */
  async function toon(f: F, p: number) {
    const nieuw = query(f, p)
    if (JSON.stringify(nieuw) === JSON.stringify(query(filter.value, pagina.value))) {
      await laad()
      return
    }
    await router.replace({ query: nieuw })
  }

  const sleutel = computed(() => JSON.stringify([filter.value, pagina.value]))
  // Only while this page is shown: leaving it also changes the query.
  watch(sleutel, () => {
    if (route.name === routeNaam && portal.can(permission)) void laad()
  })
  onMounted(() => {
    if (portal.can(permission)) void laad()
  })

  return {
    filter,
    pagina,
    invoer,
    laden,
    fout,
    data,
    laad,
    /** The filter bar's values, from page 1. */
    zoek: () => toon({ ...invoer }, 1),
    /** Back to the defaults, from page 1. */
    wis: () => toon({ ...standaard }, 1),
    /** Some filters changed (e.g. the sort of the table), from page 1. */
    zet: (deel: Partial<F>) => toon({ ...filter.value, ...deel }, 1),
    naar: (p: number) => toon(filter.value, p),
  }
}
