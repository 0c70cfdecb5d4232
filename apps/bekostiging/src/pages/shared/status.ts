/**
 * The states of a zaak as a label with a tone: the bestuur reads "Ontvangen" where DUO reads
 * "Nieuw", and a decision shows whether money came.
 */
import { useI18n } from 'vue-i18n'
import type { StatusToon } from '@duo/ui'

const TOON: Record<string, StatusToon> = {
  concept: 'neutral',
  ingediend: 'info',
  'in-behandeling': 'info',
  toegekend: 'success',
  'deels-toegekend': 'warning',
  afgewezen: 'error',
  ingetrokken: 'neutral',
  gegrond: 'success',
  'deels-gegrond': 'warning',
  ongegrond: 'error',
}

export const ZAAK_STATUSSEN = [
  'ingediend',
  'in-behandeling',
  'toegekend',
  'deels-toegekend',
  'afgewezen',
  'ingetrokken',
  'gegrond',
  'deels-gegrond',
  'ongegrond',
] as const

/** Labels in both languages, so a language switch relabels without asking the API again. */
export function useStatus(kant: 'bestuur' | 'duo' = 'bestuur') {
  const { t } = useI18n()
  const sleutel = (s: string) =>
    kant === 'duo' && s === 'ingediend' ? 'bekostiging.status.nieuw' : `bekostiging.status.${s}`
  return {
    statusLabel: (status: string) => ({
      tone: TOON[status] ?? 'neutral',
      label: {
        nl: t(sleutel(status), {}, { locale: 'nl' }),
        en: t(sleutel(status), {}, { locale: 'en' }),
      },
    }),
    statusTekst: (status: string) => t(sleutel(status)),
  }
}
