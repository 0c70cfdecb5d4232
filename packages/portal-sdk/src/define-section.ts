import type { RouteRecordRaw } from 'vue-router'
import type { Locale, SectionMeta } from './contract'

/** Messages of a section, merged by the shell under the section's id (`t('<id>.key')`). */
export type SectionMessages = Record<Locale, Record<string, unknown>>

/**
 * One function of each shared singleton, as the section imported it. The shell compares them
 * with its own and refuses a section that bundled a second Vue, Pinia, vue-router or vue-i18n
 * (that would break reactivity and injection silently). Only these four are passed: a whole
 * module namespace would make the bundler keep a proxy of every export.
 */
export interface SectionRuntime {
  ref: unknown
  defineStore: unknown
  useRouter: unknown
  useI18n: unknown
}

/** What a section's exposed module (`./section`) exports as default. */
export interface SectionDefinition {
  meta: SectionMeta
  routes: RouteRecordRaw[]
  messages: SectionMessages
  runtime: SectionRuntime
}

/**
 * Declares a section. Used once, in `src/section.ts`.
 * @example
 * import { ref } from 'vue'; import { defineStore } from 'pinia'
 * import { useRouter } from 'vue-router'; import { useI18n } from 'vue-i18n'
 * export default defineSection({ meta, routes, messages, runtime: { ref, defineStore, useRouter, useI18n } })
 */
export function defineSection(definition: SectionDefinition): SectionDefinition {
  return definition
}
