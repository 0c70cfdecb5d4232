/** The columns each list page shows; the first names the row and links to the object. */
import type { Kolom } from '@duo/ui'
import type { Locale } from '@duo/portal-sdk'
import type { Soort } from '../shared/velden'
import type { useRegister } from '../shared/use-register'
import { datum } from '../shared/format'

export interface Rij {
  code: string
  soort: Soort
  naam: string
  ouder: { code: string; naam: string } | null
  begindatum: string
  einddatum: string | null
  inBedrijf: string
  uitBedrijf: string | null
  gegevens: Record<string, unknown>
}

export function kolommenVoor(
  soort: Soort,
  t: (key: string) => string,
  register: ReturnType<typeof useRegister>,
  locale: Locale,
): Array<Kolom<Rij>> {
  const naam: Kolom<Rij> = {
    key: 'naam',
    label: t(`rio.lijst.${soort}.naam`),
    rowHeader: true,
    sortable: true,
  }
  const code: Kolom<Rij> = { key: 'code', label: t('rio.veld.code'), sortable: true }
  const sinds: Kolom<Rij> = {
    key: 'inBedrijf',
    label: t('rio.veld.inBedrijf'),
    sortable: true,
    value: (r) => datum(r.inBedrijf, locale),
  }
  const tot: Kolom<Rij> = {
    key: 'uitBedrijf',
    label: t('rio.veld.uitBedrijf'),
    value: (r) => datum(r.uitBedrijf, locale) || '—',
  }
  const ouder = (label: string): Kolom<Rij> => ({
    key: 'ouder',
    label: t(label),
    value: (r) => r.ouder?.naam ?? '',
  })
  switch (soort) {
    case 'onderwijsaanbieder':
      return [
        naam,
        code,
        {
          key: 'erkenning',
          label: t('rio.veld.erkenningscode'),
          value: (r) => register.label('erkenningen', r.gegevens.erkenningscode),
        },
        sinds,
      ]
    case 'onderwijslocatie':
      return [naam, code, sinds, tot]
    case 'aangeboden-opleiding':
      return [
        naam,
        ouder('rio.veld.aanbieder'),
        {
          key: 'doelgroep',
          label: t('rio.veld.doelgroep'),
          value: (r) => register.label('doelgroepen', r.gegevens.doelgroep),
        },
        sinds,
        tot,
      ]
    case 'communicatiecontext':
      return [
        naam,
        ouder('rio.veld.eigenaar'),
        { key: 'email', label: t('rio.veld.email'), value: (r) => String(r.gegevens.email ?? '') },
        sinds,
      ]
    default:
      return [naam, code, sinds]
  }
}
