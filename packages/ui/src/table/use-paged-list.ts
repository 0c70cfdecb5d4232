import { computed, onMounted, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { usePortal, type PortalContext } from '@duo/portal-sdk'

type Filter = Record<string, string>
type Permissie = Parameters<PortalContext['can']>[0]

/**
 * What a list answer of the API says about its paging. `volgende` / `vorige`: cursors of the
 * next and previous page (keyset paging: page 400 costs what page 1 costs); `totaal`: counted
 * up to a limit (`totaalBegrensd`: there are more), or left out (a search with many matches).
 */
export interface PagedAnswer {
  aantal: number
  totaal?: number | undefined
  totaalBegrensd?: boolean | undefined
  volgende?: string | null | undefined
  vorige?: string | null | undefined
}

/** Where a page starts: after (`na`) or before (`voor`) the row of a cursor, else by number. */
export interface PagedCursor {
  na?: string
  voor?: string
}

export interface PagedListOptions<F extends Filter, T extends PagedAnswer> {
  /** Only who may do this (any of them) makes the page ask the API at all; others read why. */
  permission: Permissie | Permissie[]
  /** Each filter's value when the URL does not name it; also what "Wissen" goes back to. */
  standaard: F
  /** The values a filter may have; anything else in the URL counts as the default. */
  keuzes?: { [K in keyof F]?: readonly string[] }
  /**
   * Asks the API for one page: pass `pagina` and the cursor (`na` / `voor`) on as query
   * parameters; an API without cursors reads the number alone.
   */
  haal: (filter: F, pagina: number, cursor: PagedCursor) => Promise<T>
}

const MAX_ZOEK = 100
const CURSOR = /^[A-Za-z0-9_-]{1,600}$/

function eerste(q: LocationQuery, key: string): string | undefined {
  const v = q[key]
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s : undefined
}

/**
 * A list page paged and filtered on the server, whose state lives in the page's URL
 * (`?status=nieuw&zoek=rod&pagina=2&na=…`): a reload, a shared link, or going back from a row
 * shows the same list. "Volgende" and "Vorige" page by the cursors the API gave (`na`, `voor`);
 * a page number alone (an old link) still works. The URL is written with `replace` (no history
 * entry per search) and leaves out default values. `invoer` holds what the filter bar shows
 * until it is submitted. `tabel` holds DuoDataTable's paging props.
 * @example
 * const lijst = usePagedList({ permission: 'helpdesk.melding.lezen',
 *   standaard: { status: '', zoek: '' },
 *   haal: (f, pagina, cursor) => unwrap(api.meldingen.$get({ query: { ...f, pagina: String(pagina), ...cursor } })) })
 * // <DuoDataTable v-bind="lijst.tabel.value" :rows="lijst.data.value?.meldingen ?? null" … @update:page="lijst.naar" />
 */
export function usePagedList<F extends Filter, T extends PagedAnswer>(
  opties: PagedListOptions<F, T>,
) {
  const { permission, standaard, haal } = opties
  const keuzes: Partial<Record<string, readonly string[]>> = opties.keuzes ?? {}
  const portal = usePortal()
  const route = useRoute()
  const router = useRouter()
  const routeNaam = route.name
  const mag = () =>
    (Array.isArray(permission) ? permission : [permission]).some((p) => portal.can(p))

  /** The filters as the URL has them (what the list shows). */
  const filter = computed(() => {
    const f = { ...standaard }
    for (const key of Object.keys(standaard) as Array<keyof F & string>) {
      let waarde = eerste(route.query, key)?.trim().slice(0, MAX_ZOEK)
      const toegestaan = keuzes[key]
      if (waarde !== undefined && toegestaan && !toegestaan.includes(waarde)) waarde = undefined
      if (waarde !== undefined) f[key] = waarde as F[typeof key]
    }
    return f
  })
  const pagina = computed(() => {
    const p = Number(eerste(route.query, 'pagina'))
    return Number.isInteger(p) && p >= 1 && p < 1e6 ? p : 1
  })
  const cursor = computed((): PagedCursor => {
    const na = eerste(route.query, 'na')
    const voor = eerste(route.query, 'voor')
    if (pagina.value === 1) return {}
    if (na && CURSOR.test(na)) return { na }
    if (voor && CURSOR.test(voor)) return { voor }
    return {}
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
      const antwoord = await haal(filter.value, pagina.value, cursor.value)
      if (nummer !== laatste) return
      data.value = antwoord
      const leeg = !antwoord.volgende && !antwoord.vorige
      if (antwoord.totaal !== undefined && !antwoord.totaalBegrensd) {
        // A page past the end (an old link, fewer results now): show the last one instead.
        const paginas = Math.max(1, Math.ceil(antwoord.totaal / antwoord.aantal))
        if (pagina.value > paginas) void toon(filter.value, paginas)
      } else if (pagina.value > 1 && leeg && antwoord.volgende !== undefined) {
        // A cursor of rows that changed since: start again at the first page.
        void toon(filter.value, 1)
      }
    } catch (err) {
      if (nummer === laatste) fout.value = err
    } finally {
      if (nummer === laatste) laden.value = false
    }
  }

  const query = (f: F, p: number, c: PagedCursor = {}): LocationQueryRaw => {
    const q: LocationQueryRaw = {}
    for (const [key, waarde] of Object.entries(f)) {
      const w = waarde.trim()
      if (w !== standaard[key]) q[key] = w
    }
    if (p > 1) {
      q.pagina = String(p)
      if (c.na) q.na = c.na
      else if (c.voor) q.voor = c.voor
    }
    return q
  }
  /** Shows this list: a new URL loads it (see the watch below); the same one loads again. */
  async function toon(f: F, p: number, c: PagedCursor = {}) {
    const nieuw = query(f, p, c)
    if (JSON.stringify(nieuw) === JSON.stringify(query(filter.value, pagina.value, cursor.value))) {
      await laad()
      return
    }
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

  /** DuoDataTable's paging props: `v-bind="tabel"`. */
  const tabel = computed(() => {
    const d = data.value
    return {
      page: pagina.value,
      pageSize: d?.aantal,
      total: d?.totaal,
      totalBounded: d?.totaalBegrensd ?? false,
      hasNext: !!d?.volgende,
    }
  })

  const sleutel = computed(() => JSON.stringify([filter.value, pagina.value, cursor.value]))
  // Only while this page is shown: leaving it also changes the query.
  watch(sleutel, () => {
    if (route.name === routeNaam && mag()) void laad()
  })
  onMounted(() => {
    if (mag()) void laad()
  })

  return {
    filter,
    pagina,
    cursor,
    invoer,
    laden,
    fout,
    data,
    tabel,
    laad,
    /** The filter bar's values, from page 1. */
    zoek: () => toon({ ...invoer }, 1),
    /** Back to the defaults, from page 1. */
    wis: () => toon({ ...standaard }, 1),
    /** Some filters changed (e.g. the sort of the table), from page 1. */
    zet: (deel: Partial<F>) => toon({ ...filter.value, ...deel }, 1),
    naar,
  }
}
