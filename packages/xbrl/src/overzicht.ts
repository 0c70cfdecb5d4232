/**
 * The readable preview of a jaarverantwoording: the statements as the taxonomy's presentation
 * linkbase orders them, each row with its label and its value in the verslagjaar.
 */
import type { Controle } from './controle'
import type { Onderdeel, OverzichtRegel, OverzichtStaat } from './types'

const GETOOND: Onderdeel[] = [
  'documentinformatie',
  'balans',
  'staat-van-baten-en-lasten',
  'kasstroomoverzicht',
  'kengetallen',
]
const MAX_REGELS = 500

export function maakOverzicht(k: Controle): OverzichtStaat[] {
  const staten: OverzichtStaat[] = []
  for (const onderdeel of GETOOND) {
    const net = k.taxonomy.presentation.find((n) => k.config.onderdelen[n.role] === onderdeel)
    if (!net) continue
    const regels: OverzichtRegel[] = []
    const bezoek = (concept: string, diepte: number, pad: Set<string>) => {
      if (pad.has(concept) || regels.length >= MAX_REGELS) return
      const c = k.taxonomy.concepts.get(concept)
      const feit = k.verslagjaar !== null ? k.feiten.inJaar(concept, k.verslagjaar) : null
      regels.push({
        concept: k.naam(concept),
        nl: k.label(concept, 'nl'),
        en: k.label(concept, 'en'),
        diepte,
        kop: c?.abstract ?? false,
        waarde: feit?.getal ?? null,
        tekst: feit && feit.getal === null ? feit.fact.value : null,
      })
      const volgend = new Set(pad).add(concept)
      for (const kind of net.children.get(concept) ?? []) bezoek(kind, diepte + 1, volgend)
    }
    net.roots.forEach((r) => bezoek(r, 0, new Set()))
    const titel = regels[0]
    staten.push({ onderdeel, nl: titel?.nl ?? onderdeel, en: titel?.en ?? onderdeel, regels })
  }
  return staten
}
