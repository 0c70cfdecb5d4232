/**
 * XBRL 2.1 checks of each fact against its taxonomy: the concept exists and is not abstract,
 * its context and unit exist and fit (period type, euro for amounts, pure for ratios), numbers
 * carry `decimals`, values match the concept's type, duplicates agree, and escaped XHTML is used
 * only where the filing rules allow it (FR-NL-5.11).
 */
import type { Controle } from '../controle'
import type { Concept } from '../taxonomy/model'
import type { Fact } from '../types'
import { isEuro, isPure, leesbareEenheid } from './checks-contexts'
import { momenten } from './periode'

const LEXICAAL: Partial<Record<Concept['kind'], [RegExp, string, string]>> = {
  monetary: [/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'een bedrag in cijfers', 'an amount in figures'],
  pure: [/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'een getal', 'a number'],
  decimal: [/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'een getal', 'a number'],
  integer: [/^[+-]?\d+$/, 'een geheel getal', 'a whole number'],
  date: [/^\d{4}-\d{2}-\d{2}$/, 'een datum (JJJJ-MM-DD)', 'a date (YYYY-MM-DD)'],
  gYear: [/^\d{4}$/, 'een jaartal', 'a year'],
  boolean: [/^(true|false|1|0)$/, 'true of false', 'true or false'],
}

// FR-NL-5.11: the escaped XHTML a formatted explanation may hold.
const TOEGESTANE_TAGS = new Set([
  'b',
  'br',
  'div',
  'em',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'strong',
  'sub',
  'sup',
  'table',
  'td',
  'th',
  'tr',
  'u',
  'ul',
])
const TOEGESTANE_STIJLEN = new Set(['font-family', 'font-size', 'color'])

export function controleerFeiten(k: Controle): void {
  const { instance, taxonomy, bevindingen } = k
  for (const f of instance.facts) {
    const plaats = {
      line: f.line,
      column: f.column,
      concept: f.name,
      onderdeel: k.onderdeel(f.concept),
    }
    const concept = taxonomy.concepts.get(f.concept)
    if (!concept) {
      bevindingen.add('XBRL-CONCEPT-UNKNOWN', plaats, { naam: f.name })
      continue
    }
    if (concept.abstract) bevindingen.add('XBRL-CONCEPT-ABSTRACT', plaats, { naam: f.name })
    const context = f.contextRef ? instance.contexts.get(f.contextRef) : undefined
    if (!context) bevindingen.add('XBRL-CONTEXT-REF', plaats, { ref: f.contextRef ?? '—' })
    else {
      const m = momenten(context.period)
      const soort = 'fout' in m ? null : m.type === 'instant' ? 'instant' : 'duration'
      if (soort && concept.periodType && soort !== concept.periodType)
        bevindingen.add('XBRL-PERIOD-TYPE', plaats, {
          verwacht: concept.periodType,
          gevonden: soort,
          ref: f.contextRef ?? '',
        })
    }
    if (concept.numeric) getal(k, f, concept, plaats)
    else geenGetal(k, f, plaats)
    if (!f.nil && f.value !== null) {
      const lex = LEXICAAL[concept.kind]
      if (lex && !lex[0].test(f.value))
        bevindingen.add('XBRL-VALUE', plaats, {
          waarde: f.value.slice(0, 40),
          type: lex[1],
          typeEn: lex[2],
        })
    }
    if (f.markup) opmaak(k, f, concept, plaats)
  }
  dubbelen(k)
}

type Plaats = {
  line: number
  column: number
  concept: string
  onderdeel: ReturnType<Controle['onderdeel']>
}

function getal(k: Controle, f: Fact, concept: Concept, plaats: Plaats) {
  const b = k.bevindingen
  const unit = f.unitRef ? k.instance.units.get(f.unitRef) : undefined
  if (!f.unitRef)
    b.add('XBRL-UNIT-REF', plaats, {
      detail: 'Een getal heeft een eenheid nodig: unitRef ontbreekt.',
      detailEn: 'A number needs a unit: unitRef is missing.',
    })
  else if (!unit)
    b.add('XBRL-UNIT-REF', plaats, {
      detail: `Het feit verwijst naar eenheid '${f.unitRef}', die niet bestaat.`,
      detailEn: `The fact refers to unit '${f.unitRef}', which does not exist.`,
    })
  else if (concept.kind === 'monetary' && !isEuro(unit.measures))
    b.add('XBRL-UNIT-MONETARY', plaats, { ref: unit.id, gevonden: leesbareEenheid(unit.measures) })
  else if (concept.kind === 'pure' && !isPure(unit.measures))
    b.add('XBRL-UNIT-PURE', plaats, { ref: unit.id, gevonden: leesbareEenheid(unit.measures) })
  if (f.decimals === null && f.precision === null && !f.nil)
    b.add('XBRL-DECIMALS', plaats, {
      detail: 'Een getal heeft het attribuut decimals nodig.',
      detailEn: 'A number needs the attribute decimals.',
    })
  else if (f.decimals !== null && !/^(INF|[+-]?\d+)$/.test(f.decimals.trim()))
    b.add('XBRL-DECIMALS', plaats, {
      detail: `decimals="${f.decimals}" is geen geheel getal of INF.`,
      detailEn: `decimals="${f.decimals}" is not a whole number or INF.`,
    })
}

