import { computed, onBeforeUnmount, reactive } from 'vue'
import type { Tekst } from '../taal'

export interface BevestigVraag {
  title: Tekst
  message: Tekst
  confirmLabel?: Tekst
  cancelLabel?: Tekst
  destructive?: boolean
}

/**
 * Ask for confirmation and await the answer. Render the dialog once, bound to `dialog`; each
 * `confirm()` opens it and resolves true (confirmed) or false (cancelled, Escape, or asked again).
 * @example
 * const { confirm, dialog } = useConfirm()
 * async function intrekken(rol: Rol) {
 *   if (!(await confirm({ title: 'Rol intrekken?', message: `${rol.naam} verliest de toegang.`, confirmLabel: 'Intrekken' }))) return
 *   await api.intrekken(rol.id)
 * }
 * // template: <DuoConfirmDialog v-bind="dialog" />
 */
export function useConfirm() {
  const vraag = reactive<BevestigVraag & { open: boolean }>({
    open: false,
    title: '',
    message: '',
  })
  let antwoorden: ((ok: boolean) => void) | null = null

  function beantwoord(ok: boolean) {
    vraag.open = false
    antwoorden?.(ok)
    antwoorden = null
  }

  function confirm(opties: BevestigVraag): Promise<boolean> {
    antwoorden?.(false)
    Object.assign(vraag, { confirmLabel: undefined, cancelLabel: undefined, destructive: true })
    Object.assign(vraag, opties, { open: true })
    return new Promise((resolve) => (antwoorden = resolve))
  }

  // A page left with the question open has its answer: no.
  onBeforeUnmount(() => beantwoord(false))

  const dialog = computed(() => ({
    ...vraag,
    onConfirm: () => beantwoord(true),
    onCancel: () => beantwoord(false),
  }))
  return { confirm, dialog }
}
