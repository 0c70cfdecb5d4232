/**
 * Realistic, consistent jaarcijfers of a po-bestuur from a seed: every total is the sum of its
 * items, the balans balances, and the kasstroomoverzicht explains the change in liquide
 * middelen. The same seed always gives the same figures.
 */

/** mulberry32: a small, fast PRNG with a 32-bit state; enough for demo figures. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Cijfers {
  /** Facts of the verslagjaar: durations over the year, instants at its end. */
  jaar: Record<string, number>
  /** Instants at the start of the verslagjaar (the end of the year before). */
  begin: Record<string, number>
}

export function maakCijfers(seed: number): Cijfers {
  const r = prng(seed)
  const tussen = (a: number, b: number) => Math.round(a + r() * (b - a))
  const deel = (x: number, a: number, b: number) => Math.round(x * (a + r() * (b - a)))
  const j: Record<string, number> = {}

  j.RijksbijdragenOCW = tussen(3_000_000, 15_000_000)
  j.OverigeSubsidiesOCW = tussen(50_000, 400_000)
  j.OntvangenDoorbetalingenSWV = tussen(20_000, 300_000)
  j.Rijksbijdragen = j.RijksbijdragenOCW + j.OverigeSubsidiesOCW + j.OntvangenDoorbetalingenSWV
  j.OverigeOverheidsbijdragen = tussen(10_000, 200_000)
  j.BatenWerkInOpdracht = tussen(0, 50_000)
  j.OverigeBaten = tussen(20_000, 250_000)
  j.TotaalBaten =
    j.Rijksbijdragen + j.OverigeOverheidsbijdragen + j.BatenWerkInOpdracht + j.OverigeBaten
  const tb = j.TotaalBaten

  j.LonenEnSalarissen = deel(tb, 0.68, 0.74)
  j.OverigePersoneleLasten = deel(tb, 0.05, 0.08)
  j.Uitkeringen = tussen(10_000, 100_000)
  j.Personeelslasten = j.LonenEnSalarissen + j.OverigePersoneleLasten - j.Uitkeringen
  j.Afschrijvingen = deel(tb, 0.025, 0.04)
  j.Huisvestingslasten = deel(tb, 0.07, 0.09)
  j.OverigeLasten = deel(tb, 0.09, 0.12)
  j.TotaalLasten = j.Personeelslasten + j.Afschrijvingen + j.Huisvestingslasten + j.OverigeLasten
  j.SaldoBatenEnLasten = j.TotaalBaten - j.TotaalLasten
  j.SaldoFinancieleBatenEnLasten = tussen(-20_000, 5_000)
  j.Resultaat = j.SaldoBatenEnLasten + j.SaldoFinancieleBatenEnLasten

  j.MutatieVoorzieningen = tussen(-50_000, 80_000)
  j.VeranderingVorderingen = tussen(-60_000, 60_000)
  j.VeranderingKortlopendeSchulden = tussen(-80_000, 80_000)
  j.KasstroomBedrijfsoperaties =
    j.SaldoBatenEnLasten +
    j.Afschrijvingen +
    j.MutatieVoorzieningen +
    j.VeranderingVorderingen +
    j.VeranderingKortlopendeSchulden
  j.OntvangenInterest = tussen(0, 5_000)
  j.BetaaldeInterest = tussen(0, 20_000)
  j.KasstroomOperationeleActiviteiten =
    j.KasstroomBedrijfsoperaties + j.OntvangenInterest - j.BetaaldeInterest
  j.InvesteringenMVA = tussen(50_000, Math.max(60_000, tb * 0.05))
  j.DesinvesteringenMVA = tussen(0, 20_000)
  j.KasstroomInvesteringsactiviteiten = j.DesinvesteringenMVA - j.InvesteringenMVA
  j.NieuweLeningen = r() < 0.2 ? tussen(50_000, 250_000) : 0
  j.AflossingenLeningen = tussen(0, 30_000)
  j.KasstroomFinancieringsactiviteiten = j.NieuweLeningen - j.AflossingenLeningen
  j.MutatieLiquideMiddelen =
    j.KasstroomOperationeleActiviteiten +
    j.KasstroomInvesteringsactiviteiten +
    j.KasstroomFinancieringsactiviteiten

  // Cash at the start is chosen so that the end of the year stays comfortably positive.
  const begin = Math.max(deel(tb, 0.15, 0.35), Math.round(tb * 0.05) - j.MutatieLiquideMiddelen)
  j.LiquideMiddelen = begin + j.MutatieLiquideMiddelen

  j.ImmaterieleVasteActiva = tussen(0, 30_000)
  j.MaterieleVasteActiva = deel(tb, 0.15, 0.3)
  j.FinancieleVasteActiva = tussen(0, 100_000)
  j.VasteActiva = j.ImmaterieleVasteActiva + j.MaterieleVasteActiva + j.FinancieleVasteActiva
  j.Voorraden = tussen(0, 10_000)
  j.Vorderingen = deel(tb, 0.05, 0.09)
  j.Effecten = r() < 0.3 ? tussen(10_000, 200_000) : 0
  j.VlottendeActiva = j.Voorraden + j.Vorderingen + j.Effecten + j.LiquideMiddelen
  j.TotaalActiva = j.VasteActiva + j.VlottendeActiva
  const ta = j.TotaalActiva

  j.Voorzieningen = deel(tb, 0.03, 0.08)
  j.LangTermijnSchulden = tussen(0, Math.round(tb * 0.05))
  // Equity is what is left, at least 30% of the balance total (as in most po-besturen).
  j.KortTermijnSchulden = Math.min(
    deel(tb, 0.08, 0.14),
    Math.round(ta * 0.7) - j.Voorzieningen - j.LangTermijnSchulden,
  )
  j.EigenVermogen = ta - j.Voorzieningen - j.LangTermijnSchulden - j.KortTermijnSchulden
  j.AlgemeneReserve = deel(j.EigenVermogen, 0.7, 0.85)
  j.Bestemmingsreserves = deel(j.EigenVermogen, 0.1, 0.15)
  j.Bestemmingsfondsen = j.EigenVermogen - j.AlgemeneReserve - j.Bestemmingsreserves
  j.TotaalPassiva =
    j.EigenVermogen + j.Voorzieningen + j.LangTermijnSchulden + j.KortTermijnSchulden

  return { jaar: j, begin: { LiquideMiddelen: begin } }
}

/** The kengetallen of the figures, to four decimals (as the instance reports them). */
export function kengetallenVan(j: Record<string, number>) {
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000
  return {
    Rentabiliteit: r4(j.Resultaat! / j.TotaalBaten!),
    SolvabiliteitII: r4((j.EigenVermogen! + j.Voorzieningen!) / j.TotaalPassiva!),
    Liquiditeit: r4(j.VlottendeActiva! / j.KortTermijnSchulden!),
  }
}
