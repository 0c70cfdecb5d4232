import type { StatusToon } from '@duo/ui'
import type { Localized } from '@duo/portal-sdk'

const TOON: Record<string, StatusToon> = {
  ingediend: 'info',
  geaccepteerd: 'success',
  afgewezen: 'error',
}
const LABEL: Record<string, Localized> = {
  ingediend: { nl: 'Bij DUO in behandeling', en: 'Being handled by DUO' },
  geaccepteerd: { nl: 'Geaccepteerd: register gewijzigd', en: 'Accepted: register changed' },
  afgewezen: { nl: 'Afgewezen', en: 'Refused' },
}

/** The status of a verzoek handmatige mutatie for DuoStatusLabel, in both languages. */
export const verzoekStatus = (status: string) => ({
  tone: TOON[status] ?? 'neutral',
  label: LABEL[status] ?? { nl: status, en: status },
})
