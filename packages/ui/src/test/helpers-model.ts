import type { VueWrapper } from '@vue/test-utils'

/**
 * Props for a v-model under test: every `update:modelValue` is fed back as the new value,
 * as a parent with v-model would.
 */
export function vModel<T>(waarde: T, wrapper: () => VueWrapper) {
  return {
    modelValue: waarde,
    'onUpdate:modelValue': (v: T) => wrapper().setProps({ modelValue: v }),
  }
}
