/**
 * What follows from a submission: when funding starts, when DUO decides at the latest, and for
 * Roma en Sinti the indicative amount (the only category whose amount per pupil the sources
 * give). DUO's beschikking states the real amount.
 */
import type { Categorie } from './categorieen'
import type { Gegevens } from './controle'
import { eersteVanVolgendeMaand, isSchooljaar, laatsteDag, plusMaanden, type Dag } from './datum'

/** A beschikking follows within 4 months of receipt. */
const BESLISTERMIJN_MAANDEN = 4

export const uitersteBeslisdatum = (ontvangen: Dag): Dag =>
  plusMaanden(ontvangen, BESLISTERMIJN_MAANDEN)

/** Funding starts the month after receipt. */
export const ingangsdatum = (ontvangen: Dag): Dag => eersteVanVolgendeMaand(ontvangen)

/** Roma en Sinti: euros per pupil per year, by schooljaar (2021-2022 from duo.nl; others assumed equal). */
const ROMA_SINTI_PER_LEERLING: Record<string, number> = { '2021-2022': 3413 }
const ROMA_SINTI_STANDAARD = 3413

/** Months from the start of funding up to and including July, the end of the schooljaar. */
function maandenTotEindeSchooljaar(start: Dag, schooljaar: string): number {
  const eind = laatsteDag(schooljaar)
  if (start > eind) return 0
  const [sj, sm] = start.split('-').map(Number) as [number, number]
  const [ej, em] = eind.split('-').map(Number) as [number, number]
  return (ej - sj) * 12 + (em - sm) + 1
}

/**
 * The indicative amount in cents, or null where DUO computes it from data the form does not hold.
 * @example indicatiefBedrag('roma-sinti', { schooljaar: '2021-2022', aantalLeerlingen: 5 }, '2021-09-20')
 * // 5 × €3,413 × 10/12 = €14,220.83 → 1422083
 */
export function indicatiefBedrag(categorie: Categorie, g: Gegevens, ontvangen: Dag): number | null {
  if (categorie !== 'roma-sinti' || !isSchooljaar(g.schooljaar) || !g.aantalLeerlingen) return null
  const perJaar = ROMA_SINTI_PER_LEERLING[g.schooljaar] ?? ROMA_SINTI_STANDAARD
  const maanden = maandenTotEindeSchooljaar(ingangsdatum(ontvangen), g.schooljaar)
  return Math.round((g.aantalLeerlingen * perJaar * 100 * maanden) / 12)
}

/** An amount in cents as people read it: "€ 14.220,83" / "€14,220.83". */
export function bedragTekst(centen: number, taal: 'nl' | 'en'): string {
  return new Intl.NumberFormat(taal === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(centen / 100)
}
