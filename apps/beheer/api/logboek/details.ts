/**
 * The details of an audit entry in words: every section writes its own keys (`rol`, `kenmerk`,
 * `referentie`, `methode`, …), and the logboek and its exports show them as labelled values in
 * both languages, never as JSON. Known keys get a proper label; unknown keys a readable one.
 */
import type { Label } from '@duo/server-kit'
import { roleName } from '../shared/weergave'

/** One labelled value of an entry, e.g. "Kenmerk: 12AB". */
interface Deel {
  label: Label
  waarde: Label
}

/** The details sorted into the columns of the export, and the rest. */
export interface Details {
  rol: Label | null
  kenmerk: string | null
  vanaf: string | null
  tot: string | null
  reden: Label | null
  referentie: string | null
  /** Everything else, labelled (ids left out: they mean nothing to a reader). */
  overig: Deel[]
}

const zelfde = (s: string): Label => ({ nl: s, en: s })

const MAANDEN = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/** '2022-03-01' → "1 maart 2022" / "1 March 2022". */
export function dag(iso: string): Label {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const nl = MAANDEN.nl[m - 1]
  const en = MAANDEN.en[m - 1]
  return nl && en ? { nl: `${d} ${nl} ${y}`, en: `${d} ${en} ${y}` } : zelfde(iso)
}

const TIJD = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** A moment in Dutch local time, as the screen and the exports show it: "2022-03-01 10:00:00". */
export const lokaleTijd = (iso: string | Date): string => TIJD.format(new Date(iso))

/** A grant's period in words: "van 1 maart 2022 tot en met 31 december 2022". */
function periode(vanaf: string | null, tot: string | null): Label {
  if (!vanaf && !tot) return { nl: 'zonder begin- of einddatum', en: 'without start or end date' }
  if (vanaf && tot) {
    const [v, t] = [dag(vanaf), dag(tot)]
    return { nl: `van ${v.nl} tot en met ${t.nl}`, en: `from ${v.en} up to and including ${t.en}` }
  }
  if (vanaf) return { nl: `vanaf ${dag(vanaf).nl}`, en: `from ${dag(vanaf).en}` }
  return { nl: `tot en met ${dag(tot!).nl}`, en: `up to and including ${dag(tot!).en}` }
}

const LABELS: Record<string, Label> = {
  rol: { nl: 'Rol', en: 'Role' },
  kenmerk: zelfde('Kenmerk'),
  periode: { nl: 'Geldig', en: 'Valid' },
  vorigePeriode: { nl: 'Was geldig', en: 'Was valid' },
  reden: { nl: 'Reden', en: 'Reason' },
  referentie: { nl: 'Referentie', en: 'Reference' },
  beheerderPo: zelfde('Beheerder po'),
  beheerderBekostiging: zelfde('Beheerder bekostiging en opleidingen'),
  methode: { nl: 'Ingelogd met', en: 'Logged in with' },
  niveau: { nl: 'Betrouwbaarheidsniveau', en: 'Level of assurance' },
  diensten: { nl: 'Diensten', en: 'Services' },
  intermediair: { nl: 'Via ketenmachtiging, KvK', en: 'Through a ketenmachtiging, KvK' },
  gebruikersnaam: { nl: 'Gebruikersnaam', en: 'User name' },
  status: zelfde('Status'),
  van: { nl: 'Van', en: 'From' },
  naar: { nl: 'Naar', en: 'To' },
  beschikking: zelfde('Beschikking'),
  bedragCenten: { nl: 'Bedrag', en: 'Amount' },
  onderwerp: { nl: 'Onderwerp', en: 'Subject' },
  categorie: { nl: 'Categorie', en: 'Category' },
  soort: { nl: 'Soort', en: 'Kind' },
  jaar: { nl: 'Jaar', en: 'Year' },
  dienst: { nl: 'Dienst', en: 'Service' },
  einddatum: { nl: 'Einddatum', en: 'End date' },
  vorigeEinddatum: { nl: 'Vorige einddatum', en: 'Previous end date' },
  tot: { nl: 'Tot', en: 'Until' },
}

const WAARDEN: Record<string, Label> = {
  eherkenning: zelfde('eHerkenning'),
  duo: { nl: 'een DUO-account', en: 'a DUO account' },
  'niveau-onbekend': {
    nl: 'betrouwbaarheidsniveau onbekend of te laag',
    en: 'level of assurance unknown or too low',
  },
  'geen-machtiging': {
    nl: 'geen machtiging voor een dienst van DUO',
    en: 'no machtiging (authorisation) for a DUO service',
  },
  'vervangen door aanmelding': {
    nl: 'vervangen na een aanmelding van nieuwe beheerders',
    en: 'replaced after a registration of new administrators',
  },
  'mijn-duo': zelfde('Mijn DUO voor zakelijke klanten'),
  'mijn-helpdesk-po': zelfde('Mijn Helpdesk po'),
}

