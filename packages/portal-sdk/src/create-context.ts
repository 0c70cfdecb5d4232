import { computed, type Ref } from 'vue'
import {
  decide as authzDecide,
  registerAuthzTexts,
  type Decision,
  type PermissionId,
  type Subject,
} from '@duo/authz'
import type { Locale, PortalUser } from './contract'
import type { PortalContext, Scope } from './context'

/**
 * Loads the texts of `@duo/authz` (the reasons of its decisions, what each role is for) and
 * registers them with the `@duo/authz` of this portal. A browser bundle of `@duo/authz`
 * leaves them out: the portal loads them at start-up, with its messages, before it shows a
 * page (`decide(…).reason.nl` reads them). Outside a browser bundle they are there already.
 * @example
 * await Promise.all([loadMessages(), loadAuthzTexts()])
 */
export async function loadAuthzTexts(): Promise<void> {
  const { authzTexts } = await import('@duo/authz/teksten')
  registerAuthzTexts(authzTexts)
}

/** The authz subject of a portal user: the same shape the BFF builds from the session. */
export function subjectOf(user: PortalUser): Subject {
  return {
    kind: user.soort,
    personId: user.persoon.id,
    grants: user.grants.map((g) => ({ ...g, role: g.role as Subject['grants'][number]['role'] })),
    actsFor: user.organisatie
      ? { kvk: user.organisatie.kvk, bestuursnummer: user.organisatie.bestuursnummer }
      : undefined,
    intermediary: user.organisatie?.intermediair
      ? { kvk: user.organisatie.intermediair.kvk }
      : null,
    machtigingen: user.machtigingen,
    niveau: user.niveau ?? 'EH2',
  }
}

/** DUO staff act for no bestuur; their internal roles do not look at the bestuur at all. */
const GEEN_BESTUUR = {
  bestuursnummer: '',
  kvk: '',
  onderwijsbestuurcode: '',
  naam: '',
  osrOvereenkomstGetekend: false,
  scholen: [],
}

const ANONYMOUS: Decision = {
  allowed: false,
  reason: {
    code: 'niet-ingelogd',
    nl: 'U bent niet ingelogd.',
    en: 'You are not logged in.',
  },
}

/**
 * Builds the portal context from the current user: `can`/`decide` are bound to `@duo/authz`,
 * so a section shows exactly what the BFF will allow. Used by the shell and the dev harness.
 */
export function createPortalContext(options: {
  user: Readonly<Ref<PortalUser | null>>
  locale: Readonly<Ref<Locale>>
  fetch: typeof fetch
  now: () => Date
  navigate: (path: string) => Promise<void>
}): PortalContext {
  const subject = computed(() => (options.user.value ? subjectOf(options.user.value) : null))
  // The same person at the highest level: what would still be missing if the level were fine.
  const atAnyLevel = computed(() =>
    subject.value ? { ...subject.value, niveau: 'EH4' as const } : null,
  )
  const decideAs = (who: Subject | null, permission: PermissionId, scope: Scope): Decision => {
    const user = options.user.value
    if (!who || !user) return ANONYMOUS
    const bestuur = user.bestuur ?? (user.soort === 'duo-medewerker' ? GEEN_BESTUUR : null)
    if (!bestuur) return ANONYMOUS
    return authzDecide(who, permission, { bestuur, ...scope }, { now: options.now() })
  }
  const decide = (permission: PermissionId, scope: Scope = {}): Decision =>
    decideAs(subject.value, permission, scope)
  const explain = (permission: PermissionId, scope: Scope = {}): Decision => {
    const decision = decide(permission, scope)
    if (decision.allowed || decision.reason.code !== 'niveau-te-laag') return decision
    const withoutLevel = decideAs(atAnyLevel.value, permission, scope)
    return withoutLevel.allowed ? decision : withoutLevel
  }
  return {
    user: options.user,
    locale: options.locale,
    fetch: options.fetch,
    now: options.now,
    navigate: options.navigate,
    decide,
    explain,
    can: (permission, scope) => decide(permission, scope).allowed,
    canAnywhere: (permission) => {
      if (decide(permission).allowed) return true
      const scholen = options.user.value?.bestuur?.scholen ?? []
      // A school-level kenmerk (instellingscode, onderwijsaanbiedercode) opens that school only.
      return scholen.some(
        (s) =>
          decide(permission, { school: s.instellingscode }).allowed ||
          decide(permission, { onderwijsaanbieder: s.onderwijsaanbiedercode }).allowed,
      )
    },
  }
}
