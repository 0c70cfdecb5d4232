import { inject, type App, type InjectionKey, type Ref } from 'vue'
import type { Decision, PermissionId } from '@duo/authz'
import type { Locale, PortalUser } from './contract'

/** Where in the bestuur a permission is asked for; default: the bestuur itself. */
export interface Scope {
  school?: string
  onderwijsaanbieder?: string
}

/**
 * What the shell gives every section. Sections never reach into the shell otherwise.
 */
export interface PortalContext {
  /** The logged-in person, or null while anonymous. */
  user: Readonly<Ref<PortalUser | null>>
  /** Whether the person may do `permission` (on the whole bestuur, or on a school in it). */
  can(permission: PermissionId, scope?: Scope): boolean
  /** Whether the person may do `permission` on the bestuur or on at least one of its schools. */
  canAnywhere(permission: PermissionId): boolean
  /** The full decision, with the reason to show when it is refused. */
  decide(permission: PermissionId, scope?: Scope): Decision
  /**
   * Like `decide`, with the reason a person can act on first: a missing role before a too low
   * eHerkenning level (logging in again at EH3 does not help without the role). Since 1.1.
   */
  explain(permission: PermissionId, scope?: Scope): Decision
  /** fetch for the BFF: same-origin cookies and the CSRF header on writes; returns the raw Response. */
  fetch: typeof fetch
  locale: Readonly<Ref<Locale>>
  /** The portal's clock (fixed by `DUO_NOW` in demos and tests). */
  now(): Date
  /** Absolute path of a page of the current section, e.g. `link('meldingen')`. */
  navigate(path: string): Promise<void>
}

export const PORTAL_CONTEXT: InjectionKey<PortalContext> = Symbol.for('duo.portal-context')

/** Installs the context into a Vue app: done by the shell, and by a section's dev harness. */
export function providePortal(app: App, context: PortalContext): void {
  app.provide(PORTAL_CONTEXT, context)
}

/**
 * The portal context inside a section component.
 * @example
 * const portal = usePortal()
 * const mayApply = computed(() => portal.can('bekostiging.aanvraag.indienen'))
 */
export function usePortal(): PortalContext {
  const context = inject(PORTAL_CONTEXT, null)
  if (!context) throw new Error('usePortal() buiten het portaal: geen portaalcontext gevonden.')
  return context
}
