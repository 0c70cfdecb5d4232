/**
 * OCW's own checks on the document information: the bestuursnummer it names is the entity of
 * the contexts, and its verslagjaar is the one being submitted for.
 */
import type { Controle } from './controle'

export function controleerDocumentinformatie(k: Controle): void {
  const nummer = k.concept(k.config.bestuursnummerConcept)
  const jaar = k.concept(k.config.verslagjaarConcept)
  for (const f of nummer ? k.feiten.van(nummer.clark) : []) {
    const context = k.instance.contexts.get(f.fact.contextRef ?? '')
    const verwacht = context?.identifier ?? k.bestuursnummer
    if (verwacht && f.fact.value !== null && f.fact.value !== verwacht)
      k.bevindingen.add('OCW-BESTUURSNUMMER', plaats(k, f.fact), {
        gevonden: f.fact.value,
        verwacht,
      })
  }
  for (const f of jaar && k.verslagjaar !== null ? k.feiten.van(jaar.clark) : []) {
    if (f.fact.value !== null && f.fact.value !== String(k.verslagjaar))
      k.bevindingen.add('OCW-VERSLAGJAAR', plaats(k, f.fact), {
        gevonden: f.fact.value,
        verwacht: k.verslagjaar!,
      })
  }
}

const plaats = (
  k: Controle,
  f: { line: number; column: number; name: string; concept: string },
) => ({
  line: f.line,
  column: f.column,
  concept: f.name,
  onderdeel: k.onderdeel(f.concept),
})
