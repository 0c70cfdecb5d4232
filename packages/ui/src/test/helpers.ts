import { ref, type Ref } from 'vue'
import axe from 'axe-core'
import { expect } from 'vitest'
import { PORTAL_CONTEXT, type Locale, type PortalContext } from '@duo/portal-sdk'

/** Mount options that give the component a portal whose language the test can switch. */
export function portalMet(locale: Locale = 'nl'): {
  locale: Ref<Locale>
  global: { provide: Record<symbol, unknown> }
} {
  const taal = ref<Locale>(locale)
  // Only the language is read by @duo/ui; the rest of the context is not needed here.
  const context = { locale: taal } as unknown as PortalContext
  return { locale: taal, global: { provide: { [PORTAL_CONTEXT as symbol]: context } } }
}

/**
 * Runs axe-core on rendered markup. happy-dom has no layout, so colour contrast is checked in
 * the browser (e2e), not here; `region` is a page-level rule for a lone component.
 */
export async function expectGeenAxeFouten(element: Element): Promise<void> {
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  })
  const fouten = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`,
  )
  expect(fouten).toEqual([])
}
