import type { Grant, Subject } from '@duo/authz'
import type { Session } from '../platform/stores/sessions'
import type { Persoon } from '../platform/stores/people'
import type { BestuurTree } from '../platform/stores/organisations'

export type { Session, Persoon, BestuurTree }
export type { SchoolNode } from '../platform/stores/organisations'

/** A grant as it counts for this session (with its stored id). */
export type SessionGrant = Grant & { id: string }

/**
 * Who asks: built by the platform from the database on every request, so a revoked grant
 * counts at once. Sections read it with `authOf(c)`.
 */
export interface AuthContext {
  rawSessionId: string
  session: Session
  persoon: Persoon
  /** The person as `@duo/authz` sees them. */
  subject: Subject
  grants: SessionGrant[]
  /** The bestuur acted for, with its schools; null for DUO staff. */
  bestuur: BestuurTree | null
}
