/**
 * Users for ROD's component tests beyond the harness's own: the schooladministratie of 34CD and
 * the DUO behandelaar ROD. Added to the harness list for this test process only.
 */
import { DUO_KENMERK } from '@duo/authz'
import { HARNESS_USERS } from '@duo/section-kit/harness'

export const SCHOOLADMIN = 'schooladmin-34cd'
export const BEHANDELAAR = 'rod-behandelaar'

const alles = HARNESS_USERS.find((u) => u.id === 'alles')!.user

if (!HARNESS_USERS.some((u) => u.id === SCHOOLADMIN))
  HARNESS_USERS.push(
    {
      id: SCHOOLADMIN,
      user: {
        ...alles,
        persoon: { id: 'h-sa', naam: 'Femke Bos' },
        grants: [
          { role: 'medewerker-schooladministratie-rod', kenmerk: '34CD', from: null, until: null },
        ],
      },
    },
    {
      id: BEHANDELAAR,
      user: {
        persoon: { id: 'h-rod', naam: 'Saskia Bos' },
        soort: 'duo-medewerker',
        organisatie: null,
        grants: [{ role: 'duo-behandelaar-rod', kenmerk: DUO_KENMERK, from: null, until: null }],
        machtigingen: [],
        niveau: null,
        bestuur: null,
      },
    },
  )
