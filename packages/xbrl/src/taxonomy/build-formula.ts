/**
 * The assertions of a taxonomy's formula linkbases (XBRL Formula 1.0): value and existence
 * assertions, their fact variables with concept-name and instant-duration filters, their
 * unsatisfied messages per language and their severity (Assertion Severity 2.0). Any other
 * filter or variable kind is recorded as unsupported, so the check is skipped with a warning
 * instead of giving a wrong answer.
 */
import { ARCROLE, NS, clark, localOf } from '../ns'
import type { Assertion, FactVariable } from './model'
import type { ExtendedLink, Resource } from './parse-linkbase'

const VALUE = clark(NS.va, 'valueAssertion')
const EXISTENCE = clark(NS.ea, 'existenceAssertion')
const FACT_VARIABLE = clark(NS.variable, 'factVariable')
const CONCEPT_NAME = clark(NS.cf, 'conceptName')
const INSTANT_DURATION = clark(NS.pf, 'instantDuration')
const MESSAGE = clark(NS.msg, 'message')

export function bouwAssertions(links: ExtendedLink[]): Assertion[] {
  const out: Assertion[] = []
  for (const link of links) {
    const bron = (label: string) => link.resources.get(label) ?? []
    const arcsVan = (from: string, arcrole: string) =>
      link.arcs.filter((a) => a.from === from && a.arcrole === arcrole && !a.prohibited)
    for (const [label, resources] of link.resources) {
      for (const r of resources) {
        if (r.element !== VALUE && r.element !== EXISTENCE) continue
        const variables = arcsVan(label, ARCROLE.variableSet).flatMap((arc) =>
          bron(arc.to).map((v) =>
            variabele(
              v,
              arc.attrs.get('name') ?? '',
              arcsVan(arc.to, ARCROLE.variableFilter).flatMap((f) => bron(f.to)),
            ),
          ),
        )
        const berichten = arcsVan(label, ARCROLE.unsatisfiedMessage).flatMap((a) => bron(a.to))
        const ernst = arcsVan(label, ARCROLE.unsatisfiedSeverity).flatMap((a) => bron(a.to))[0]
        out.push({
          id: r.attrs.get('id') ?? label,
          kind: r.element === VALUE ? 'value' : 'existence',
          test: r.attrs.get('test') ?? null,
          variables,
          severity: ernst && localOf(ernst.element) === 'warning' ? 'warning' : 'error',
          messages: {
            nl: bericht(berichten, 'nl'),
            en: bericht(berichten, 'en'),
          },
        })
      }
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id))
}

function variabele(v: Resource, naam: string, filters: Resource[]): FactVariable {
  const unsupported: string[] = []
  if (v.element !== FACT_VARIABLE) unsupported.push(localOf(v.element))
  const concepts: string[] = []
  let instantDuration: FactVariable['instantDuration'] = null
  for (const f of filters) {
    if (f.element === CONCEPT_NAME)
      concepts.push(...f.children.filter((c) => localOf(c.element) === 'qname').map((c) => c.text))
    else if (f.element === INSTANT_DURATION) {
      const boundary = f.attrs.get('boundary')
      instantDuration = {
        variable: (f.attrs.get('variable') ?? '').replace(/^.*:/, ''),
        boundary: boundary === 'start' ? 'start' : 'end',
      }
    } else unsupported.push(localOf(f.element))
  }
  return {
    name: naam.replace(/^.*:/, ''),
    concepts,
    fallback: v.attrs.get('fallbackValue') ?? null,
    bindAsSequence: v.attrs.get('bindAsSequence') === 'true',
    instantDuration,
    unsupported,
  }
}

function bericht(berichten: Resource[], taal: 'nl' | 'en'): string | null {
  const r = berichten.find((b) => b.element === MESSAGE && b.lang?.toLowerCase().startsWith(taal))
  return r ? r.text.trim() : null
}
