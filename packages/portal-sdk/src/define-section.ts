import type { RouteRecordRaw } from 'vue-router'
import type { Locale, SectionMeta } from './contract'

/** Messages of a section, merged by the shell under the section's id (`t('<id>.key')`). */
export type SectionMessages = Record<Locale, Record<string, unknown>>

/**
 * What a section's exposed module (`./section`) exports as default. `runtime` carries the
 * section's own imports of the shared singletons, so the shell can refuse a section that
 * bundled a second Vue or Pinia (which would break reactivity and injection silently).
 */
export interface SectionDefinition {
  meta: SectionMeta
  routes: RouteRecordRaw[]
  messages: SectionMessages
  runtime: { vue: object; pinia: object; vueRouter: object; vueI18n: object }
}

/**
 * Declares a section. Used once, in `src/section.ts`.
 * @example
 * import * as vue from 'vue'; import * as pinia from 'pinia'
 * import * as vueRouter from 'vue-router'; import * as vueI18n from 'vue-i18n'
 * export default defineSection({ meta, routes, messages, runtime: { vue, pinia, vueRouter, vueI18n } })
 */
export function defineSection(definition: SectionDefinition): SectionDefinition {
  return definition
}
