/** The labels of the register's states, with a tone and shape that never rest on colour alone. */
import { useI18n } from 'vue-i18n'

type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'error'

const MANDAAT: Record<string, Tone> = {
  actief: 'success',
  toekomstig: 'info',
  beeindigd: 'neutral',
  ingetrokken: 'error',
}
const AANVRAAG: Record<string, Tone> = {
  ingediend: 'info',
  getekend: 'success',
  afgewezen: 'error',
}
const SYSTEEM: Record<string, Tone> = {
  aangemeld: 'info',
  goedgekeurd: 'success',
  afgewezen: 'error',
}

export function useStatus() {
  const { t } = useI18n()
  const label = (groep: string, tonen: Record<string, Tone>) => (status: string) => ({
    tone: tonen[status] ?? 'neutral',
    label: t(`osr.status.${groep}.${status}`),
  })
  return {
    mandaat: label('mandaat', MANDAAT),
    aanvraag: label('aanvraag', AANVRAAG),
    systeem: label('systeem', SYSTEEM),
  }
}

export const DIENSTEN = ['rod-po', 'verzuim', 'rio', 'doorstroomtoets', 'oso'] as const
export type Dienst = (typeof DIENSTEN)[number]
