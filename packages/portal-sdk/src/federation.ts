/**
 * The singletons shell and sections share at run time. Caret ranges on purpose: a section
 * deployed on its own with a newer patch or minor must not warn or load a second copy.
 * Pure data, imported by the Vite configs of the shell and of every section.
 */
export const SHARED_SINGLETONS = {
  vue: { singleton: true, requiredVersion: '^3.5.0' },
  'vue-router': { singleton: true, requiredVersion: '^5.0.0' },
  pinia: { singleton: true, requiredVersion: '^4.0.0' },
  'vue-i18n': { singleton: true, requiredVersion: '^11.3.0' },
  '@duo/portal-sdk': { singleton: true, requiredVersion: '^1.0.0' },
  '@duo/ui': { singleton: true, requiredVersion: '^1.0.0' },
} as const

/** Federation name of a section's remote, e.g. `duo_helpdesk`. */
export function remoteName(sectionId: string): string {
  return `duo_${sectionId}`
}

/** The module every section exposes. */
export const EXPOSED_MODULE = './section'
