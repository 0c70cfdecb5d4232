import type { Localized } from '@duo/portal-sdk'
import type { SelectOptie, StatusToon } from '@duo/ui'
import { useTweetalig } from './tweetalig'

export const STATUSSEN = [
  'concept',
  'gevalideerd',
  'ingediend',
  'in-behandeling',
  'geaccepteerd',
  'afgekeurd',
] as const
type Status = (typeof STATUSSEN)[number]

const TOON: Record<Status, StatusToon> = {
  concept: 'neutral',
  gevalideerd: 'info',
  ingediend: 'info',
  'in-behandeling': 'warning',
  geaccepteerd: 'success',
  afgekeurd: 'error',
}

/** The words and tone of an aanlevering's status, in both languages. */
export function useStatus() {
  const tweetalig = useTweetalig()
  const label = (status: string): Localized => tweetalig(`xbrl.status.${status}`)
  const statusLabel = (status: string) => ({
    tone: TOON[status as Status] ?? 'neutral',
    label: label(status),
  })
  const opties: SelectOptie[] = STATUSSEN.map((s) => ({ value: s, label: label(s) }))
  return { label, statusLabel, opties }
}