/** "vorigeEinddatum" → "Vorige einddatum": a readable label for a key we do not know. */
function labelVan(key: string): Label {
  const woorden = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase()
  return LABELS[key] ?? zelfde(woorden.charAt(0).toUpperCase() + woorden.slice(1))
}

const bedrag = (centen: number): Label => ({
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(centen / 100),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(centen / 100),
})

/** Any value as words: days and moments formatted, codes named, lists joined, never JSON. */
function waardeVan(value: unknown): Label | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'boolean') return value ? { nl: 'ja', en: 'yes' } : { nl: 'nee', en: 'no' }
  if (Array.isArray(value)) {
    const delen = value.map(waardeVan).filter((x): x is Label => x !== null)
    return delen.length
      ? { nl: delen.map((d) => d.nl).join(', '), en: delen.map((d) => d.en).join(', ') }
      : null
  }
  if (typeof value === 'object') {
    const delen = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
      const w = waardeVan(v)
      return w ? [{ label: labelVan(k), waarde: w }] : []
    })
    return delen.length ? samen(delen) : null
  }
  const s = String(value)
  if (WAARDEN[s]) return WAARDEN[s]
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return dag(s)
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(s)) return zelfde(lokaleTijd(s))
  return zelfde(s)
}

/** Labelled values as one line: "Kenmerk: 12AB; Geldig: vanaf 1 maart 2022". */
export function samen(delen: Deel[]): Label {
  const line = (l: 'nl' | 'en') => delen.map((d) => `${d.label[l]}: ${d.waarde[l]}`).join('; ')
  return { nl: line('nl'), en: line('en') }
}

/** Keys shown elsewhere (a column of their own, or "Voor"), or meaningless to a reader. */
const APART = new Set(['rol', 'kenmerk', 'vanaf', 'tot', 'reden', 'referentie'])
const VERBORGEN = (key: string) => /Id$/.test(key) || key === 'clientId'

/**
 * The details of an entry, sorted. `onderwerpBekend`: the entry names the person it is about
 * (then `onderwerp` is that person's name, shown under "Voor").
 */
export function leesDetails(
  details: Record<string, unknown>,
  opts: { onderwerpBekend: boolean },
): Details {
  const d = details
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null)
  // `tot` is a grant's last day in beheer's entries, a moment elsewhere (an account locked until).
  const isDag = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
  const periodeDetails = typeof d.rol === 'string' || isDag(d.vanaf) || isDag(d.tot)
  const overig: Deel[] = []
  for (const [key, value] of Object.entries(d)) {
    if (VERBORGEN(key) || (periodeDetails && APART.has(key)) || key === 'reden') continue
    if (!periodeDetails && (key === 'referentie' || key === 'kenmerk')) continue
    if (key === 'onderwerp' && opts.onderwerpBekend) continue
    if (key === 'vorigVanaf' || key === 'vorigTot') continue
    if (key === 'automatisch') {
      if (value === true)
        overig.push({
          label: { nl: 'Toegekend', en: 'Assigned' },
          waarde: { nl: 'automatisch met Beheerder po', en: 'automatically with Beheerder po' },
        })
      continue
    }
    const waarde =
      key === 'bedragCenten' && typeof value === 'number' ? bedrag(value) : waardeVan(value)
    if (waarde) overig.push({ label: labelVan(key), waarde })
  }
  if ('vorigVanaf' in d || 'vorigTot' in d)
    overig.unshift({
      label: LABELS.vorigePeriode!,
      waarde: periode(str(d.vorigVanaf), str(d.vorigTot)),
    })
  return {
    rol: typeof d.rol === 'string' ? roleName(d.rol) : null,
    kenmerk: str(d.kenmerk),
    vanaf: periodeDetails && isDag(d.vanaf) ? (d.vanaf as string) : null,
    tot: periodeDetails && isDag(d.tot) ? (d.tot as string) : null,
    reden: waardeVan(d.reden),
    referentie: str(d.referentie),
    overig,
  }
}

/** What happened, in one line per language: never empty (the action's own label at least). */
export function watVan(details: Details, actieNaam: Label, metPeriode: boolean): Label {
  const delen: Deel[] = []
  if (details.rol) delen.push({ label: LABELS.rol!, waarde: details.rol })
  if (details.kenmerk) delen.push({ label: LABELS.kenmerk!, waarde: zelfde(details.kenmerk) })
  if (metPeriode && details.rol)
    delen.push({ label: LABELS.periode!, waarde: periode(details.vanaf, details.tot) })
  if (details.referentie)
    delen.push({ label: LABELS.referentie!, waarde: zelfde(details.referentie) })
  delen.push(...details.overig)
  if (details.reden) delen.push({ label: LABELS.reden!, waarde: details.reden })
  return delen.length ? samen(delen) : actieNaam
}
