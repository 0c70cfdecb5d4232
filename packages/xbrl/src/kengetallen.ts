/**
 * The kengetallen OCW and the Inspectie read from a jaarverantwoording, computed from the
 * facts of the verslagjaar (sections.md): rentabiliteit = resultaat / totale baten;
 * solvabiliteit II = (eigen vermogen + voorzieningen) / totale passiva; liquiditeit (current
 * ratio) = vlottende activa / kortlopende schulden. Where the instance reports them itself, a
 * difference of more than 0,005 is reported as a warning.
 */
import type { Controle } from './controle'
import { getal } from './format'
import type { Kengetal } from './types'

const MARGE = 0.005

export function berekenKengetallen(k: Controle): Kengetal[] {
  const jaar = k.verslagjaar
  const c = k.config.kengetallen
  const feit = (local: string) => {
    const concept = k.concept(local)
    return concept && jaar !== null ? k.feiten.inJaar(concept.clark, jaar) : null
  }
  const waarde = (local: string) => feit(local)?.getal ?? null
  const deel = (teller: number | null, noemer: number | null) =>
    teller === null || noemer === null || noemer === 0 ? null : teller / noemer
  const som = (...w: Array<number | null>) =>
    w.some((x) => x === null) ? null : w.reduce<number>((s, x) => s + x!, 0)

  const lijst: Array<Omit<Kengetal, 'gerapporteerd'> & { concept: string }> = [
    {
      id: 'rentabiliteit',
      nl: 'Rentabiliteit',
      en: 'Rentabiliteit (profitability)',
      waarde: deel(waarde(c.resultaat), waarde(c.totaleBaten)),
      formule: { nl: 'resultaat / totale baten', en: 'result / total income' },
      concept: c.rentabiliteit,
    },
    {
      id: 'solvabiliteit-ii',
      nl: 'Solvabiliteit II',
      en: 'Solvabiliteit II (solvency)',
      waarde: deel(som(waarde(c.eigenVermogen), waarde(c.voorzieningen)), waarde(c.totaalPassiva)),
      formule: {
        nl: '(eigen vermogen + voorzieningen) / totale passiva',
        en: '(equity + provisions) / total equity and liabilities',
      },
      concept: c.solvabiliteit,
    },
    {
      id: 'liquiditeit',
      nl: 'Liquiditeit (current ratio)',
      en: 'Liquiditeit (current ratio)',
      waarde: deel(waarde(c.vlottendeActiva), waarde(c.kortlopendeSchulden)),
      formule: {
        nl: 'vlottende activa / kortlopende schulden',
        en: 'current assets / current liabilities',
      },
      concept: c.liquiditeit,
    },
  ]
  return lijst.map(({ concept, ...kg }) => {
    const gerapporteerd = feit(concept)
    const g = gerapporteerd?.getal ?? null
    if (g !== null && kg.waarde !== null && Math.abs(g - kg.waarde) > MARGE)
      k.bevindingen.add(
        'OCW-KENGETAL',
        {
          line: gerapporteerd!.fact.line,
          column: gerapporteerd!.fact.column,
          concept: gerapporteerd!.fact.name,
          onderdeel: 'kengetallen',
        },
        {
          naam: kg.nl,
          naamEn: kg.en,
          gerapporteerd: getal(g, 'nl'),
          gerapporteerdEn: getal(g, 'en'),
          berekend: getal(Math.round(kg.waarde * 1000) / 1000, 'nl'),
          berekendEn: getal(Math.round(kg.waarde * 1000) / 1000, 'en'),
        },
      )
    return { ...kg, gerapporteerd: g }
  })
}
