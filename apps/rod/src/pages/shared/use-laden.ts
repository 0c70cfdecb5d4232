import { ref, shallowRef, type Ref } from 'vue'

/**
 * Loading one answer of the API for a page: the data, the error (an `ApiFout` or anything
 * thrown), and whether it is loading; only the last request counts.
 * @example
 * const { data, fout, laden, laad } = useLaden(() => unwrap(api.dashboard.$get({ query })))
 */
export function useLaden<T>(haal: () => Promise<T>) {
  const data = ref(null) as Ref<T | null>
  const fout = shallowRef<unknown>(null)
  const laden = ref(false)
  let laatste = 0
  async function laad() {
    const nummer = ++laatste
    laden.value = true
    fout.value = null
    try {
      const antwoord = await haal()
      if (nummer === laatste) data.value = antwoord
    } catch (err) {
      if (nummer === laatste) fout.value = err
    } finally {
      if (nummer === laatste) laden.value = false
    }
  }
  return { data, fout, laden, laad }
}
