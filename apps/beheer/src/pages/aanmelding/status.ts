import type { StatusToon } from '@duo/ui'
import type { Localized } from '@duo/portal-sdk'
import { useTweetalig } from '../../util'

const TOON: Record<string, StatusToon> = {
  ingediend: 'info',
  goedgekeurd: 'success',
  afgewezen: 'error',
}

/**
 * An aanmelding's status for DuoStatusLabel, in both languages. The bestuur reads `ingediend`
 * as waiting for the servicedesk; the servicedesk, whose turn it is, as "Te beoordelen".
 * @example
 * const { statusLabel } = useAanmeldingStatus('servicedesk')
 * <DuoStatusLabel v-bind="statusLabel(a.status)" />
 */
export function useAanmeldingStatus(lezer: 'bestuur' | 'servicedesk') {
  const tweetalig = useTweetalig()
  const groep = lezer === 'servicedesk' ? 'beheer.aanmeldingStatusDesk' : 'beheer.aanmeldingStatus'
  const label = (status: string): Localized => tweetalig(`${groep}.${status}`)
  return {
    label,
    statusLabel: (status: string) => ({ tone: TOON[status] ?? 'neutral', label: label(status) }),
  }
}
