/**
 * Evaluates the taxonomy's existence and value assertions on the facts. Fact variables bind by
 * concept; variables without a period filter bind in the same context (entity and period, the
 * formula spec's implicit filtering); an instant-duration filter binds the instant at the start
 * or end of another variable's period. A variable that cannot bind and has no fallback means the
 * assertion is not evaluated there, as XBRL Formula prescribes.
 */
import type { Controle } from '../controle'
import { getal } from '../format'
import type { GebondenFeit } from '../instance/feiten'
import type { Assertion, FactVariable } from '../taxonomy/model'
import { NietOndersteund, evalueer, klopt, type Waarde } from './expression'

export function controleerAssertions(k: Controle): void {
  for (const a of k.taxonomy.assertions) {
    const probleem = nietOndersteund(a)
    if (probleem) {
      k.bevindingen.add(
        'OCW-FORMULA-UNSUPPORTED',
        {},
        { id: a.id, detail: probleem.nl, detailEn: probleem.en },
      )
      continue
    }
    try {
      if (a.kind === 'existence') bestaat(k, a)
      else waarde(k, a)
    } catch (err) {
      if (!(err instanceof NietOndersteund)) throw err
      k.bevindingen.add(
        'OCW-FORMULA-UNSUPPORTED',
        {},
        { id: a.id, detail: err.nl, detailEn: err.en },
      )
    }
  }
}

function nietOndersteund(a: Assertion): { nl: string; en: string } | null {
  if (!a.variables.length) return { nl: 'geen variabelen', en: 'no variables' }
  for (const v of a.variables) {
    const f = v.unsupported.join(', ')
    if (f)
      return {
        nl: `filter of variabele ${f} wordt niet ondersteund`,
        en: `filter or variable ${f} is not supported`,
      }
    if (!v.concepts.length)
      return {
        nl: `variabele $${v.name} heeft geen concept`,
        en: `variable $${v.name} has no concept`,
      }
  }
  if (a.kind === 'existence' && a.test)
    return { nl: 'existence assertion met test', en: 'existence assertion with a test' }
  if (a.kind === 'value' && !a.test)
    return { nl: 'value assertion zonder test', en: 'value assertion without a test' }
  return null
}

const feitenVan = (k: Controle, v: FactVariable): GebondenFeit[] =>
  v.concepts.flatMap((c) => k.feiten.van(c))

function bestaat(k: Controle, a: Assertion) {
  if (a.variables.every((v) => feitenVan(k, v).length > 0)) return
  const concept = a.variables.find((v) => !feitenVan(k, v).length)!.concepts[0]!
  const naam = k.naam(concept)
  meld(k, a, null, concept, {
    nl: a.messages.nl ?? `Het verplichte feit ${naam} (${k.label(concept, 'nl')}) ontbreekt.`,
    en: a.messages.en ?? `The required fact ${naam} (${k.label(concept, 'en')}) is missing.`,
  })
}

function waarde(k: Controle, a: Assertion) {
  const gewoon = a.variables.filter((v) => !v.instantDuration)
  const grens = a.variables.filter((v) => v.instantDuration)
  const sleutels = new Set(gewoon.flatMap((v) => feitenVan(k, v).map((f) => f.sleutel)))
  for (const sleutel of sleutels) {
    const waarden: Record<string, Waarde> = {}
    const gebonden: Record<string, GebondenFeit> = {}
    let compleet = true
    for (const v of gewoon) {
      const feiten = feitenVan(k, v).filter((f) => f.sleutel === sleutel)
      if (feiten.length) {
        gebonden[v.name] = feiten[0]!
        waarden[v.name] = v.bindAsSequence ? feiten.map(alsWaarde) : alsWaarde(feiten[0]!)
      } else if (v.fallback !== null) waarden[v.name] = evalueer(v.fallback, {})
      else compleet = false
    }
    for (const v of grens) {
      const { variable, boundary } = v.instantDuration!
      const ref = gebonden[variable]
      const moment =
        ref?.periode.type === 'duration'
          ? boundary === 'start'
            ? ref.periode.van
            : ref.periode.tot
          : null
      const entiteit = ref?.sleutel.split('|').slice(0, 2).join('|')
      const f = moment
        ? feitenVan(k, v).find(
            (x) =>
              x.periode.type === 'instant' &&
              x.periode.op === moment &&
              x.sleutel.startsWith(`${entiteit}|`),
          )
        : undefined
      if (f) waarden[v.name] = alsWaarde(f)
      else if (v.fallback !== null) waarden[v.name] = evalueer(v.fallback, {})
      else compleet = false
    }
    if (!compleet || klopt(a.test!, waarden)) continue
    const eerste = Object.values(gebonden)[0] ?? null
    meld(k, a, eerste, a.variables[0]!.concepts[0]!, {
      nl: vul(a.messages.nl, waarden, 'nl') ?? `Controle ${a.id} (${a.test}) klopt niet.`,
      en: vul(a.messages.en, waarden, 'en') ?? `Check ${a.id} (${a.test}) is not satisfied.`,
    })
  }
}

const alsWaarde = (f: GebondenFeit): number | string => f.getal ?? f.fact.value ?? ''

/** Fills `{$naam}` in a message with the variable's value, numbers in the message's language. */
function vul(
  bericht: string | null,
  waarden: Record<string, Waarde>,
  taal: 'nl' | 'en',
): string | null {
  if (!bericht) return null
  return bericht.replace(/\{\s*\$(\w+)\s*\}/g, (m, naam: string) => {
    const w = waarden[naam]
    if (w === undefined) return m
    return typeof w === 'number' ? getal(w, taal) : Array.isArray(w) ? w.join(', ') : String(w)
  })
}

function meld(
  k: Controle,
  a: Assertion,
  feit: GebondenFeit | null,
  concept: string,
  tekst: { nl: string; en: string },
) {
  k.bevindingen.push({
    ruleId: a.id,
    severity: a.severity,
    line: feit?.fact.line ?? null,
    column: feit?.fact.column ?? null,
    concept: feit?.fact.name ?? k.naam(concept),
    onderdeel: k.onderdeel(concept),
    nl: tekst.nl,
    en: tekst.en,
  })
}
