/**
 * Calculation consistency (XBRL 2.1 §5.2.5.2): wherever a total and at least one of its items
 * are reported in the same context, the total must equal the weighted sum of the items, each
 * rounded to the least precise `decimals` among them. E.g. totaal activa = 1.1 + … + 1.7.
 */
import type { Controle } from './controle'
import { getal } from './format'
import type { GebondenFeit } from './instance/feiten'

const decimalen = (f: GebondenFeit): number => {
  const d = f.fact.decimals?.trim()
  return !d || d === 'INF' ? Infinity : Number(d)
}

const afgerond = (waarde: number, d: number) => {
  if (!Number.isFinite(d)) return waarde
  const factor = 10 ** d
  return Math.round(waarde * factor) / factor
}

export function controleerBerekeningen(k: Controle): void {
  for (const som of k.taxonomy.calculations) {
    const items = som.items.map((i) => ({ weight: i.weight, feiten: k.feiten.van(i.concept) }))
    for (const totaal of k.feiten.van(som.total)) {
      if (totaal.getal === null) continue
      const gebonden = items.flatMap((i) => {
        const f = i.feiten.find(
          (x) =>
            x.sleutel === totaal.sleutel &&
            x.fact.unitRef === totaal.fact.unitRef &&
            x.getal !== null,
        )
        return f ? [{ f, weight: i.weight }] : []
      })
      if (!gebonden.length) continue
      const d = Math.min(decimalen(totaal), ...gebonden.map((g) => decimalen(g.f)))
      const somWaarde = gebonden.reduce((s, g) => s + g.weight * afgerond(g.f.getal!, d), 0)
      const totaalWaarde = afgerond(totaal.getal, d)
      const verschil = afgerond(totaalWaarde - somWaarde, Number.isFinite(d) ? d : 6)
      if (verschil === 0) continue
      k.bevindingen.add(
        'OCW-CALC',
        {
          line: totaal.fact.line,
          column: totaal.fact.column,
          concept: totaal.fact.name,
          onderdeel: k.config.onderdelen[som.role] ?? k.onderdeel(som.total),
        },
        {
          totaal: k.label(som.total, 'nl'),
          totaalEn: k.label(som.total, 'en'),
          waarde: getal(totaalWaarde, 'nl'),
          som: getal(somWaarde, 'nl'),
          verschil: getal(verschil, 'nl'),
          waardeEn: getal(totaalWaarde, 'en'),
          somEn: getal(somWaarde, 'en'),
          verschilEn: getal(verschil, 'en'),
        },
      )
    }
  }
}
