/**
 * A Helpdesk DUO po employee for the werkvoorraad's tests. The harness users are all people of a
 * bestuur; this adds DUO staff to that list, for this test process only.
 */
import { DUO_KENMERK } from '@duo/authz'
import { HARNESS_USERS } from '@duo/section-kit/harness'

export const HELPDESKMEDEWERKER = 'helpdeskmedewerker'

if (!HARNESS_USERS.some((u) => u.id === HELPDESKMEDEWERKER)) {
  HARNESS_USERS.push({
    id: HELPDESKMEDEWERKER,
    user: {
      persoon: { id: 'h-helpdesk', naam: 'Vincent Prins' },
      soort: 'duo-medewerker',
      organisatie: null,
      grants: [{ role: 'duo-helpdeskmedewerker', kenmerk: DUO_KENMERK, from: null, until: null }],
      machtigingen: [],
      niveau: null,
      bestuur: null,
    },
  })
}
