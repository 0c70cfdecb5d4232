import { ref } from 'vue'
import { defineStore } from 'pinia'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import {
  checkContractVersion,
  type Incompatibility,
  type SectionDefinition,
  type SectionRuntime,
} from '@duo/portal-sdk'

/** For each shared singleton: whether the section uses the shell's own instance. */
export function singletonReport(runtime: SectionRuntime) {
  return {
    vue: runtime.ref === ref,
    pinia: runtime.defineStore === defineStore,
    vueRouter: runtime.useRouter === useRouter,
    vueI18n: runtime.useI18n === useI18n,
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
