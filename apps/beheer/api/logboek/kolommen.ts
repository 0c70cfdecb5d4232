/**
 * The columns of the logboek's exports (CSV and XLSX): labels instead of codes, the details
 * split into columns of their own, times in Dutch local time as on the screen.
 */
import type { Label } from '@duo/server-kit'
import { sectieNaam } from './acties'
import { dag, lokaleTijd, samen } from './details'
import type { LogRegel } from './regels'

export type Taal = 'nl' | 'en'

export interface Kolom {
  kop: Label
  /** Width in characters (XLSX). */
  breedte: number
  /** The cell's value; the moment as a Date for XLSX's real date cells. */
  waarde: (r: LogRegel, taal: Taal) => string | Date | null
}

const dagIn = (iso: string | null, taal: Taal) => (iso ? dag(iso)[taal] : null)

const TIJDSTIP_KOP: Label = {
  nl: 'Tijdstip (Nederlandse tijd)',
  en: 'Time (Dutch time)',
}

export const KOLOMMEN: Kolom[] = [
  { kop: TIJDSTIP_KOP, breedte: 20, waarde: (r) => new Date(r.at) },
  { kop: { nl: 'Actie', en: 'Action' }, breedte: 30, waarde: (r, t) => r.actieNaam[t] },
  {
    kop: { nl: 'Onderdeel', en: 'Part of the portal' },
    breedte: 18,
    waarde: (r, t) => sectieNaam(r.sectie)[t],
  },
  { kop: { nl: 'Door', en: 'By' }, breedte: 34, waarde: (r) => r.door },
  { kop: { nl: 'Voor', en: 'For' }, breedte: 34, waarde: (r) => r.voor },
  {
    kop: { nl: 'Bestuursnummer', en: 'Bestuursnummer' },
    breedte: 15,
    waarde: (r) => r.bestuursnummer,
  },
  { kop: { nl: 'Rol', en: 'Role' }, breedte: 34, waarde: (r, t) => r.details.rol?.[t] ?? null },
  { kop: { nl: 'Kenmerk', en: 'Kenmerk' }, breedte: 12, waarde: (r) => r.details.kenmerk },
  {
    kop: { nl: 'Geldig vanaf', en: 'Valid from' },
    breedte: 18,
    waarde: (r, t) => dagIn(r.details.vanaf, t),
  },
  {
    kop: { nl: 'Geldig tot en met', en: 'Valid up to and including' },
    breedte: 18,
    waarde: (r, t) => dagIn(r.details.tot, t),
  },
  {
    kop: { nl: 'Reden', en: 'Reason' },
    breedte: 34,
    waarde: (r, t) => r.details.reden?.[t] ?? null,
  },
  { kop: { nl: 'Referentie', en: 'Reference' }, breedte: 20, waarde: (r) => r.details.referentie },
  {
    kop: { nl: 'Overige gegevens', en: 'Other details' },
    breedte: 50,
    waarde: (r, t) => (r.details.overig.length ? samen(r.details.overig)[t] : null),
  },
  { kop: { nl: 'Sessie', en: 'Session' }, breedte: 18, waarde: (r) => r.sessieRef },
]

/** A cell as text (CSV): the moment in Dutch local time, "2022-03-01 10:00:00". */
export const alsTekst = (v: string | Date | null): string =>
  v instanceof Date ? lokaleTijd(v) : (v ?? '')
