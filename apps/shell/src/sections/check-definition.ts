import * as vue from 'vue'
import * as pinia from 'pinia'
import * as vueRouter from 'vue-router'
import * as vueI18n from 'vue-i18n'
import { checkContractVersion, type Incompatibility, type SectionDefinition } from '@duo/portal-sdk'

/** For each shared singleton: whether the section uses the shell's own instance. */
export function singletonReport(runtime: SectionDefinition['runtime']) {
  return {
    vue: (runtime.vue as typeof vue).ref === vue.ref,
    pinia: (runtime.pinia as typeof pinia).defineStore === pinia.defineStore,
    vueRouter: (runtime.vueRouter as typeof vueRouter).useRouter === vueRouter.useRouter,
    vueI18n: (runtime.vueI18n as typeof vueI18n).useI18n === vueI18n.useI18n,
  }
}

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
  if (!Object.values(singletonReport(def.runtime)).every(Boolean)) {
    return {
      code: 'contract-onleesbaar',
      nl: `Sectie ${id} brengt een eigen kopie van Vue, Pinia, vue-router of vue-i18n mee.`,
      en: `Section ${id} brings its own copy of Vue, Pinia, vue-router or vue-i18n.`,
    }
  }
  return null
}
