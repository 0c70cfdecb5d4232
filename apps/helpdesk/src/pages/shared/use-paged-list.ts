import { computed, onMounted, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { usePortal } from '@duo/portal-sdk'
import type { PermissionId } from '@duo/authz'
import { ApiFout } from '../../api'

/**
 * The state of a list page that pages on the server: which page, loading, the error to show,
 * and the last answer. Only someone with `permission` makes it ask the BFF at all; everyone
 * else reads why on the page (Toegang).
 */
export function usePagedList<T>(
  permission: PermissionId,
  fetchPage: (pagina: number) => Promise<T>,
) {
  const { t } = useI18n()
  const portal = usePortal()
  const lang = computed(() => portal.locale.value)
  const pagina = ref(1)
  const laden = ref(true)
  const fout = ref('')
  const data = ref(null) as Ref<T | null>

  async function laad() {
    laden.value = true
    fout.value = ''
    try {
      data.value = await fetchPage(pagina.value)
    } catch (err) {
      fout.value = err instanceof ApiFout ? err[lang.value] : t('helpdesk.fout.onbekend')
    } finally {
      laden.value = false
    }
  }
  /** New filters: start again at page 1. */
  function zoekOpnieuw() {
    pagina.value = 1
    void laad()
  }
  function naar(p: number) {
    pagina.value = p
    void laad()
  }
  onMounted(() => {
    if (portal.can(permission)) void laad()
  })
  return { pagina, laden, fout, data, laad, zoekOpnieuw, naar }
}
