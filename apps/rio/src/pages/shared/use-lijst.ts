import { computed, onMounted, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { usePortal } from '@duo/portal-sdk'

type Filter = Record<string, string>

function eerste(q: LocationQuery, key: string): string | undefined {
  const v = q[key]
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s.trim().slice(0, 100) : undefined
}

const CURSOR = /^[A-Za-z0-9_-]{1,600}$/

/** Where a page starts: after (`na`) or before (`voor`) the row of a cursor, else by number. */
export interface Cursor {
  na?: string
  voor?: string
}

/**
 * A list from the server whose filters and page live in the page's URL (`?geldigOp=2023-01-01
 * &zoek=kompas&pagina=2`), so a reload or a shared link shows the same list. `invoer` holds
 * what the filter bar shows until it is submitted; defaults stay out of the URL. A list that
 * pages by cursor (`volgende` / `vorige` in its answer) gets them back as `na` / `voor`.
 */
export function useLijst<
  F extends Filter,
  T extends {
    totaal?: number | undefined
    aantal: number
    volgende?: string | null
    vorige?: string | null
  },
>(opties: { standaard: F; haal: (filter: F, pagina: number, cursor: Cursor) => Promise<T> }) {
  const portal = usePortal()
  const route = useRoute()
  const router = useRouter()
  const routeNaam = route.name

  const filter = computed(() => {
    const f = { ...opties.standaard }
    for (const key of Object.keys(f) as Array<keyof F & string>) {
      const w = eerste(route.query, key)
      if (w !== undefined) f[key] = w as F[typeof key]
    }
    return f
  })
  const pagina = computed(() => {
    const p = Number(eerste(route.query, 'pagina'))
    return Number.isInteger(p) && p >= 1 && p < 1e6 ? p : 1
  })
  const cursor = computed((): Cursor => {
    const na = eerste(route.query, 'na')
    const voor = eerste(route.query, 'voor')
    if (pagina.value === 1) return {}
    if (na && CURSOR.test(na)) return { na }
    if (voor && CURSOR.test(voor)) return { voor }
    return {}
  })
  const invoer = reactive({ ...filter.value }) as F
  watch(filter, (f) => Object.assign(invoer, f))

  const laden = ref(false)
  const fout = shallowRef<unknown>(null)
  const data = ref(null) as Ref<T | null>
  let laatste = 0
  async function laad() {
    if (!portal.canAnywhere('rio.raadplegen')) return
    const nummer = ++laatste
    laden.value = true
    fout.value = null
    try {
      const antwoord = await opties.haal(filter.value, pagina.value, cursor.value)
      if (nummer === laatste) data.value = antwoord
    } catch (err) {
      if (nummer === laatste) fout.value = err
    } finally {
      if (nummer === laatste) laden.value = false
    }
  }

  const query = (f: F, p: number, c: Cursor = {}): LocationQueryRaw => {
    const q: LocationQueryRaw = {}
    for (const [k, w] of Object.entries(f))
      if (w.trim() && w.trim() !== opties.standaard[k]) q[k] = w.trim()
    if (p > 1) {
      q.pagina = String(p)
      if (c.na) q.na = c.na
      else if (c.voor) q.voor = c.voor
    }
    return q
  }
  async function toon(f: F, p: number, c: Cursor = {}) {
    const nieuw = query(f, p, c)
    if (JSON.stringify(nieuw) === JSON.stringify(query(filter.value, pagina.value, cursor.value)))
      return laad()
    await router.replace({ query: nieuw })
  }
  /** Page `p`: the next or previous one by its cursor when the API gave one, else by number. */
  function naar(p: number) {
    const d = data.value
    if (p === pagina.value + 1 && d?.volgende) return toon(filter.value, p, { na: d.volgende })
    if (p === pagina.value - 1 && p > 1 && d?.vorige)
      return toon(filter.value, p, { voor: d.vorige })
    return toon(filter.value, p)
  }
  watch(
    () => JSON.stringify([filter.value, pagina.value, cursor.value]),
    () => {
      if (route.name === routeNaam) void laad()
    },
  )
  onMounted(laad)

  return {
    filter,
    pagina,
    invoer,
    laden,
    fout,
    data,
    laad,
    zoek: () => toon({ ...invoer }, 1),
    wis: () => toon({ ...opties.standaard }, 1),
    zet: (deel: Partial<F>) => toon({ ...filter.value, ...deel }, 1),
    naar,
  }
}
