import type { RoleId } from '../catalogue/roles.ts'
import type { Betrouwbaarheidsniveau, Dienst } from './login.ts'
import { isIsoDate, type IsoDate } from './date.ts'

/**
 * A role given to a person with a kenmerk: the code of the organisation it applies to.
 * `from` and `until` are Dutch calendar days, both **inclusive** ("geldig van … tot en
 * met …"); null or absent means open-ended.
 */
export interface Grant {
  id?: string
  role: RoleId
  kenmerk: string
  from?: IsoDate | null
  until?: IsoDate | null
}

/**
 * The person asking, as the BFF builds it from the session. A bestuur employee acts for
 * the organisation of the eHerkenning login (`actsFor`, the LegalSubjectID), possibly
 * through an intermediary on a ketenmachtiging. DUO staff log in without eHerkenning.
 */
export interface Subject {
  kind: 'bestuur-medewerker' | 'duo-medewerker'
  personId: string
  grants: Grant[]
  actsFor?: { kvk: string; bestuursnummer?: string }
  intermediary?: { kvk: string } | null
  machtigingen: Dienst[]
  niveau: Betrouwbaarheidsniveau
}

/** Whether a grant counts on `today`. */
export type GrantStatus = 'geldig' | 'nog-niet-geldig' | 'verlopen' | 'ongeldig'

/**
 * The status of a grant on a Dutch calendar day; malformed dates make it `ongeldig`,
 * never silently valid.
 *
 * @example grantStatus({ role: 'osr-toegang', kenmerk: '41234', until: '2022-05-31' }, '2022-05-31') // 'geldig'
 */
export function grantStatus(grant: Grant, today: IsoDate): GrantStatus {
  const { from, until } = grant
  if (from == null && until == null) return 'geldig'
  if ((from != null && !isIsoDate(from)) || (until != null && !isIsoDate(until))) return 'ongeldig'
  if (from != null && today < from) return 'nog-niet-geldig'
  if (until != null && today > until) return 'verlopen'
  return 'geldig'
}
