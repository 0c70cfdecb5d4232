/**
 * What the change form sends: the mutaties of one person's change to one object (a new
 * locatie brings its gebruik along), and where each of the API's field names sits on the page.
 */
import type { VeldFout } from '../../api'
import type { Soort } from '../shared/velden'
import { VELDEN } from '../shared/velden'

export type Modus = 'registreer' | 'wijzig' | 'beeindig'

export interface FormInvoer {
  soort: Soort
  code: string | null
  begindatum: string
  einddatum: string
  ouder: string
  gebruiksnaam: string
  omschrijving: string
  gegevens: Record<string, unknown>
}

/** Only the fields of the kind, and numbers as numbers. */
function schoon(soort: Soort, g: Record<string, unknown>) {
  const uit: Record<string, unknown> = {}
  for (const v of VELDEN[soort]) {
    const w = g[v.naam]
    uit[v.naam] =
      v.naam === 'huisnummer' && typeof w === 'string' && /^\d+$/.test(w.trim()) ? Number(w) : w
  }
  return uit
}

export function alsWijziging(modus: Modus, f: FormInvoer) {
  const omschrijving = f.omschrijving.trim() || undefined
  if (modus === 'beeindig')
    return {
      omschrijving,
      mutaties: [{ actie: 'beeindig' as const, code: f.code!, einddatum: f.einddatum }],
    }
  const periode = { begindatum: f.begindatum, einddatum: f.einddatum || null }
  if (modus === 'wijzig')
    return {
      omschrijving,
      mutaties: [
        {
          actie: 'wijzig' as const,
          code: f.code!,
          ...periode,
          gegevens: schoon(f.soort, f.gegevens),
        },
      ],
    }
  const nieuw = {
    actie: 'registreer' as const,
    soort: f.soort,
    sleutel: 'nieuw-object',
    ...periode,
    gegevens: schoon(f.soort, f.gegevens),
  }
  if (f.soort === 'onderwijslocatie')
    return {
      omschrijving,
      mutaties: [
        nieuw,
        // A locatie is registered with the bestuur's use of it, in the same change.
        {
          actie: 'registreer' as const,
          soort: 'onderwijslocatiegebruik' as const,
          ouder: 'nieuw-object',
          ...periode,
          gegevens: { naam: f.gebruiksnaam || String(f.gegevens.straatnaam ?? '') },
        },
      ],
    }
  return { omschrijving, mutaties: [{ ...nieuw, ...(f.ouder ? { ouder: f.ouder } : {}) }] }
}

/** The id on the page of a field the API names (`mutaties.0.gegevens.naam` → `rio-veld-naam`). */
export function veldIdVan(veld: string, modus: Modus): string | undefined {
  const m = /^mutaties\.(\d+)(?:\.(\w+))?(?:\.(\w+))?/.exec(veld)
  if (!m) return veld === 'omschrijving' ? 'rio-omschrijving' : undefined
  const [, index, deel, sub] = m
  if (index === '1') return 'rio-veld-gebruiksnaam'
  if (deel === 'gegevens' && sub) return `rio-veld-${sub}`
  if (deel === 'begindatum' || deel === 'einddatum' || deel === 'ouder') return `rio-${deel}`
  return modus === 'beeindig' ? 'rio-einddatum' : 'rio-begindatum'
}

/** The page's own checks before sending: required fields and the order of the dates. */
export function controleer(
  modus: Modus,
  f: FormInvoer,
  tekst: (key: string) => { nl: string; en: string },
): VeldFout[] {
  const fouten: VeldFout[] = []
  const meld = (veld: string, key: string) => fouten.push({ veld, ...tekst(key) })
  if (modus === 'beeindig') {
    if (!f.einddatum) meld('mutaties.0.einddatum', 'rio.fout.einddatum')
    return fouten
  }
  if (!f.begindatum) meld('mutaties.0.begindatum', 'rio.fout.begindatum')
  if (f.begindatum && f.einddatum && f.einddatum <= f.begindatum)
    meld('mutaties.0.einddatum', 'rio.fout.eindeVoorBegin')
  if (modus === 'registreer' && f.soort === 'aangeboden-opleiding' && !f.ouder)
    meld('mutaties.0.ouder', 'rio.fout.ouder')
  for (const v of VELDEN[f.soort]) {
    if (!v.verplicht) continue
    const w = f.gegevens[v.naam]
    const leeg =
      v.soort === 'locaties'
        ? !(w as string[] | undefined)?.length
        : v.soort === 'ja-nee'
          ? typeof w !== 'boolean'
          : !String(w ?? '').trim()
    if (leeg) meld(`mutaties.0.gegevens.${v.naam}`, `rio.fout.verplicht.${v.naam}`)
  }
  return fouten
}
