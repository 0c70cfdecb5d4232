import type { RoleId } from '../catalogue/roles.ts'
import type { Grant } from '../context/subject.ts'
import type { Bestuur } from '../organisation/bestuur.ts'

/**
 * The grants that come automatically with a role: "Deze beheerdersrollen worden samen met
 * het kenmerk automatisch toegekend aan de beheerder po." They take the bestuur's
 * onderwijsbestuurcode as kenmerk and the validity of the grant they come with.
 *
 * @example
 * automaticGrantsFor('beheerder-po', bestuur)
 * // [{ role: 'beheerder-rio-algemeen', kenmerk: '100B490' }, { role: 'beheerder-rio-selfservice', kenmerk: '100B490' }]
 */
export function automaticGrantsFor(
  role: RoleId,
  bestuur: Bestuur,
  validity?: Pick<Grant, 'from' | 'until'>,
): Grant[] {
  if (role !== 'beheerder-po') return []
  const period = {
    ...(validity?.from != null ? { from: validity.from } : {}),
    ...(validity?.until != null ? { until: validity.until } : {}),
  }
  return [
    { role: 'beheerder-rio-algemeen', kenmerk: bestuur.onderwijsbestuurcode, ...period },
    { role: 'beheerder-rio-selfservice', kenmerk: bestuur.onderwijsbestuurcode, ...period },
  ]
}

/**
 * The subject's grants plus the automatic ones of its beheerder po grant for this
 * bestuur, so a store that did not persist them still gives the same answer.
 */
export function effectiveGrants(grants: readonly Grant[], bestuur: Bestuur): readonly Grant[] {
  let extra: Grant[] | undefined
  for (const g of grants) {
    if (g.role === 'beheerder-po' && g.kenmerk === bestuur.bestuursnummer) {
      ;(extra ??= []).push(...automaticGrantsFor(g.role, bestuur, g))
    }
  }
  return extra ? [...grants, ...extra] : grants
}
