import { roles, type RoleId } from '../catalogue/roles.ts'
import type { Subject } from '../context/subject.ts'
import type { Bestuur } from '../organisation/bestuur.ts'
import { contextOf, type Decision, type DecideOptions } from '../decide/decide.ts'
import { reasons } from '../texts.ts'
import { mayAssignIn } from './may-assign.ts'

/**
 * Whether administrator X may take back a grant of role R with kenmerk K: whoever may give
 * it may take it back, also from himself. A role that is not available yet, or an OSR
 * agreement that is missing (or since withdrawn), never stands in the way of taking a role
 * back: those rules keep roles out, not in.
 *
 * @example
 * mayRevoke(beheerderPo, { role: 'osr-toegang', kenmerk: '40567' }, bestuurZonderOsr) // allowed
 */
export function mayRevoke(
  admin: Subject,
  grant: { role: RoleId; kenmerk: string },
  bestuur: Bestuur,
  opts?: DecideOptions,
): Decision {
  // Revoking is never "giving oneself" a role: judge it as for a colleague.
  const d = mayAssignIn(admin, grant.role, grant.kenmerk, bestuur, null, contextOf(opts))
  if (d.allowed) return d
  if (d.reason.code === 'nog-niet-beschikbaar' || d.reason.code === 'osr-overeenkomst-ontbreekt') {
    return { ...d, allowed: true, reason: reasons.revokeAllowed(roles[grant.role], grant.kenmerk) }
  }
  return d
}