function geenGetal(k: Controle, f: Fact, plaats: Plaats) {
  if (f.unitRef !== null)
    k.bevindingen.add('XBRL-UNIT-REF', plaats, {
      detail: 'Alleen getallen hebben een eenheid: laat unitRef weg.',
      detailEn: 'Only numbers have a unit: leave out unitRef.',
    })
  if (f.decimals !== null)
    k.bevindingen.add('XBRL-DECIMALS', plaats, {
      detail: 'Alleen getallen hebben decimals: laat het attribuut weg.',
      detailEn: 'Only numbers have decimals: leave out the attribute.',
    })
}

function opmaak(k: Controle, f: Fact, concept: Concept, plaats: Plaats) {
  const { tags, styles } = f.markup!
  if (!concept.formattedExplanation) {
    k.bevindingen.add(
      'FR-NL-5.11',
      plaats,
      {
        detail: `Opgemaakte tekst (escaped XHTML) mag alleen in toelichtingen; ${f.name} is geen toelichting.`,
        detailEn: `Formatted text (escaped XHTML) is allowed only in explanations; ${f.name} is not one.`,
      },
      'warning',
    )
    return
  }
  const fouteTags = tags.filter((t) => !TOEGESTANE_TAGS.has(t))
  const fouteStijlen = styles.filter((s) => !TOEGESTANE_STIJLEN.has(s))
  if (fouteTags.length)
    k.bevindingen.add('FR-NL-5.11', plaats, {
      detail: `Deze XHTML-elementen zijn niet toegestaan: ${fouteTags.join(', ')}.`,
      detailEn: `These XHTML elements are not allowed: ${fouteTags.join(', ')}.`,
    })
  if (fouteStijlen.length)
    k.bevindingen.add('FR-NL-5.11', plaats, {
      detail: `Alleen de opmaak font-family, font-size en color is toegestaan, niet: ${fouteStijlen.join(', ')}.`,
      detailEn: `Only the styles font-family, font-size and color are allowed, not: ${fouteStijlen.join(', ')}.`,
    })
}

/** Facts of one concept in one context and unit must agree (XBRL 2.1 duplicates). */
function dubbelen(k: Controle) {
  const eerste = new Map<string, Fact>()
  for (const f of k.instance.facts) {
    const key = `${f.concept}\u0000${f.contextRef}\u0000${f.unitRef ?? ''}`
    const vorige = eerste.get(key)
    if (!vorige) {
      eerste.set(key, f)
      continue
    }
    const numeriek = k.taxonomy.concepts.get(f.concept)?.numeric
    const gelijk =
      numeriek && vorige.value !== null && f.value !== null
        ? Number(vorige.value) === Number(f.value)
        : vorige.hash === f.hash && vorige.length === f.length
    const plaats = {
      line: f.line,
      column: f.column,
      concept: f.name,
      onderdeel: k.onderdeel(f.concept),
    }
    if (gelijk)
      k.bevindingen.add(
        'XBRL-DUPLICATE',
        plaats,
        {
          detail: `Dit feit staat al op regel ${vorige.line}, met dezelfde waarde; laat één van beide weg.`,
          detailEn: `This fact already occurs on line ${vorige.line}, with the same value; leave one out.`,
        },
        'warning',
      )
    else
      k.bevindingen.add('XBRL-DUPLICATE', plaats, {
        detail: `Dit feit staat ook op regel ${vorige.line}, met een andere waarde (${kort(vorige.value)} en ${kort(f.value)}).`,
        detailEn: `This fact also occurs on line ${vorige.line}, with another value (${kort(vorige.value)} and ${kort(f.value)}).`,
      })
  }
}

const kort = (v: string | null) => (v === null ? '…' : v.length > 30 ? `${v.slice(0, 30)}…` : v)
