import type { Localized } from '@duo/portal-sdk'
import type { SelectOptie, StatusToon } from '@duo/ui'
import { useTweetalig } from './tweetalig'

export const STATUSSEN = ['nieuw', 'in-behandeling', 'wacht-op-reactie', 'afgehandeld'] as const
type MeldingStatus = (typeof STATUSSEN)[number]

const TOON: Record<MeldingStatus, StatusToon> = {
  nieuw: 'info',
  'in-behandeling': 'info',
  'wacht-op-reactie': 'warning',
  afgehandeld: 'success',
}

/** The tone of a melding's status for DuoStatusLabel; an unknown status is neutral. */
export function statusToon(status: string): StatusToon {
  return TOON[status as MeldingStatus] ?? 'neutral'
}

/**
 * The words for a melding's status, in both languages (so they follow a language switch).
 * The bestuur reads `wacht-op-reactie` as "Wacht op uw reactie"; the helpdesk, who waits for
 * that bestuur, as "Wacht op reactie bestuur".
 * @example
 * const { statusLabel } = useStatus('helpdesk')
 * <DuoStatusLabel v-bind="statusLabel(m.status)" />
 */
export function useStatus(lezer: 'bestuur' | 'helpdesk') {
  const tweetalig = useTweetalig()
  const groep = lezer === 'helpdesk' ? 'helpdesk.statusHelpdesk' : 'helpdesk.status'
  const label = (status: string): Localized => tweetalig(`${groep}.${status}`)
  const statusLabel = (status: string) => ({ tone: statusToon(status), label: label(status) })
  const opties: SelectOptie[] = STATUSSEN.map((s) => ({ value: s, label: label(s) }))
  return { label, statusLabel, opties }
}
