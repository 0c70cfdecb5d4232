import * as vue from 'vue'
import * as pinia from 'pinia'
import * as vueRouter from 'vue-router'
import * as vueI18n from 'vue-i18n'
import { checkContractVersion, type Incompatibility, type SectionDefinition } from '@duo/portal-sdk'

/**
 * Checks what a remote exported before any of it is used: the right section, a compatible
 * contract, and the shell's own Vue, Pinia, vue-router and vue-i18n (a second copy would
 * break reactivity and injection without an error).
 */
export function checkDefinition(id: string, value: unknown): Incompatibility | null {
  const def = value as Partial<SectionDefinition> | undefined
  if (!def?.meta || def.meta.id !== id || !Array.isArray(def.routes) || !def.runtime) {
    return {
      code: 'contract-onleesbaar',
      nl: `De code van sectie ${id} volgt het portaalcontract niet.`,
      en: `The code of section ${id} does not follow the portal contract.`,
    }
  }
  const version = checkContractVersion(def.meta.contractVersion)
  if (version) return version
  const { runtime } = def
  const shared =
    (runtime.vue as typeof vue).ref === vue.ref &&
    (runtime.pinia as typeof pinia).defineStore === pinia.defineStore &&
    (runtime.vueRouter as typeof vueRouter).useRouter === vueRouter.useRouter &&
    (runtime.vueI18n as typeof vueI18n).useI18n === vueI18n.useI18n
  if (!shared) {
    return {
      code: 'contract-onleesbaar',
      nl: `Sectie ${id} brengt een eigen kopie van Vue, Pinia, vue-router of vue-i18n mee.`,
      en: `Section ${id} brings its own copy of Vue, Pinia, vue-router or vue-i18n.`,
    }
  }
  return null
}
