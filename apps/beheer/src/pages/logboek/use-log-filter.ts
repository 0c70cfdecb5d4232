import { computed, reactive, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import type { LogFilter } from '../../api'

/** The logboek's filter as the URL holds it; anything malformed there counts as not set. */
interface LogboekFilter {
  actie: string
  van: string
  tot: string
  /** 'ja': logins and logouts too (by default they are left out). */
  logins: '' | 'ja'
  bestuursnummer: string
}

const LEEG: LogboekFilter = { actie: '', van: '', tot: '', logins: '', bestuursnummer: '' }
const PATRONEN: Record<keyof LogboekFilter, RegExp> = {
  actie: /^[a-z0-9.-]{1,60}$/,
  van: /^\d{4}-\d{2}-\d{2}$/,
  tot: /^\d{4}-\d{2}-\d{2}$/,
  logins: /^ja$/,
  bestuursnummer: /^\d{5}$/,
}

function eerste(q: LocationQuery, key: string): string {
  const v = q[key]
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s.trim() : ''
}

/** The filter of a URL query. */
function leesFilter(q: LocationQuery): LogboekFilter {
  const f = { ...LEEG }
  for (const key of Object.keys(LEEG) as Array<keyof LogboekFilter>) {
    const w = eerste(q, key)
    if (PATRONEN[key].test(w)) (f as Record<string, string>)[key] = w
  }
  return f
}

/** The URL query of a filter: only what is set. */
function alsQuery(f: LogboekFilter): LocationQueryRaw {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== ''))
}

/**
 * The logboek's filter, kept in the page's URL (`?actie=…&van=…&logins=ja`): a reload, a shared
 * link or going back shows the same log. `invoer` holds what the filter form shows until it is
 * applied (`toepassen`), which writes the URL with `replace`.
 * @example
 * const { filter, invoer, toepassen, wis } = useLogFilter()
 * watch(filter, laad)
 */
export function useLogFilter() {
  const route = useRoute()
  const router = useRouter()
  const filter = computed(() => leesFilter(route.query))
  const invoer = reactive<LogboekFilter>({ ...filter.value })
  watch(filter, (f) => Object.assign(invoer, f))
  const apiFilter = computed<LogFilter>(() => ({ ...filter.value }))
  const naar = (f: LogboekFilter) => router.replace({ query: alsQuery(f) })
  return {
    filter,
    apiFilter,
    invoer,
    toepassen: () => naar({ ...invoer }),
    wis: () => naar({ ...LEEG }),
  }
}
